import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { importPoliceCounts, PoliceImportError } from '../../../src/core/app/police';
import { CellValue, cellText, Grid, makeGrid } from '../../../src/core/grid';
import { combineFileCounts, CombinedCounts, countStreetText } from '../../../src/core/police';
import { ExcelHost } from '../../../src/excel';
import { capabilitiesOf, excelRunOf, FakeExcel } from '../../../src/excel/fake';
import { POLICE_UK } from '../../support/shared';

const FILES = readdirSync(POLICE_UK)
  .filter((f) => /^2019-\d{2}-.*-street\.csv$/.test(f))
  .sort()
  .map((f) => path.join(POLICE_UK, f));
const today = new Date(Date.UTC(2020, 0, 15));

/** A plan with a criminal damage target (2018/19 to 2020/21) and a survey target that takes no counts. */
const PLAN: CellValue[][] = [
  ['Community Safety Plan 2018-21'],
  [],
  ['Criminal Damage - Strategic target to reduce criminal damage by 10% from 250 to 225 by 2020/21'],
  [],
  [null, '2018/19 Baseline', '2019/20', '2020/21 (Target)'],
  ['Crimes', 250, 238, 225],
  [],
  ['Fear of crime - Strategic target to reduce residents feeling unsafe from 30% to 25% by 2020/21'],
  [null, '2018/19', '2019/20', '2020/21'],
  ['Survey', '30%', '28%', '25%'],
];

function setup(grids: Grid[] = [makeGrid('Plan', PLAN)]) {
  const fake = FakeExcel.fromGrids(grids);
  return { fake, host: new ExcelHost({ run: excelRunOf(fake), capabilities: capabilitiesOf(fake) }) };
}

/** The files' text counted by the pure reader, as the task pane does. */
function counts(files: string[]): CombinedCounts {
  return combineFileCounts(files.map((f) => countStreetText(path.basename(f), readFileSync(f, 'utf8'))));
}

/** An independent count: lines of the files whose Crime type field is the type, by month. */
function countLines(files: string[], type: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n').slice(1)) {
      const fields = line.split(',');
      if (fields[9] === type) out.set(fields[1], (out.get(fields[1]) ?? 0) + 1);
    }
  }
  return out;
}

/** Progress rows as { "T1|Jan 2019": [actual, note] }. */
function progress(fake: FakeExcel): Map<string, [CellValue, string]> {
  const g = fake.toGrids().find((x) => x.sheet === 'Progress');
  if (!g) throw new Error(`no Progress sheet in ${fake.sheetNames().join(', ')}`);
  const out = new Map<string, [CellValue, string]>();
  for (const r of g.rows.slice(1)) out.set(`${cellText(r[0])}|${cellText(r[2])}`, [r[3] ?? null, cellText(r[5])]);
  return out;
}

