/**
 * The narrative reader on small plans written the ways partnerships write them: sections of "We
 * will" sentences with no bullets, numbered activities, "Priority N:" headings, paragraphs in one
 * cell, lists that are facts rather than activities.
 */
import { CellValue, makeGrid } from '../../../../src/core/grid';
import { readNarrative } from '../../../../src/core/structure/narrative';
import { priorityName } from '../../../../src/core/structure/narrative/read';
import { strandOf } from '../../../../src/core/structure/narrative/strand';
import { matchName } from '../../../../src/core/structure/narrative/match';

const sheet = (...paras: string[]) =>
  makeGrid(
    'Plan',
    paras.map((p): CellValue[] => [p]),
  );

test('a section with no bullets gives its "We will" sentences, and nothing from its other prose', () => {
  const n = readNarrative(
    sheet(
      'Safer Town Community Safety Plan 2016-19',
      'Introduction',
      'We will publish this plan every year. The Partnership was formed in 1998.',
      'Reducing Reoffending',
      'Aim: to reduce the number of adults and young people who reoffend.',
      'Reoffending has fallen by 4%. We will continue to run the Integrated Offender Management scheme with Probation. Offenders need homes. The Partnership will fund a housing officer for prison leavers.',
      'Hate Crime',
      'Our aim is to increase reporting of hate crime.',
      'We will train third-party reporting centres in every ward.',
    ),
  )!;
  expect(n.activities.map((a) => [a.priority, a.theme, a.kind, a.text])).toEqual([
    ['Reducing Reoffending', 'To reduce the number of adults and young people who reoffend', 'sentence', 'We will continue to run the Integrated Offender Management scheme with Probation.'],
    ['Reducing Reoffending', 'To reduce the number of adults and young people who reoffend', 'sentence', 'The Partnership will fund a housing officer for prison leavers.'],
    ['Hate Crime', 'To increase reporting of hate crime', 'sentence', 'We will train third-party reporting centres in every ward.'],
  ]);
  expect(n.title).toBe('Safer Town Community Safety Plan 2016-19');
});

test('numbered activities keep the plan\'s own numbers as references; "Priority N:" headings name the priority', () => {
  const n = readNarrative(
    sheet(
      'Priority 1: Anti-social behaviour',
      'We will:',
      '1. Hold a monthly problem-solving meeting in each neighbourhood.',
      '2. Use Community Protection Notices where warnings fail.',
      'Priority 2 – Domestic abuse',
      'Key facts:',
      '• Reported incidents rose by 12% last year.',
      '• One in four repeat victims is over 55.',
      'What we will do',
      '• Fund an Independent Domestic Violence Adviser at the hospital.',
    ),
  )!;
  expect(n.activities.map((a) => [a.priority, a.ref, a.text.slice(0, 30)])).toEqual([
    ['Anti-social behaviour', '1', 'Hold a monthly problem-solving'],
    ['Anti-social behaviour', '2', 'Use Community Protection Notic'],
    ['Domestic abuse', null, 'Fund an Independent Domestic V'],
  ]);
});

test('several paragraphs to a cell, a bullet hard-wrapped across lines, and a sub-point under a bullet', () => {
  const g = makeGrid('Plan', [
    ['The priorities for 2014/15 are:\n• Burglary\n• Violent crime'],
    [
      'Burglary\nAim - To reduce burglary of homes.\n• The Partnership will run a property marking scheme with the\nNeighbourhood Watch groups.\n  o starting with the three wards with most burglaries\n• We will target known handlers of stolen goods.',
    ],
    ['Violent Crime and the Night Time Economy\n• We will support Pubwatch in the town centre.'],
  ]);
  const n = readNarrative(g)!;
  expect(n.priorities.map((p) => [p.name, p.heading])).toEqual([
    ['Burglary', 'Burglary'],
    ['Violent crime', 'Violent Crime and the Night Time Economy'],
  ]);
  expect(n.activities.map((a) => [a.priority, a.cell, a.text])).toEqual([
    ['Burglary', 'A2', 'The Partnership will run a property marking scheme with the Neighbourhood Watch groups.\nstarting with the three wards with most burglaries'],
    ['Burglary', 'A2', 'We will target known handlers of stolen goods.'],
    ['Violent crime', 'A3', 'We will support Pubwatch in the town centre.'],
  ]);
});

test('a table pasted as rows of several cells is not a document, and a document with no priorities gives nothing', () => {
  expect(
    readNarrative(
      makeGrid('T', [
        ['Action', 'Lead', 'Timescale'],
        ['Do a thing', 'Police', 'March 2006'],
        ['Do another', 'Council', 'April 2006'],
      ]),
    ),
  ).toBeNull();
  expect(readNarrative(sheet('Foreword', 'We will keep you safe.', 'Introduction', 'This plan sets out our work.'))).toBeNull();
});

test("list items give the priority's name without its description", () => {
  expect(priorityName('Anti social behaviour To incorporate criminal damage and deliberate fires')).toBe('Anti social behaviour');
  expect(priorityName('Reducing harm to victims')).toBe('Reducing harm to victims');
  expect(priorityName('Domestic abuse – including sexual violence')).toBe('Domestic abuse');
  expect(priorityName('Violence against Women and Girls (VAWG)')).toBe('Violence against Women and Girls (VAWG)');
  expect(priorityName('Priority 3: Hate crime (including extremism)')).toBe('Hate crime');
});

test('headings match listed priorities worded differently, and not unrelated ones', () => {
  const list = ['Anti social behaviour', 'Violent crime', 'Reducing re-offending'];
  expect(matchName('Anti-Social Behaviour and Criminal Damage', list)).toBe('Anti social behaviour');
  expect(matchName('Violent Crime and a Safer Night Time Economy', list)).toBe('Violent crime');
  expect(matchName('Reducing Reoffending', list)).toBe('Reducing re-offending');
  expect(matchName('Domestic Violence', list)).toBeNull();
});

test('strands: one clear strand from the words, none when they are absent or tie', () => {
  expect(strandOf('We will divert young people into positive activities')).toBe('Diversion');
  expect(strandOf('Use closure orders and injunctions against persistent perpetrators')).toBe('Enforcement');
  expect(strandOf('Fund an adviser for victims of domestic abuse')).toBe('Support');
  expect(strandOf('Hold a monthly meeting')).toBeNull();
  expect(strandOf('Run an awareness campaign and enforce the licensing conditions')).toBeNull();
});
