import { utcDate } from '../grid';
import { ConditionalFormatSpec, SheetSpec, SpecValue, StyleSpec, ValidationSpec } from '../sheets/spec';
import { APPLIES_LABEL, TEMPLATE_TITLE } from './labels';
import { ReturnPlan } from './priorities';

/**
 * A blank return for one partner, laid out as seed 002's proforma so partners meet a form they
 * know and `readReturns` reads it with the same rules as a pasted Word return: AGENCY / NAME /
 * ROLE, the partnership's help to the agency, then per priority the partnership answer, Outputs 1-4
 * each with its Impact (SWOT), and the in-year impact. Boxes to fill are yellow; they start with
 * the template's own words in grey, which the reader treats as "not yet answered".
 */

/**
 * Placeholders are the seed's own template words, kept to one line so the form reads cleanly in
 * hosts that do not grow rows to fit wrapped text; the guidance lines at the top say the rest.
 */
export const PLACEHOLDER = {
  answer: 'Partner to complete',
  impact: 'Partner to complete: SWOT, any supporting statistics',
  inYear: 'Insert any relevant data to show trends, decreases, increases etc',
} as const;

const FILL = '#FFF2CC';
const HEADING = '#D9E1F2';
const GREY = '#7F7F7F';

export function assistancePrompt(): string {
  return 'Please explain HOW the partnership has assisted your agency to achieve the priorities of our CSP and any individual organisational objectives.';
}

export function partnershipPrompt(period?: string): string {
  const over = period ? `over ${period}` : 'over the year';
  return `Insert below how you worked in partnership ${over} to tackle the above priority, include details of any specific projects or partners you worked with.`;
}

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function returnSheetName(agency: string): string {
  const clean = agency
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  if (clean === '') return 'Priority feedback';
  if (clean.length <= 31) return clean;
  const cut = clean.slice(0, 32).lastIndexOf(' ');
  return (cut >= 15 ? clean.slice(0, cut) : clean.slice(0, 31)).trim();
}

/** Grey text while a box still holds its placeholder, so a filled box reads as the partner's. */
function placeholderGrey(range: string, topLeft: string, placeholder: string): ConditionalFormatSpec {
  const probe = placeholder.slice(0, 24).replace(/"/g, '""');
  return { range, rule: { type: 'expression', formula: `ISNUMBER(SEARCH("${probe}",${topLeft}))` }, fontColor: GREY };
}

export function returnTemplateSheetSpecs(plan: ReturnPlan, agency: string): SheetSpec[] {
  const rows: SpecValue[][] = [];
  const styles: StyleSpec[] = [];
  const validations: ValidationSpec[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const push = (...r: SpecValue[]) => {
    rows.push(r);
    return rows.length;
  };
  const fillBox = (range: string) => styles.push({ range, fill: FILL, border: 'thin', wrap: true, vertical: 'top' });
  const label = (range: string) => styles.push({ range, bold: true, vertical: 'top' });
  const heading = (row: number) => styles.push({ range: `A${row}:D${row}`, bold: true, fill: HEADING });

  const t = push(TEMPLATE_TITLE);
  styles.push({ range: `A${t}`, bold: true, fontSize: 14 });
  const who = [plan.partnership, plan.period ? `partner return for ${plan.period}` : 'partner return'].filter(Boolean).join(': ');
  const sub = push(who.charAt(0).toUpperCase() + who.slice(1));
  styles.push({ range: `A${sub}`, italic: true });
  const help = push('Fill the yellow boxes. Replace the grey template words with your answer; write N/A where something does not apply to your agency.');
  const guide = push(
    'For each output give its impact: strengths, weaknesses, opportunities, threats (SWOT) and any supporting statistics (% reductions etc). In year impact: the trend, and whether there has been an improvement.',
  );
  styles.push({ range: `A${help}:A${guide}`, italic: true, fontColor: GREY });
  push();

  heading(push('PARTNER INFORMATION'));
  const agencyRow = push('AGENCY', agency);
  label(`A${agencyRow}`);
  styles.push({ range: `B${agencyRow}`, bold: true, border: 'thin' });
  validations.push({ range: `B${agencyRow}`, type: 'list', values: [agency], allowBlank: false, prompt: 'The agency this return is from.', error: `This return is for ${agency}.` });
  const nameRow = push('NAME', null);
  const roleRow = push('ROLE', null);
  label(`A${nameRow}:A${roleRow}`);
  fillBox(`B${nameRow}:B${roleRow}`);
  push();

  const ap = push(assistancePrompt());
  label(`A${ap}`);
  const aa = push(null, PLACEHOLDER.answer);
  fillBox(`B${aa}:D${aa}`);
  conditionalFormats.push(placeholderGrey(`B${aa}`, `B${aa}`, PLACEHOLDER.answer));
  push();

  for (const priority of plan.priorities) {
    heading(push('PRIORITIES'));
    const pr = push('Priority', priority);
    label(`A${pr}:B${pr}`);
    const applies = push(APPLIES_LABEL, null);
    label(`A${applies}`);
    fillBox(`B${applies}`);
    validations.push({
      range: `B${applies}`,
      type: 'list',
      values: ['Yes', 'No'],
      allowBlank: true,
      prompt: 'Choose No if this priority does not apply to your agency; the rest of this priority may then be left blank.',
      error: 'Choose Yes or No.',
    });
    const pp = push(partnershipPrompt(plan.period));
    label(`A${pp}`);
    const pa = push(null, PLACEHOLDER.answer);
    fillBox(`B${pa}:D${pa}`);
    conditionalFormats.push(placeholderGrey(`B${pa}`, `B${pa}`, PLACEHOLDER.answer));
    const first = rows.length + 1;
    for (let n = 1; n <= 4; n++) push(`Output ${n}`, PLACEHOLDER.answer, 'Impact', PLACEHOLDER.impact);
    const last = rows.length;
    label(`A${first}:A${last}`);
    label(`C${first}:C${last}`);
    fillBox(`B${first}:B${last}`);
    fillBox(`D${first}:D${last}`);
    conditionalFormats.push(placeholderGrey(`B${first}:B${last}`, `B${first}`, PLACEHOLDER.answer));
    conditionalFormats.push(placeholderGrey(`D${first}:D${last}`, `D${first}`, PLACEHOLDER.impact));
    const iy = push('In year impact', PLACEHOLDER.inYear);
    label(`A${iy}`);
    fillBox(`B${iy}:D${iy}`);
    conditionalFormats.push(placeholderGrey(`B${iy}`, `B${iy}`, PLACEHOLDER.inYear));
    push();
  }

  const dateRow = push('Date', null);
  const signRow = push('Signature', null);
  label(`A${dateRow}:A${signRow}`);
  fillBox(`B${dateRow}:B${signRow}`);
  styles.push({ range: `B${dateRow}`, numberFormat: 'dd/mm/yyyy', horizontal: 'left' });
  validations.push({
    range: `B${dateRow}`,
    type: 'date',
    operator: 'greaterThanOrEqual',
    min: utcDate(2000, 1, 1),
    allowBlank: true,
    prompt: 'The date you completed this return, day first (dd/mm/yyyy).',
    error: 'Type a date, day first: dd/mm/yyyy.',
  });

  return [
    {
      key: 'Returns',
      name: returnSheetName(agency),
      rows,
      columns: [{ width: 26 }, { width: 70, wrap: true }, { width: 9 }, { width: 70, wrap: true }],
      styles,
      validations,
      conditionalFormats,
      print: { landscape: true, fitToWidth: true },
    },
  ];
}
