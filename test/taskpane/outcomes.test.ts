import { makeGrid, parseA1 } from '../../src/core/grid';
import { combineFileCounts, countStreetText, STREET_HEADER } from '../../src/core/police';
import { capabilitiesOf, excelRunOf, FakeExcel } from '../../src/excel/fake';
import { ExcelConnector } from '../../src/taskpane/connector/excel-connector';
import { isNothingDone } from '../../src/taskpane/connector/nothing-done';
import { monthLabel, noProgressReason, progressRowsWritten, targetSpan } from '../../src/taskpane/connector/outcomes';
import { seed001AsbGrid } from '../fixtures/seed001';

const today = new Date(Date.UTC(2005, 10, 30));

function connectorOn(fake: FakeExcel) {
  return new ExcelConnector({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake), onNotice: () => undefined });
}

/** A plan whose criminal damage target runs 2003/04 to 2007/08, as seed 001's do. */
function targetsGrid() {
  return makeGrid('Targets', [
    ['Criminal Damage - Strategic target to reduce criminal damage by 16% from 1140 to 960 by 2007/08'],
    [],
    [null, '2003/04 Baseline', '2004/05', '2005/06', '2006/07', '2007/08 (Target)'],
    ['Crimes', 1140, 1104, 1068, 1032, 960],
  ]);
}

function streetFile(month: string, n: number) {
  const rows = Array.from({ length: n }, (_, i) =>
    [`id${i}`, month, 'City of London Police', 'City of London Police', '-0.1', '51.5', 'On or near X', 'E01000001', 'City of London 001A', 'Criminal damage and arson', '', ''].join(','),
  );
  return countStreetText(`${month}-city-of-london-street.csv`, [STREET_HEADER.join(','), ...rows].join('\n'));
}

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the job to be refused');
}

describe('honest outcomes: a job with nothing to work on writes nothing', () => {
  it.each(['build', 'structure', 'trajectories'] as const)('%s on an empty workbook is NothingDone, and no sheet is written', async (name) => {
    const fake = FakeExcel.fromGrids([makeGrid('Sheet1', [])]);
    const before = JSON.stringify(fake.dump());
    const e = await rejection(connectorOn(fake).runCommand(name, { today }));
    expect(isNothingDone(e)).toBe(true);
    expect(e.message).toMatch(/the workbook is empty/);
    expect(JSON.stringify(fake.dump())).toBe(before);
    expect(fake.sheetNames()).toEqual(['Sheet1']);
  });

  it('build on a sheet of notes with no plan says why, and writes nothing', async () => {
    const fake = FakeExcel.fromGrids([makeGrid('Notes', [['Meeting notes'], ['Nothing here is a plan']])]);
    const e = await rejection(connectorOn(fake).runCommand('build', { today }));
    expect(isNothingDone(e)).toBe(true);
    expect(e.message).toBe('Nothing built: no actions or targets found in this workbook.');
    expect((e as unknown as { advice: string }).advice).toMatch(/header row/);
    expect(fake.sheetNames()).toEqual(['Notes']);
  });

  it('trajectories with actions but no targets writes nothing', async () => {
    const fake = FakeExcel.fromGrids([seed001AsbGrid()]);
    const sheets = fake.sheetNames();
    const e = await rejection(connectorOn(fake).runCommand('trajectories', { today }));
    expect(e.message).toBe('No trajectories worked out: no targets found in this workbook.');
    expect(fake.sheetNames()).toEqual(sheets);
  });

  it('build on a real plan writes its sheets as before', async () => {
    const fake = FakeExcel.fromGrids([seed001AsbGrid()]);
    const r = await connectorOn(fake).runCommand('build', { today });
    expect(r.written[0]).toBe('Summary');
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(r.written));
  });

  it('police files for months the targets do not cover: the counts go to Police data, and the reason none went into Progress', async () => {
    const fake = FakeExcel.fromGrids([targetsGrid()]);
    const combined = combineFileCounts([streetFile('2019-04', 3), streetFile('2019-05', 2)]);
    const r = await connectorOn(fake).importPolice(combined, { today });
    expect(r.written[0]).toBe('Police data');
    expect(fake.sheetNames()).toEqual(expect.arrayContaining(['Targets', 'Police data']));
    expect(noProgressReason(r, ['2019-04', '2019-05'])?.title).toBe('Counts written; none went into Progress: your targets run 2003/04 to 2007/08; the files cover Apr 2019 to May 2019.');
  });

  it('police files for a workbook with no targets: counted all the same, and the outcome says there are no targets', async () => {
    const fake = FakeExcel.fromGrids([seed001AsbGrid()]);
    const r = await connectorOn(fake).importPolice(combineFileCounts([streetFile('2005-06', 1)]), { today });
    expect(fake.sheetNames()).toContain('Police data');
    expect(noProgressReason(r, ['2005-06'])?.title).toMatch(/none went into Progress: this workbook has no targets/);
  });

  it('police files into an empty workbook: nothing done, nothing written', async () => {
    const fake = FakeExcel.fromGrids([]);
    const e = await rejection(connectorOn(fake).importPolice(combineFileCounts([streetFile('2019-04', 1)]), { today }));
    expect(isNothingDone(e)).toBe(true);
    expect(fake.sheetNames()).toEqual([]);
  });

  it('reads the rows an import wrote, and says months and periods in words', () => {
    expect(progressRowsWritten({ lines: ['2 months of police data (2019-04 to 2019-05; X); 0 Progress rows written.'] })).toBe(0);
    expect(progressRowsWritten({ lines: ['...; 1,203 Progress rows written.'] })).toBe(1203);
    expect(progressRowsWritten({ updated: 4, lines: [] })).toBe(4);
    expect(monthLabel('2019-04')).toBe('Apr 2019');
    expect(targetSpan({ targets: [] })).toBeNull();
    expect(noProgressReason({ plan: { targets: [] }, lines: ['3 Progress rows written'] }, ['2019-04'])).toBeNull();
  });
});

