import { Status } from '../../../src/core/plan';
import { leadAgencies, planPeriod, shortAction, summaryFigures, SummaryInput, indicatorsFromTrajectoryRows } from '../../../src/core/summary';
import type { TrajectoryRow } from '../../../src/core/trajectory/rows';
import { act, utc } from './helpers';

const base = (p: Partial<SummaryInput>): SummaryInput => ({ partnership: 'Safer Town', title: 'Plan 2019/20', actions: [], indicators: [], returns: null, ...p });

describe('summaryFigures on a hand-made 50-action plan (5 priorities x 3 strands, no dates)', () => {
  const priorities = ['Burglary', 'Violence', 'ASB', 'Drugs', 'Criminal damage'];
  const strands = ['Prevention', 'Enforcement', 'Intelligence'];
  const statuses: (Status | null)[] = [null, 'Not started', 'On track', 'At risk', 'Off track', 'Complete', 'Cancelled'];
  const actions = Array.from({ length: 50 }, (_, i) =>
    act({ ref: `A${i}`, priority: priorities[i % 5], strand: strands[i % 3], status: statuses[i % 7], leadAgency: i % 4 === 0 ? 'Police; Council' : i % 4 === 1 ? 'council' : null }),
  );
  const f = summaryFigures(base({ actions }), utc(2026, 11, 23));

  test('every cell of priority x status equals a filter of the action list', () => {
    expect(f.priorities.map((p) => p.priority)).toEqual(priorities);
    for (const p of f.priorities) {
      for (const s of statuses) {
        expect(p.byStatus[s ?? 'No status']).toBe(actions.filter((a) => a.priority === p.priority && a.status === s).length);
      }
      expect(p.total).toBe(10);
    }
  });

  test('BRAG counts follow the status vocabulary', () => {
    expect(f.byBrag).toEqual({
      blue: actions.filter((a) => a.status === 'Complete').length,
      green: actions.filter((a) => a.status === 'On track').length,
      amber: actions.filter((a) => a.status === 'At risk').length,
      red: actions.filter((a) => a.status === 'Off track').length,
    });
  });

  test('lead agencies: "A; B" counts for each, case-insensitive grouping, blanks "Not stated" last', () => {
    const police = f.agencies.find((a) => a.agency === 'Police')!;
    const council = f.agencies.find((a) => a.agency.toLowerCase() === 'council')!;
    expect(police.actions).toBe(actions.filter((_, i) => i % 4 === 0).length);
    expect(council.actions).toBe(actions.filter((_, i) => i % 4 <= 1).length);
    expect(f.agencies[f.agencies.length - 1]).toMatchObject({ agency: 'Not stated', actions: actions.filter((_, i) => i % 4 >= 2).length });
    expect(f.agencies.map((a) => a.agency)).toEqual(['Council', 'Police', 'Not stated']);
  });

  test('nothing dated: no overdue, every open action counted as undated, period from the title', () => {
    expect(f.overdue).toEqual([]);
    expect(f.openUndated).toBe(actions.filter((a) => a.status !== 'Complete' && a.status !== 'Cancelled').length);
    expect(f.period).toEqual({ from: '2019-04-01', to: '2020-03-31', source: 'title', label: '2019/20' });
  });
});

describe('overdue and due soon', () => {
  const today = utc(2026, 11, 23);
  const actions = [
    act({ ref: 'old', due: '2026-01-31', status: 'On track' }),
    act({ ref: 'done', due: '2025-01-31', status: 'Complete' }),
    act({ ref: 'dropped', due: '2025-01-31', status: 'Cancelled' }),
    act({ ref: 'older', due: '2025-06-30', status: null, leadAgency: null, priority: null }),
    act({ ref: 'yesterday', due: '2026-11-22', status: 'At risk' }),
    act({ ref: 'today', due: '2026-11-23', status: 'Not started' }),
    act({ ref: 'd30', due: '2026-12-23', status: 'Off track' }),
    act({ ref: 'd31', due: '2026-12-24', status: 'On track' }),
    act({ ref: 'd90', due: '2027-02-21', status: 'On track' }),
    act({ ref: 'd91', due: '2027-02-22', status: 'On track' }),
    act({ ref: 'soonDone', due: '2026-11-30', status: 'Complete' }),
  ];
  const f = summaryFigures(base({ actions }), today);

  test('overdue: due before today and not Complete/Cancelled, oldest first, with days overdue', () => {
    expect(f.overdue.map((o) => [o.ref, o.days])).toEqual([
      ['older', 511],
      ['old', 296],
      ['yesterday', 1],
    ]);
    expect(f.overdue[0]).toMatchObject({ priority: 'No priority stated', leadAgency: 'Not stated', status: 'No status', due: '2025-06-30' });
  });

  test('due within 30 days (today included) and in 31 to 90 days, soonest first', () => {
    expect(f.dueWithin30.map((o) => [o.ref, o.days])).toEqual([
      ['today', 0],
      ['d30', 30],
    ]);
    expect(f.due31To90.map((o) => [o.ref, o.days])).toEqual([
      ['d31', 31],
      ['d90', 90],
    ]);
    expect(f.windows).toEqual({ within30: { from: '2026-11-23', to: '2026-12-23' }, from31To90: { from: '2026-12-24', to: '2027-02-21' } });
  });

  test('plan period spans the earliest and latest dates the actions give', () => {
    expect(f.period).toEqual({ from: '2025-01-31', to: '2027-02-22', source: 'actions', label: null });
    expect(
      planPeriod(
        [
          { start: '2003-06-01', due: '2004-03-31' },
          { start: null, due: '2003-03-31' },
        ],
        null,
      ),
    ).toMatchObject({ from: '2003-03-31', to: '2004-03-31' });
    expect(planPeriod([], 'Action plan')).toEqual({ from: null, to: null, source: null, label: null });
  });
});

