/**
 * Large, realistic workbooks for the benchmark, made in code so nothing big lives in the repo:
 * an action plan of N actions in the layout the structure engine recognises (title, header row
 * No | Action | Lead | Target | Timescale | Status, numbered section rows, varied text, timescales
 * written as "March 2006", "Q3 2019/20" or typed as dates) and an indicators workbook (a Targets
 * table of monthly targets and a Progress table of actuals, indicators x months).
 */
import ExcelJS from 'exceljs';
import { CellValue, Grid } from '../../src/core/grid';

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same workbook. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const SECTIONS = [
  'Information & Data Sharing',
  'Prevention and Education',
  'Enforcement',
  'Working in and with communities',
  'Reducing re-offending',
  'Domestic abuse',
  'Serious violence',
  'Hate crime',
  'Road safety',
  'Drugs and alcohol',
];
const VERBS = ['To establish', 'To deliver', 'To review', 'To produce', 'To promote', 'To carry out', 'To develop', 'To reduce', 'To increase', 'To co-ordinate'];
const OBJECTS = [
  'an incident management system for anti-social behaviour reports',
  'an information pack for complainants outlining the services available',
  'a feasibility study into a reporting hotline',
  'School Safety Day events across the district',
  'a Public Open Spaces Working Group and address the issues it identifies',
  'youth facilities at two locations in the town centre',
  'a fireworks awareness campaign in local schools',
  'joint tasking between street level officers through the NTM process',
  'the mediation scheme to partner agencies and the community',
  'high visibility patrols in problem areas identified by the analyst',
  'the night-time economy licensing checks with Trading Standards',
  'referrals to the drug treatment and assessment service',
];
const TAILS = ['', '', ' in Swadlincote', ' with the Safer Neighbourhood Teams', ' (see the annual strategic assessment)', ' – including alcohol issues', ' for residents aged 10-17'];
const PEOPLE = ['Sue Haslett', 'Karen Talbot', 'Ian Duckmanton', 'Jamie Walker', 'Chris Mason', 'Lesley Reece', 'Dee Hornblower', 'Stuart Batchelor'];
const AGENCIES = [
  'Partnership Support Team',
  'South Derbyshire District Council',
  'Derbyshire Constabulary',
  'Derbyshire Fire & Rescue Service',
  'Derbyshire County Council',
  'Youth Offending Service',
  'Probation Service',
  'NHS Derby and Derbyshire ICB',
];
const MEASURES = [
  'System in place',
  'Pack produced',
  'Study completed',
  '3 events held',
  'Group established',
  'Facilities in place',
  'Campaign held',
  'Reduction of 5% in incidents',
  'Policy in place',
  'Number of referrals made',
];
const STATUSES = ['Complete', 'On track', 'At risk', 'Off track', 'Not started', null, 'Complete', 'On track'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const PLAN_HEADER = ['No', 'Action', 'Lead', 'Target', 'Timescale', 'Status'];

function timescale(r: () => number): CellValue {
  const y = 2019 + Math.floor(r() * 6);
  const k = r();
  if (k < 0.4) return `${pick(r, MONTHS)} ${y}`;
  if (k < 0.65) return `Q${1 + Math.floor(r() * 4)} ${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  if (k < 0.9) return new Date(Date.UTC(y, Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
  return pick(r, ['Ongoing', 'March 2006 and annually', `By end of ${y}/${String((y + 1) % 100).padStart(2, '0')}`]);
}

/**
 * The plan's rows, one array per sheet row, generated lazily (a 100k-row plan never has to sit in
 * memory twice). About one section row per 25 actions; every 40th action carries a second target
 * and timescale on a continuation row, as page breaks leave them.
 */
export function* planRows(actions: number, seed = 7): Generator<CellValue[]> {
  const r = rng(seed);
  yield ['Safer Anytown Partnership – Action Plan'];
  yield [];
  yield PLAN_HEADER;
  let section = 0;
  let item = 0;
  for (let i = 0; i < actions; i++) {
    if (i % 25 === 0) {
      section++;
      item = 0;
      yield [`${section}. ${SECTIONS[(section - 1) % SECTIONS.length]}`];
    }
    item++;
    const lead = r() < 0.7 ? `${pick(r, PEOPLE)}\n${pick(r, AGENCIES)}` : pick(r, AGENCIES);
    yield [`${section}.${item}`, `${pick(r, VERBS)} ${pick(r, OBJECTS)}${pick(r, TAILS)}`, lead, pick(r, MEASURES), timescale(r), pick(r, STATUSES)];
    if (i % 40 === 39) yield [null, null, null, pick(r, MEASURES), timescale(r), null];
  }
}

export function planGrid(actions: number, seed = 7): Grid {
  return { sheet: 'Action Plan', rows: [...planRows(actions, seed)], merges: [] };
}

/** Month label as people type it in a Progress table: "Apr 2019". */
function monthLabel(start: { y: number; m: number }, k: number): string {
  const m = start.m + k;
  return `${MON[m % 12]} ${start.y + Math.floor(m / 12)}`;
}

const INDICATOR_NAMES = [
  'Criminal damage incidents',
  'Police calls for service (ASB)',
  'Secondary fires',
  'Burglary (dwelling)',
  'Violence with injury',
  'Domestic abuse incidents',
  'Hate crime reports',
  'Shoplifting',
  'Vehicle crime',
  'Drug offences',
];
const PRIORITIES = ['Anti-social behaviour', 'Serious violence', 'Acquisitive crime', 'Domestic abuse', 'Hate crime'];

export const TARGET_HEADER = ['Id', 'Priority', 'Indicator', 'Unit', 'Direction', 'Baseline period', 'Baseline', 'Target period', 'Target'];
export const PROGRESS_HEADER = ['Indicator', 'Period', 'Actual'];

/** Targets (one row an indicator, baseline Apr 2019 to target Mar 2024) and Progress (indicators x months). */
export function indicatorGrids(indicators: number, months: number, seed = 11): Grid[] {
  const r = rng(seed);
  const start = { y: 2019, m: 3 };
  const targets: CellValue[][] = [TARGET_HEADER];
  const progress: CellValue[][] = [PROGRESS_HEADER];
  for (let i = 1; i <= indicators; i++) {
    const id = `K${i}`;
    const baseline = 50 + Math.floor(r() * 950);
    const reduce = r() < 0.8;
    const target = Math.round(baseline * (reduce ? 0.85 : 1.1));
    targets.push([id, pick(r, PRIORITIES), `${pick(r, INDICATOR_NAMES)} – ward ${i}`, 'count', reduce ? 'reduce' : 'increase', monthLabel(start, 0), baseline, monthLabel(start, months - 1), target]);
    for (let k = 0; k < months; k++) {
      const expected = baseline + ((target - baseline) * k) / (months - 1);
      progress.push([id, monthLabel(start, k), Math.max(0, Math.round(expected * (0.85 + r() * 0.3)))]);
    }
  }
  return [
    { sheet: 'Targets 2019-24', rows: targets, merges: [] },
    { sheet: 'Monthly figures', rows: progress, merges: [] },
  ];
}

/**
 * Writes sheets with ExcelJS's streaming writer (rows committed as they come, so a 100k-row plan
 * costs little memory to make). Dates get a date format, wrapped text a wrap, as Excel saves them.
 */
export async function writeXlsx(file: string, sheets: { name: string; rows: Iterable<CellValue[]> }[]): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) {
      const wr = ws.addRow(row.map((v) => (v && typeof v === 'object' && !(v instanceof Date) ? ({ error: v.error } as unknown as ExcelJS.CellValue) : v)));
      row.forEach((v, c) => {
        if (v instanceof Date) wr.getCell(c + 1).numFmt = 'dd/mm/yyyy';
        else if (typeof v === 'string' && v.includes('\n')) wr.getCell(c + 1).alignment = { wrapText: true, vertical: 'top' };
      });
      wr.commit();
    }
    ws.commit();
  }
  await wb.commit();
}
