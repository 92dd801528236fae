/**
 * Seed 004 (Carlisle and Eden Partnership Plan 2012/13), a plan written as prose, pasted from Word:
 * its headline activities become actions under their priorities, and nothing else does.
 */
import { analyse } from '../../../../src/core/app/analyse';
import { Grid, makeGrid } from '../../../../src/core/grid';
import { structurePlan } from '../../../../src/core/structure/structure';
import { SEED004_ASB, SEED004_PARAGRAPHS, SEED004_VIOLENT, seed004CellsGrid, seed004Grid } from '../../../fixtures/seed004';

const fold = (t: string) => t.replace(/\s+/g, ' ').trim().toLowerCase();
const TODAY = new Date(Date.UTC(2012, 5, 1));

describe.each([
  ['one paragraph per row', seed004Grid],
  ['several paragraphs to a cell', seed004CellsGrid],
])('seed 004, %s', (_, grid: () => Grid) => {
  const s = structurePlan([grid()]);
  const by = (p: string) => s.plan.actions.filter((a) => a.priority === p);

  test('gives the 11 anti-social behaviour and 10 violent crime headline activities, in order, under their priorities', () => {
    expect(by('Anti social behaviour').map((a) => a.action)).toEqual(SEED004_ASB.map((o) => expect.stringMatching(new RegExp(`^${o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))));
    expect(by('Violent crime').map((a) => a.action)).toEqual(SEED004_VIOLENT.map((o) => expect.stringMatching(new RegExp(`^${o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))));
    expect(s.plan.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test("the theme is the section's aim; lead, measure and timescale are left empty", () => {
    for (const a of by('Anti social behaviour')) {
      expect(a.theme).toBe('To reduce anti social behaviour and criminal damage throughout Carlisle and Eden');
      expect([a.leadOfficer, a.leadAgency, a.measure, a.timescale, a.due, a.ref]).toEqual([null, null, null, null, null, null]);
    }
    expect(by('Violent crime')[0].theme).toBe('To reduce violent crime, including alcohol related violent crime in Carlisle and Eden');
  });

  test('neither the priorities list, the contents, nor a paragraph of foreword or introduction is taken for an action', () => {
    const texts = s.plan.actions.map((a) => fold(a.action));
    for (const not of [
      'Anti social behaviour To incorporate',
      'Violent crime To incorporate',
      'Domestic violence',
      'Reducing re-offending',
      'Introduction',
      'Carlisle and Eden CDRP has and continues',
      'All Partners have expressed',
      'The Police and Justice Act 2006',
      'we will endeavour to take every opportunity',
      'We will support new and challenging ideas',
      'When issues are identified, we will bring together',
    ]) {
      expect(texts.filter((t) => t.startsWith(fold(not)))).toEqual([]);
    }
    // Only the four listed priorities; sections without bullets give their "will" sentences.
    expect([...new Set(s.plan.actions.map((a) => a.priority))]).toEqual(['Anti social behaviour', 'Violent crime', 'Domestic violence', 'Reducing re-offending']);
    expect(by('Domestic violence').map((a) => a.action)).toEqual([
      expect.stringMatching(/^To achieve this, the CDRP will support the development of the North Cumbria Domestic Violence Champions Network/),
    ]);
    expect(by('Reducing re-offending').map((a) => a.action.slice(0, 40))).toEqual([
      'The CDRP will continue to support the Pr',
      'Furthermore, the Partnership will suppor',
      'Following the principles of integrated o',
    ]);
  });

  test('each activity points at the paragraph it came from', () => {
    for (const a of s.plan.actions) {
      const g = grid();
      const m = /^A(\d+)$/.exec(a.source.cell)!;
      expect(String(g.rows[Number(m[1]) - 1][0])).toContain(a.action.split('\n')[0]);
      expect(a.source.sheet).toBe('Partnership Plan');
    }
  });

  test('every activity has located findings asking for its lead and timescale at its Actions sheet row', () => {
    const a = analyse([grid()], {}, { today: TODAY });
    expect(a.plan.actions.length).toBeGreaterThanOrEqual(21);
    a.plan.actions.forEach((act, i) => {
      const row = i + 2;
      const opening = act.action.slice(0, 30);
      const at = (code: string, cell: string) => a.findings.filter((f) => f.code === code && f.sheet === 'Actions' && f.cell === cell && f.message.includes(opening));
      expect(at('activity-needs-lead', `G${row}`)).toHaveLength(1);
      expect(at('activity-needs-timescale', `K${row}`)).toHaveLength(1);
      expect(at('activity-needs-measure', `H${row}`)).toHaveLength(1);
    });
    expect(a.findings.filter((f) => f.code === 'missing-ref')).toEqual([]);
  });
});

test("strands come from the activity's own words, and are left empty when they are not clear", () => {
  const s = structurePlan([seed004Grid()]);
  const strand = (start: string) => s.plan.actions.find((a) => a.action.startsWith(start))!.strand;
  expect(strand('The Partnership will support a range of diversionary activities')).toBe('Diversion');
  expect(strand('The Partnership will support school attendance')).toBe('Education');
  expect(strand('Through the appropriate use of Partner data')).toBe('Intelligence');
  expect(strand('As a Partnership, we will fully support a co-ordinated approach to issues of environment crime')).toBe('Enforcement');
  expect(strand('The Partnership will continue to support the delivery and enhancement of Pubwatch')).toBeNull();
});

test("the fixture holds the seed's bullets: 4 priorities, 11 and 10 headline activities", () => {
  expect(SEED004_PARAGRAPHS.filter((p) => p.startsWith('\u2022')).length).toBe(4 + 11 + 10);
});

test('a sheet of prose with no priorities and no activities is still no plan', () => {
  const g = makeGrid(
    'Notes',
    SEED004_PARAGRAPHS.slice(0, 12).map((p) => [p]),
  );
  const s = structurePlan([g]);
  expect(s.plan.actions).toEqual([]);
  expect(s.plan.findings.map((f) => f.code)).toEqual(['no-plan-header']);
});