describe('findings go to the cell that must change', () => {
  it('an overdue action goes to its Status on the Actions sheet once that sheet exists, since its status wins', async () => {
    const fake = FakeExcel.fromGrids([seed001AsbGrid()]);
    const connector = connectorOn(fake);
    const before = await connector.runCommand('validate', { today });
    const overdueBefore = before.findings.filter((f) => f.code === 'overdue');
    expect(overdueBefore.length).toBeGreaterThan(0);
    expect(overdueBefore.every((f) => f.sheet !== 'Actions')).toBe(true);

    await connector.runCommand('structure', { today });
    const after = await connector.runCommand('validate', { today });
    const overdue = after.findings.filter((f) => f.code === 'overdue');
    expect(overdue).toHaveLength(overdueBefore.length);
    const grid = (await connector['host'].readGrids()).find((g) => g.sheet === 'Actions')!;
    const header = grid.rows[0].map(String);
    for (const f of overdue) {
      expect(f.sheet).toBe('Actions');
      const { row, col } = parseA1(f.cell!);
      expect(header[col - 1]).toBe('Status');
      // The row is the action the message names.
      const ref = /^Action (\S+)/.exec(f.message)![1];
      expect(grid.rows[row - 1][0]).toBe(ref);
    }

    // Setting that Status to Complete is what clears the finding.
    const first = overdue[0];
    const { row, col } = parseA1(first.cell!);
    fake.putCell(fake.sheet('Actions'), row, col, 'Complete');
    const fixed = await connector.runCommand('validate', { today });
    expect(fixed.findings.filter((f) => f.code === 'overdue')).toHaveLength(overdue.length - 1);
  });
});

describe("the Summary's As at cell follows the pane's date", () => {
  const summaryFormulas = (fake: FakeExcel) => Object.values(fake.dump().sheets.find((s) => s.name === 'Summary')!.formulas);

  it('holds =TODAY() when the date is the real one, and the fixed date as a value when the pane fixes it', async () => {
    const live = FakeExcel.fromGrids([seed001AsbGrid()]);
    await connectorOn(live).runCommand('build', { today });
    expect(summaryFormulas(live)).toContain('=TODAY()');

    const fixed = FakeExcel.fromGrids([seed001AsbGrid()]);
    await connectorOn(fixed).runCommand('build', { today, liveToday: false });
    expect(summaryFormulas(fixed)).not.toContain('=TODAY()');
    expect(summaryFormulas(fixed).length).toBeGreaterThan(10);
  });
});
