/** What looks like a priority but is not: a column citing the law, and a heading naming only an approach. */
import { structurePlan } from '../../../src/core/structure/structure';
import { buildGrid } from '../../fixtures/grid-builder';

const HEADER = ['Priority Area & key links with legislation', 'Objective', 'Action', 'To be Achieved by', 'Lead Agency'];

describe('a priority column that cites legislation', () => {
  test('"Part 1", "Part 8" and Acts are references to the law, not priorities: the title names the priority', () => {
    const g = buildGrid('Sheet1', [
      ['Antisocial Behaviour Action Plan'],
      HEADER,
      ['Part 1', 'Co-ordinated responses', 'Employ an ASB co-ordinator', 'March 08', 'Council'],
      ['Part 8', 'Registration of landlords', 'Implement registrations', 'April 06', 'Council'],
      ['Education (Scotland) Act 1980\nChildren (Scotland) Act 1995', 'Education for excluded children', 'Implement the inclusion policy', 'August 05', 'Council'],
    ]);
    const { plan } = structurePlan([g]);
    expect(plan.actions.map((a) => [a.priority, a.theme])).toEqual([
      ['Antisocial Behaviour', 'Co-ordinated responses'],
      ['Antisocial Behaviour', 'Registration of landlords'],
      ['Antisocial Behaviour', 'Education for excluded children'],
    ]);
  });

  test('a priority column of priorities stays the priority, even with an Act among them', () => {
    const g = buildGrid('Sheet1', [
      ['Antisocial Behaviour Action Plan'],
      ['Priority', 'Action', 'Lead', 'Timescale'],
      ['Youth nuisance', 'Detached youth work', 'Youth Service', 'June 2002'],
      ['Noise', 'Out-of-hours noise patrols', 'Council', 'June 2002'],
      ['Licensing Act 2003', 'Review licensing conditions', 'Licensing', 'June 2002'],
    ]);
    expect(structurePlan([g]).plan.actions.map((a) => a.priority)).toEqual(['Youth nuisance', 'Noise', 'Licensing Act 2003']);
  });
});

describe('a heading that names only an approach', () => {
  test('"Prevention" above the table is the strand of its actions, not their priority', () => {
    const g = buildGrid('Sheet1', [['Hate Crime Action Plan'], ['Prevention'], ['Action', 'Lead', 'Timescale'], ['Train front-line staff', 'Council', 'March 2020']]);
    const [a] = structurePlan([g]).plan.actions;
    expect([a.priority, a.strand]).toEqual(['Hate Crime', 'Prevention']);
  });

  test('strand headings in capitals between tables each give their own strand, under the same priority', () => {
    const g = buildGrid('Sheet1', [
      ['REDUCING BURGLARY'],
      ['PREVENTION'],
      ['Action', 'Lead', 'Timescale'],
      ['Home security surveys', 'Police', 'June 2002'],
      [],
      ['ENFORCEMENT'],
      ['Action', 'Lead', 'Timescale'],
      ['Target prolific burglars', 'Police', 'June 2002'],
    ]);
    expect(structurePlan([g]).plan.actions.map((a) => [a.priority, a.strand])).toEqual([
      ['REDUCING BURGLARY', 'Prevention'],
      ['REDUCING BURGLARY', 'Enforcement'],
    ]);
  });

  test('a new priority heading starts without the strand of the one before', () => {
    const g = buildGrid('Sheet1', [
      ['REDUCING BURGLARY'],
      ['PREVENTION'],
      ['Action', 'Lead', 'Timescale'],
      ['Home security surveys', 'Police', 'June 2002'],
      [],
      ['YOUTH NUISANCE'],
      ['Action', 'Lead', 'Timescale'],
      ['Detached youth work', 'Youth Service', 'June 2002'],
    ]);
    expect(structurePlan([g]).plan.actions.map((a) => [a.priority, a.strand])).toEqual([
      ['REDUCING BURGLARY', 'Prevention'],
      ['YOUTH NUISANCE', null],
    ]);
  });

  test('with nothing else naming the priority, the workbook name does, and the approach stays the strand', () => {
    const g = buildGrid('Sheet1', [['Action Plan'], ['2005 – 2008'], ['Prevention'], ['Action', 'Lead', 'Timescale'], ['Train front-line staff', 'Council', 'March 2006']]);
    const [a] = structurePlan([g], { workbookName: 'Antisocial Behaviour Action Plan 2005-2008.xlsx' }).plan.actions;
    expect([a.priority, a.strand]).toEqual(['Antisocial Behaviour', 'Prevention']);
  });
});
