import type { Grid } from '../../core/grid';
import type { WorkbookHost, WorkOptions } from '../../core/host/workbook-host';
import type { GeneratedKey, SheetSpec } from '../../core/sheets/spec';

/**
 * A host in front of the real one that keeps what a use-case read and holds back what it would
 * write, so the connector can look at the outcome first: a job that found nothing to work on
 * writes nothing at all, and the grids it read say where a finding must really be fixed.
 */
export class DeferredHost implements WorkbookHost {
  grids: readonly Grid[] = [];
  generated: Partial<Record<GeneratedKey, string>> = {};
  pending: SheetSpec[] = [];

  constructor(private readonly inner: WorkbookHost) {}

  async readGrids(options?: WorkOptions): Promise<Grid[]> {
    const grids = await this.inner.readGrids(options);
    this.grids = grids;
    return grids;
  }

  workbookName(): string | null {
    return this.inner.workbookName();
  }

  async generatedSheets(): Promise<Partial<Record<GeneratedKey, string>>> {
    this.generated = await this.inner.generatedSheets();
    return this.generated;
  }

  async writeSheets(specs: SheetSpec[]): Promise<void> {
    this.pending.push(...specs);
  }

  /** Writes what the use-case asked for, in one go; nothing when it asked for nothing. */
  async flush(options?: WorkOptions): Promise<string[]> {
    const specs = this.pending;
    this.pending = [];
    if (specs.length) await this.inner.writeSheets(specs, options);
    return specs.map((s) => s.name);
  }

  /** Drops what the use-case asked to write. */
  discard(): void {
    this.pending = [];
  }
}
