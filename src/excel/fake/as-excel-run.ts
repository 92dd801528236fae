/// <reference types="office-js" />
import type { ExcelRun, Capabilities } from '../excel-api';
import type { FakeExcel } from './fake-excel';

/** The fake's run typed as Excel.run, so ExcelHost (written against the real API types) drives it unchanged. */
export function excelRunOf(fake: FakeExcel): ExcelRun {
  return fake.run as unknown as ExcelRun;
}

/** The fake's requirement sets, as Office.context.requirements would report them. */
export function capabilitiesOf(fake: FakeExcel): Capabilities {
  return { isSetSupported: (name, version) => fake.isSetSupported(name, version) };
}
