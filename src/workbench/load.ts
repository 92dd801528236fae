import type { FakeWorkbookJson } from '../excel/fake';

async function json(res: Response): Promise<FakeWorkbookJson> {
  const body = (await res.json()) as FakeWorkbookJson | { error: string };
  if (!res.ok || 'error' in body) throw new Error('error' in body ? body.error : `The workbench server answered ${res.status}.`);
  return body;
}

/** The bundled sample workbook, read by the workbench server. */
export async function loadSample(): Promise<FakeWorkbookJson> {
  return json(await fetch('api/workbook', { cache: 'no-store' }));
}

/** Any .xlsx the person picks, read by the workbench server. */
export async function loadFile(file: File): Promise<FakeWorkbookJson> {
  return json(await fetch('api/workbook', { method: 'POST', body: file, headers: { 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' } }));
}