describe('importPoliceCounts on the in-memory Excel', () => {
  test('puts criminal damage counts into Progress by month and financial year, with progress reported in order', async () => {
    const { fake, host } = setup();
    const files = FILES.slice(0, 4); // Jan to Apr 2019
    const seen: [number, string][] = [];
    const r = await importPoliceCounts(host, counts(files), { today, onProgress: (f, m) => seen.push([f, m]) });

    expect(r.written).toEqual(['Police data', 'Targets', 'Progress']);
    expect(fake.sheetNames()).toEqual(['Plan', 'Targets', 'Progress', 'Police data']);
    expect(r.lines).toEqual(['4 months of police data (2019-01 to 2019-04; City of London Police); 6 Progress rows written.', '  T1 criminal damage <- Criminal damage and arson (default mapping)']);
    expect(r.summary).toBe(`${r.lines[0]} Wrote Police data, Targets and Progress.`);
    expect(r.plan.targets.map((t) => t.id)).toEqual(['T1', 'T2']);
    expect(r.findings).toEqual(r.plan.findings);

    const rows = progress(fake);
    const damage = countLines(files, 'Criminal damage and arson');
    expect(damage.get('2019-01')).toBe(18);
    for (const [month, label] of [
      ['2019-01', 'Jan 2019'],
      ['2019-02', 'Feb 2019'],
      ['2019-03', 'Mar 2019'],
      ['2019-04', 'Apr 2019'],
    ]) {
      expect(rows.get(`T1|${label}`)![0]).toBe(damage.get(month));
      expect(rows.get(`T1|${label}`)![1]).toMatch(/^data\.police\.uk: Criminal damage and arson \(City of London Police\); 2019-\d\d-city-of-london-street\.csv$/);
    }
    // 2018/19 has only Jan to Mar: a year to date in the note, no actual.
    expect(rows.get('T1|2018/19')).toEqual([null, expect.stringMatching(/so far from 3 of 12 months \(Jan 2019 to Mar 2019\)/)]);
    expect(rows.get('T1|2018/19')![1]).toContain(`${damage.get('2019-01')! + damage.get('2019-02')! + damage.get('2019-03')!} so far`);
    // The survey target takes no counts.
    expect([...rows.keys()].filter((k) => k.startsWith('T2|'))).toEqual(['T2|2018/19', 'T2|2019/20', 'T2|2020/21']);

    const fractions = seen.map(([f]) => f);
    expect(fractions[0]).toBe(0);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[fractions.length - 1]).toBeGreaterThan(0.9);
    expect(seen.map(([, m]) => m)).toEqual(expect.arrayContaining(['Reading the workbook', 'Matching crime types to targets', 'Writing Police data, Targets and Progress']));
  });

  test('importing again replaces its own rows; a month imported twice is one month', async () => {
    const { fake, host } = setup();
    await importPoliceCounts(host, counts(FILES.slice(0, 4)), { today });
    const first = progress(fake);
    const again = await importPoliceCounts(host, counts([FILES[0], FILES[1], FILES[0]]), { today });
    expect(progress(fake)).toEqual(first);
    expect(fake.sheetNames()).toEqual(['Plan', 'Targets', 'Progress', 'Police data']);
    expect(again.findings.map((f) => f.code)).toEqual(['police-month-twice']);
  });

  test('cancelled before writing: nothing is written and the cancel reaches the caller', async () => {
    const { fake, host } = setup();
    const controller = new AbortController();
    const before = JSON.stringify(fake.dump());
    const p = importPoliceCounts(host, counts(FILES.slice(0, 1)), {
      today,
      signal: controller.signal,
      onProgress: (_f, m) => m === 'Matching crime types to targets' && controller.abort(),
    });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(JSON.stringify(fake.dump())).toBe(before);
  });

  test('an empty workbook is refused in a sentence, and left as it was', async () => {
    const { fake, host } = setup([makeGrid('Empty', [])]);
    const before = JSON.stringify(fake.dump());
    const p = importPoliceCounts(host, counts(FILES.slice(0, 1)), { today });
    await expect(p).rejects.toThrow(PoliceImportError);
    await expect(p).rejects.toThrow('the workbook is empty.');
    expect(JSON.stringify(fake.dump())).toBe(before);
  });

  test('counts no target takes are still written to Police data, with a note saying why none went into Progress', async () => {
    const cases: [Grid[], string][] = [
      [
        [
          makeGrid('Plan', [
            ['Action', 'Lead'],
            ['Do a thing', 'Bob'],
          ]),
        ],
        'no targets were found, so no Progress rows were written',
      ],
      [
        [
          makeGrid('Targets list', [
            ['Id', 'Indicator', 'Baseline period', 'Baseline', 'Target period', 'Target'],
            ['F', 'Fear of crime', '2018/19', 30, '2020/21', 25],
          ]),
        ],
        'no target is measured by a police crime type, so no Progress rows were written (add a sheet "Crime type mapping" with columns Crime type and Indicator)',
      ],
    ];
    for (const [grids, message] of cases) {
      const { fake, host } = setup(grids);
      const r = await importPoliceCounts(host, counts(FILES.slice(0, 1)), { today });
      expect(r.written[0]).toBe('Police data');
      expect(fake.sheetNames()).toContain('Police data');
      expect(r.lines[0]).toMatch(/0 Progress rows written\.$/);
      expect(r.findings.find((f) => f.code === 'police-no-target')?.message).toContain(message);
    }
  });
});