describe('indicators and returns', () => {
  const ind = (id: string, rag: 'green' | 'amber' | 'red' | null, actual: number | null, milestone: number | null) => ({
    id,
    indicator: `Indicator ${id}`,
    priority: null,
    unit: 'count',
    latestPeriod: actual === null ? null : '2005/06',
    latestActual: actual,
    milestone,
    rag,
    significance: null,
  });
  const f = summaryFigures(
    base({
      indicators: [ind('a', 'green', 90, 100), ind('b', null, null, null), ind('c', 'red', 120.3, 100.1), ind('d', 'amber', 104, 100), ind('e', 'green', 50, 60)],
      returns: [
        {
          agency: 'Probation',
          complete: true,
          priorities: [
            { priority: 'P1', status: 'complete' },
            { priority: 'P2', status: 'not applicable' },
          ],
        },
        {
          agency: 'Fire',
          complete: false,
          priorities: [
            { priority: 'P1', status: 'incomplete' },
            { priority: 'P2', status: 'complete' },
          ],
        },
      ],
    }),
    utc(2026, 1, 1),
  );

  test('on / within tolerance / off trajectory, red first, variance = actual - milestone', () => {
    const s = f.indicators;
    expect([s.on, s.tolerance, s.off, s.notAssessed]).toEqual([2, 1, 1, 1]);
    expect(s.rows.map((r) => r.id)).toEqual(['c', 'd', 'a', 'e', 'b']);
    expect(s.rows[0].variance).toBe(20.2);
    expect(s.rows[4].variance).toBeNull();
  });

  test('returns received, complete, incomplete; priority sections; incomplete returns first', () => {
    expect(f.returns).toEqual({
      received: 2,
      complete: 1,
      incomplete: 1,
      priorities: { complete: 2, incomplete: 1, notApplicable: 1 },
      byAgency: [
        { agency: 'Fire', complete: false, priorities: { complete: 1, incomplete: 1, notApplicable: 0 } },
        { agency: 'Probation', complete: true, priorities: { complete: 1, incomplete: 0, notApplicable: 1 } },
      ],
    });
    expect(summaryFigures(base({}), utc(2026, 1, 1)).returns).toBeNull();
  });

  test('indicatorsFromTrajectoryRows: the latest period with an actual, per indicator', () => {
    const row = (targetId: string, period: string, periodEnd: string, milestone: number, actual: number | null, rag: 'green' | 'red' | null) =>
      ({
        targetId,
        priority: 'Damage',
        indicator: `Ind ${targetId}`,
        unit: 'count',
        period,
        periodEnd,
        milestone,
        actual,
        rag,
        significance: actual === null ? null : { summary: 'Not significant' },
      }) as unknown as TrajectoryRow;
    const rows: TrajectoryRow[] = [
      row('t1', '2004/05', '2005-03-31', 1095, 1100, 'red'),
      row('t1', '2005/06', '2006-03-31', 1050, 1000, 'green'),
      row('t1', '2006/07', '2007-03-31', 1005, null, null),
      row('t2', '2004/05', '2005-03-31', 50, null, null),
    ];
    expect(indicatorsFromTrajectoryRows(rows)).toEqual([
      { id: 't1', indicator: 'Ind t1', priority: 'Damage', unit: 'count', latestPeriod: '2005/06', latestActual: 1000, milestone: 1050, rag: 'green', significance: 'Not significant' },
      { id: 't2', indicator: 'Ind t2', priority: 'Damage', unit: 'count', latestPeriod: null, latestActual: null, milestone: null, rag: null, significance: null },
    ]);
  });
});

describe('labels', () => {
  test('shortAction keeps the first paragraph and cuts at a word', () => {
    expect(shortAction('Identify locations.\nSecond paragraph')).toBe('Identify locations.');
    const long = 'Strategically and operationally support the development and expansion of housing and support schemes for adult and young offenders';
    const s = shortAction(long);
    expect(s.length).toBeLessThanOrEqual(91);
    expect(s.endsWith('…')).toBe(true);
    expect(long.startsWith(s.slice(0, -1))).toBe(true);
  });

  test('leadAgencies splits on semicolons and drops repeats', () => {
    expect(leadAgencies('Probation;  BDBC Licensing Team; probation')).toEqual(['Probation', 'BDBC Licensing Team']);
    expect(leadAgencies(null)).toEqual(['Not stated']);
    expect(leadAgencies(' ; ')).toEqual(['Not stated']);
  });
});

// Type-level: the Trajectories rows fit the adapter as they are (tsc checks this line).
export const trajectoryRowsFit: (rows: TrajectoryRow[]) => unknown = indicatorsFromTrajectoryRows;
