import fc from 'fast-check';
import { judgeText, declaresNotInvolved, yesNo } from '../../../src/core/returns/text';
import { classifyLabel } from '../../../src/core/returns/labels';

describe('judgeText', () => {
  test.each([
    ['', 'blank'],
    ['   ', 'blank'],
    ['Partner to complete', 'template'],
    ['Partner to complete.', 'template'],
    ['Partner to complete.  SWOT – Strengths, Weakness, Opportunities, Threat  Any supporting statistics (% reductions etc)', 'template'],
    ['Partner to complete.\nSWOT – Strengths, Weakness, Opportunities, Threat\nAny supporting statistics (% reductions etc)', 'template'],
    ['Insert any relevant data to show trends, decreases, increases etc and whether there has been an improvement', 'template'],
    ['Insert below how you worked in partnership over 2019/20 to tackle the above priority, include details of any specific projects or partners work wit', 'template'],
    ['N/A', 'not applicable'],
    ['n/a', 'not applicable'],
    ['N/A.', 'not applicable'],
    ['Not applicable', 'not applicable'],
    ['Not relevant to our service', 'not applicable'],
    ['None', 'not applicable'],
    ['Partner to complete N/A', 'not applicable'],
    ['Data to follow', 'pending'],
    ['Data to follow has Karen Sinden got any data on access)', 'pending'],
    ['TBC', 'pending'],
    ['Figures to follow', 'pending'],
    ['No data collected', 'given'],
    ['Nil information available', 'given'],
    ['S – Daily engagement with policing partners W – Potential capacity issues O – Reactive to real-time issues T – N/A', 'given'],
    ['668 deliberate fires in 19/20 was down from 743 in 18/19, a decrease of 10%.', 'given'],
    ['Partner to complete Unfortunately the world café was cancelled due to Covid', 'given'],
  ])('%j -> %s', (text, state) => {
    expect(judgeText(text).state).toBe(state);
  });

  test('template words next to an answer are flagged', () => {
    expect(judgeText('Partner to complete\nInvolvement in Mutual Gain process NHCCG')).toEqual({ state: 'given', templateLeft: true });
    expect(judgeText('Involvement in Mutual Gain process')).toEqual({ state: 'given', templateLeft: false });
  });

  test('property: the template words, in any case, spacing and punctuation, are still template', () => {
    const pieces = ['Partner to complete', 'SWOT – Strengths, Weakness, Opportunities, Threat', 'Any supporting statistics (% reductions etc)'];
    const sep = fc.constantFrom(' ', '  ', '\n', '. ', '.\n', ' - ', '; ');
    fc.assert(
      fc.property(fc.subarray(pieces, { minLength: 1 }), fc.array(sep, { minLength: 3, maxLength: 3 }), fc.boolean(), (chosen, seps, upper) => {
        let text = chosen.map((p, i) => p + seps[i]).join('');
        if (upper) text = text.toUpperCase();
        expect(judgeText(text).state).toBe('template');
      }),
    );
  });

  test('property: any real sentence stays an answer even with template words around it', () => {
    const word = fc.constantFrom('patrols', 'victims', 'referrals', 'reduced', 'schools', 'MARAC', 'weeks', 'forum', '12', '45%');
    fc.assert(
      fc.property(fc.array(word, { minLength: 3, maxLength: 8 }), fc.boolean(), (words, withTemplate) => {
        const answer = words.join(' ');
        const text = withTemplate ? `Partner to complete. ${answer}` : answer;
        const j = judgeText(text);
        expect(j.state).toBe('given');
        expect(j.templateLeft).toBe(withTemplate);
      }),
    );
  });
});

describe('declaresNotInvolved', () => {
  test('the fire service declining a priority, but not a partner that simply works on it', () => {
    expect(declaresNotInvolved('This is not a key priority for HFRS and we will not get involved in this work.')).toBe(true);
    expect(declaresNotInvolved('Not relevant to our service.')).toBe(true);
    expect(declaresNotInvolved('We worked with the police on a priority for our area.')).toBe(false);
  });
});

describe('yesNo', () => {
  test.each([
    ['Yes', true],
    ['No', false],
    ['no - not applicable', false],
    ['N/A', false],
    ['maybe', null],
  ])('%s', (t, v) => expect(yesNo(t)).toBe(v));
});

describe('classifyLabel', () => {
  test.each([
    ['AGENCY', 'agency'],
    ['Agency:', 'agency'],
    ['**PRIORITY FEEDBACK TEMPLATE**', 'title'],
    ['PRIORITIES', 'heading'],
    ['Priority', 'priority'],
    ['Output 3', 'output'],
    ['Output3:', 'output'],
    ['Impact', 'impact'],
    ['In year impact', 'inYear'],
    ['In-year impact:', 'inYear'],
    ['Strategic Assessment Narrative', 'narrative'],
    ['Please explain HOW the partnership has assisted your agency to achieve the priorities of our CSP', 'assistance'],
    ['Insert below how you worked in partnership over 2020/21 to tackle the above priority', 'partnership'],
    ['Insert below how you have worked in partnership over the year', 'partnership'],
  ])('%s -> %s', (text, kind) => expect(classifyLabel(text)?.kind).toBe(kind));

  test('answers are not labels', () => {
    for (const t of ['Robbery', 'Impact of the campaign was strong', 'Multi-agency training', 'Output of the forum', 'Priority areas were Aldershot and Farnborough']) {
      expect(classifyLabel(t)).toBeNull();
    }
  });

  test('a label with its value in the same cell', () => {
    expect(classifyLabel('Agency: Hart District Council')).toEqual({ kind: 'agency', inline: 'Hart District Council' });
    expect(classifyLabel('Output 2 – Multi-agency training')).toEqual({ kind: 'output', n: 2, inline: 'Multi-agency training' });
  });
});
