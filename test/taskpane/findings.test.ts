import { finding } from '../../src/core/plan';
import { countWords, findingLabel, groupFindings } from '../../src/taskpane/ui/findings';

describe('findings for the task pane', () => {
  const list = [
    finding('warning', 'overdue', 'ASB Action Plan', 'E49', 'Action 4.1 was due 30/09/2005.'),
    finding('warning', 'milestone-off-trajectory', 'Targets 2005-06', 'D73', 'drugs offences: the plan states 58.'),
    finding('error', 'no-lead', 'ASB Action Plan', 'C12', 'Action 1.3 has no lead.'),
    finding('warning', 'overdue', 'ASB Action Plan', 'E36', 'Action 2.2 was due 30/09/2005.'),
    finding('info', 'note', 'ASB Action Plan', null, 'Two header rows.'),
    finding('warning', 'overdue', 'ASB Action Plan', 'AA9', 'Far right.'),
    finding('warning', 'overdue', 'ASB Action Plan', 'B9', 'Left.'),
  ];

  it('groups by sheet in first-seen order, then error, warning, note, each top to bottom then left to right', () => {
    const groups = groupFindings(list);
    expect(groups.map((g) => [g.sheet, g.total])).toEqual([
      ['ASB Action Plan', 6],
      ['Targets 2005-06', 1],
    ]);
    const asb = groups[0].severities;
    expect(asb.map((s) => s.severity)).toEqual(['error', 'warning', 'info']);
    expect(asb[1].findings.map((f) => f.cell)).toEqual(['B9', 'AA9', 'E36', 'E49']);
  });

  it('names each finding the way a screen reader should say it', () => {
    expect(findingLabel(list[3])).toBe('Warning, sheet ASB Action Plan, cell E36: Action 2.2 was due 30/09/2005.');
    expect(findingLabel(list[4])).toBe('Note, sheet ASB Action Plan: Two header rows.');
    expect(findingLabel(list[2])).toMatch(/^Error, sheet ASB Action Plan, cell C12:/);
  });

  it('counts in words', () => {
    expect(countWords([])).toBe('nothing to fix');
    expect(countWords([list[0]])).toBe('1 warning');
    expect(countWords(list)).toBe('1 error, 5 warnings and 1 note');
  });
});
