/**
 * The office.js host reads the workbook's own name (Workbook.name, ExcelApi 1.7) in the round trip
 * that lists the sheets, so the plan's topic can come from it; below that set it asks nothing and
 * does without. On the in-memory Excel, which refuses a member above its set as Excel does.
 */
import { ExcelHost } from '../../src/excel';
import { capabilitiesOf, excelRunOf, FakeExcel } from '../../src/excel/fake';
import { ExcelConnector } from '../../src/taskpane/connector/excel-connector';

const NAME = 'ASB Action Plan 2023-24.xlsx';
const today = new Date(Date.UTC(2023, 5, 1));

/** A plan pasted into Sheet1 whose rows never name its priority. */
function plan(apiVersion?: string): FakeExcel {
  return FakeExcel.fromJson(
    {
      name: NAME,
      sheets: [
        {
          name: 'Sheet1',
          rows: [['Action Plan'], ['Ref', 'Action', 'Lead', 'Timescale'], ['1', 'Deliver awareness training', 'Police', 'March 2024']],
        },
      ],
    },
    apiVersion ? { apiVersion } : undefined,
  );
}

const hostFor = (fake: FakeExcel) => new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });

describe("the workbook's own name in the office.js host", () => {
  it('is read with the list of sheets (ExcelApi 1.7 and above), in the same two round trips', async () => {
    const fake = plan();
    const host = hostFor(fake);
    expect(host.workbookName()).toBeNull(); // nothing read yet
    await host.readGrids();
    expect(fake.syncCount).toBe(2);
    expect(host.workbookName()).toBe(NAME);
  });

  it('is not asked for below ExcelApi 1.7: no error, the same two round trips, and no name', async () => {
    const fake = plan('1.6');
    const host = hostFor(fake);
    const grids = await host.readGrids();
    expect(fake.syncCount).toBe(2);
    expect(grids.map((g) => g.sheet)).toEqual(['Sheet1']);
    expect(host.workbookName()).toBeNull();
  });

  it("reaches the plan through the task pane's connector: the priority, and a note saying where it came from", async () => {
    const fake = plan();
    const connector = new ExcelConnector({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake), onNotice: () => undefined });
    const r = await connector.runCommand('validate', { today });
    expect(r.plan.actions.map((a) => a.priority)).toEqual(['Anti-social Behaviour']);
    expect(r.findings.find((f) => f.code === 'priority-from-workbook-name')?.message).toContain(NAME);
  });

  it('below ExcelApi 1.7 the connector still structures the plan, without a priority', async () => {
    const fake = plan('1.6');
    const connector = new ExcelConnector({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake), onNotice: () => undefined });
    const r = await connector.runCommand('validate', { today });
    expect(r.plan.actions.map((a) => a.priority)).toEqual([null]);
    expect(r.findings.map((f) => f.code)).not.toContain('priority-from-workbook-name');
  });
});
