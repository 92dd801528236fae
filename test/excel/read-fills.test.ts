/** Fill colours read by the office.js host (issue #13): same round trips, degrading below ExcelApi 1.9. */
import { ExcelHost } from '../../src/excel';
import { capabilitiesOf, excelRunOf, FakeExcel } from '../../src/excel/fake';
import { structurePlan } from '../../src/core/structure/structure';

function hostFor(fake: FakeExcel): ExcelHost {
  return new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) });
}

async function colour(fake: FakeExcel, sheet: string, address: string, fill: string): Promise<void> {
  await excelRunOf(fake)(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).format.fill.color = fill;
    await context.sync();
  });
}

const plan = (apiVersion?: string) =>
  FakeExcel.fromJson(
    {
      sheets: [
        {
          name: 'Plan',
          rows: [
            ['Ref', 'Action', 'Lead', 'Timescale', 'RAG'],
            ['1', 'Street pastors', 'Police', 'March 2020', null],
            ['2', 'Youth outreach', 'Youth Service', 'March 2020', 'Green'],
          ],
        },
      ],
    },
    apiVersion ? { apiVersion } : undefined,
  );

describe('ExcelHost reads fill colours', () => {
  it('in the same two round trips as the values; a RAG colour alone gives the status', async () => {
    const fake = plan();
    await colour(fake, 'Plan', 'E2', '#FFC000');
    await colour(fake, 'Plan', 'E3', '#FF0000');
    const before = fake.syncCount;
    const host = hostFor(fake);
    const grids = await host.readGrids();
    expect(fake.syncCount - before).toBe(2);
    expect(grids[0].fills?.[1]?.[4]).toBe('#FFC000');
    expect(grids[0].fills?.[0]).toBeUndefined(); // no fill reads as none, not white
    const { plan: p } = structurePlan(grids);
    expect(p.actions.map((a) => a.status)).toEqual(['At risk', 'On track']);
    expect(p.findings.filter((f) => f.code === 'status-fill-disagrees').map((f) => f.cell)).toEqual(['E3']);
  });

  it('below ExcelApi 1.9 reads no fills, with a notice, and nothing else changes', async () => {
    const fake = plan('1.8');
    await colour(fake, 'Plan', 'E2', '#FFC000');
    const host = hostFor(fake);
    const grids = await host.readGrids();
    expect(grids[0].fills).toBeUndefined();
    expect(grids[0].rows[2]).toEqual(['2', 'Youth outreach', 'Youth Service', 'March 2020', 'Green']);
    expect(host.notices.join(' ')).toMatch(/colours.*ExcelApi 1\.9/);
    expect(structurePlan(grids).plan.actions.map((a) => a.status)).toEqual([null, 'On track']);
  });
});
