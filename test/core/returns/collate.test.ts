import { readReturns, returnFigures, returnsSheetSpec, returnJson, RETURNS_COLUMNS } from '../../../src/core/returns';
import { isLinkValue, readBackValue } from '../../../src/core/sheets/spec';
import { CCG, HFRS, SNH, grid } from './seed002';

const { returns } = readReturns([grid('Fire', HFRS), grid('CCG', CCG), grid("SNH's team", SNH)]);

describe('returnFigures', () => {
  test('received, complete, incomplete and not applicable, by agency', () => {
    const f = returnFigures(returns, ['Hampshire Fire and Rescue Service', 'NHCCG', 'SNH Shared Community Safety Team', 'National Probation Service']);
    expect(f.received).toBe(3);
    expect(f.completeReturns).toBe(1);
    expect(f.byAgency).toEqual([
      { agency: 'Hampshire Fire and Rescue Service', sheet: 'Fire', complete: true, priorities: { complete: 2, incomplete: 0, notApplicable: 2 } },
      { agency: 'NHCCG', sheet: 'CCG', complete: false, priorities: { complete: 0, incomplete: 3, notApplicable: 1 } },
      { agency: 'SNH Shared Community Safety Team', sheet: "SNH's team", complete: false, priorities: { complete: 0, incomplete: 4, notApplicable: 0 } },
    ]);
    expect(f.priorities).toEqual({ complete: 2, incomplete: 7, notApplicable: 3 });
    expect(f.notReceived).toEqual(['National Probation Service']);
  });
});

describe('returnsSheetSpec', () => {
  const spec = returnsSheetSpec(returns);

  test('table Returns: agency, priority, status, missing, link to the place in the return', () => {
    expect(spec.key).toBe('Returns');
    expect(spec.name).toBe('Returns');
    const header = spec.rows.findIndex((r) => r[0] === 'Agency');
    expect(spec.rows[header]).toEqual([...RETURNS_COLUMNS]);
    expect(spec.tables).toEqual([{ name: 'Returns', range: `A${header + 1}:E${spec.rows.length}`, style: 'TableStyleMedium2' }]);
    const body = spec.rows.slice(header + 1);
    // 4 priorities each, plus one "Partner information" row for the CCG's unanswered question
    expect(body).toHaveLength(13);
    const ccgInfo = body.find((r) => r[0] === 'NHCCG' && r[1] === 'Partner information');
    expect(ccgInfo?.slice(2, 4)).toEqual(['incomplete', 'How the partnership assisted']);
    const rob = body.find((r) => r[0] === 'Hampshire Fire and Rescue Service' && r[1] === 'Robbery');
    expect(rob?.slice(2, 4)).toEqual(['not applicable', '']);
    const snh = body.find((r) => r[0] === 'SNH Shared Community Safety Team' && r[1] === 'Domestic Abuse');
    expect(snh?.[3]).toBe('In year impact');
    const link = snh?.[4];
    expect(isLinkValue(link)).toBe(true);
    if (isLinkValue(link)) expect(link.target).toBe(`'SNH''s team'!${returns[2].priorities[1].cell}`);
    expect(spec.rows[1][0]).toBe('3 received: 1 complete, 2 still to finish. Priorities: 2 complete, 7 incomplete, 3 not applicable.');
  });

  test('status coloured; our own sheet is never read back as a return', () => {
    expect((spec.conditionalFormats ?? []).map((c) => (c.rule.type === 'textEquals' ? c.rule.text : ''))).toEqual(['complete', 'incomplete', 'not applicable']);
    const again = readReturns([{ sheet: 'Returns', rows: spec.rows.map((r) => r.map(readBackValue)), merges: [], generated: true }]);
    expect(again.returns).toEqual([]);
  });

  test('returns from other files name the file instead of linking', () => {
    const fromFile = returns.map((r) => ({ ...r, file: 'fire.xlsx' }));
    const s = returnsSheetSpec(fromFile.slice(0, 1));
    const where = s.rows[s.rows.length - 1][4];
    expect(where).toMatch(/^fire\.xlsx: Fire!A\d+$/);
  });

  test('no returns: a sheet that says so', () => {
    const s = returnsSheetSpec([]);
    expect(s.rows[1][0]).toBe('No partner returns were found.');
    expect(s.tables?.[0].range).toBe('A4:E5');
  });
});

describe('returnJson', () => {
  test('exactly the fields of model.md', () => {
    const j = returnJson(returns[0]);
    expect(Object.keys(j)).toEqual(['agency', 'sheet', 'complete', 'priorities']);
    expect(Object.keys(j.priorities[0])).toEqual(['priority', 'status', 'missing']);
    expect(j.priorities[2]).toEqual({ priority: 'Robbery', status: 'not applicable', missing: [] });
  });
});
