import { finding } from '../../src/core/plan';
import { countWords, groupFindings, ruleTitle, sharedFix } from '../../src/taskpane/ui/findings';
import { count, listWords, num } from '../../src/core/words';

describe('findings for the task pane', () => {
  const overdue = (cell: string, ref: string) =>
    finding('warning', 'overdue', 'ASB Action Plan', cell, `Action ${ref} (Anti-social Behaviour) was due 30/09/2005 and is not marked Complete. Update its status, or agree a new timescale.`);
  const list = [
    overdue('E49', '4.1'),
    finding('warning', 'milestone-off-trajectory', 'Targets 2005-06', 'D73', 'drugs offences: the plan states 58. Change the stated milestone to 59.'),
    finding('error', 'missing-lead', 'ASB Action Plan', 'C12', 'Action 1.3 has no lead. Name the lead officer or agency responsible for it.'),
    overdue('E36', '2.2'),
    finding('info', 'note', 'ASB Action Plan', null, 'Two header rows.'),
    overdue('AA9', '1.1'),
    overdue('B9', '1.2'),
  ];

  it('groups by sheet in first-seen order, then by rule (errors first), each top to bottom then left to right', () => {
    const groups = groupFindings(list);
    expect(groups.map((g) => [g.sheet, g.total])).toEqual([
      ['ASB Action Plan', 6],
      ['Targets 2005-06', 1],
    ]);
    const asb = groups[0].rules;
    expect(asb.map((r) => [r.severity, r.code, r.findings.length])).toEqual([
      ['error', 'missing-lead', 1],
      ['warning', 'overdue', 4],
      ['info', 'note', 1],
    ]);
    expect(asb[1].findings.map((f) => f.finding.cell)).toEqual(['B9', 'AA9', 'E36', 'E49']);
  });

  it('says a rule\u2019s fix once and takes it out of each finding', () => {
    const rule = groupFindings(list)[0].rules[1];
    expect(rule.title).toBe('Overdue actions');
    expect(rule.fix).toBe('Update its status, or agree a new timescale.');
    expect(rule.findings[2].text).toBe('Action 2.2 (Anti-social Behaviour) was due 30/09/2005 and is not marked Complete.');
    // One finding: nothing shared, the message stays whole.
    expect(groupFindings(list)[0].rules[0].fix).toBeNull();
    expect(groupFindings(list)[0].rules[0].findings[0].text).toMatch(/Name the lead officer/);
  });

  it('shares only the advice every finding ends with, never the whole message', () => {
    expect(sharedFix(['A is late. Fix it.', 'B is late. Fix it.'])).toBe('Fix it.');
    expect(sharedFix(['Change it to 59.', 'Change it to 60.'])).toBeNull();
    expect(sharedFix(['Same.', 'Same.'])).toBeNull();
    expect(sharedFix(['A, at 1.5 m. Do x. Do y.', 'B. Do x. Do y.'])).toBe('Do x. Do y.');
  });

  it('names rules, known or not', () => {
    expect(ruleTitle('missing-lead')).toBe('Actions without a lead');
    expect(ruleTitle('police-outside-range')).toBe('Police outside range');
  });

  it('counts in words, with en-GB plurals and thousands separators', () => {
    expect(countWords([])).toBe('nothing to fix');
    expect(countWords([list[0]])).toBe('1 warning');
    expect(countWords(list)).toBe('1 error, 5 warnings and 1 note');
    expect(countWords(Array.from({ length: 10032 }, () => list[0]))).toBe('10,032 warnings');
    expect(count(1, 'month')).toBe('1 month');
    expect(count(12, 'month')).toBe('12 months');
    expect(count(0, 'record')).toBe('0 records');
    expect(count(2, 'priority', 'priorities')).toBe('2 priorities');
    expect(num(1234567)).toBe('1,234,567');
    expect(listWords(['Targets', 'Progress'])).toBe('Targets and Progress');
  });
});
