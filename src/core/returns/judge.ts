import { Finding, finding } from '../plan';
import { FIELD_NAMES } from './labels';
import { RawPriority, RawReturn, RawText } from './layout';
import { PartnerReturn, PriorityReturn, PriorityStatus, ReturnField, ReturnOutput } from './model';
import { declaresNotInvolved, judgeText, yesNo } from './text';

/**
 * Completeness of a return, decided here once for every reader:
 *
 * A priority is COMPLETE when it has
 *   - "How you worked in partnership" answered (N/A counts as an answer),
 *   - at least one output written, and an impact for every output written (N/A counts), and
 *   - the in-year impact answered (N/A and "No data collected" count: the partner said so).
 * Template text, blanks and promises ("Data to follow", "TBC") are not answers; each one a
 * complete priority would need is listed by name in `missing`. Unused output rows (Outputs 2-4
 * left blank) are not missing: the form offers four, it does not ask for four.
 *
 * A priority is NOT APPLICABLE when the agency says so for the whole priority and gives nothing
 * else: no output, impact or in-year figure has content, and the agency answered "No" to our
 * template's "Applies to our agency?", or wrote N/A (or "not a key priority for us, we will not
 * get involved") as its partnership answer, or wrote N/A in every output row and the in-year
 * impact. A fire service that explains why a priority is not core business and then reports
 * deliberate fires is judged on what it reported, not as not applicable.
 *
 * A RETURN is complete when it names its agency, answers "how the partnership has assisted your
 * agency", and every priority is complete or not applicable.
 */

/** Sheet names that say nothing about who filled the return in. */
const GENERIC_SHEET = /^(sheet ?\d*|feuil ?\d*|tabelle ?\d*|priority feedback.*|template|proforma|return|returns|partner returns?|scrutiny.*)$/i;

const ADVICE = {
  assistance: 'how the partnership helped your agency meet the CSP priorities and your own objectives',
  partnership: 'how you worked in partnership on this priority (projects, partners you worked with)',
  output: 'what was delivered (the output)',
  impact: 'its impact: strengths, weaknesses, opportunities, threats and any supporting statistics',
  inYear: 'figures showing the trend over the year (increases, decreases, whether things improved)',
} as const;

function field(t: RawText, join = '\n'): ReturnField {
  const text = t.parts.join(join).trim();
  const j = judgeText(text);
  return { text, state: j.state, templateLeft: j.templateLeft, cell: t.cells[0] ?? t.expected };
}

const answered = (f: ReturnField) => f.state === 'given' || f.state === 'not applicable';
const hasContent = (f: ReturnField) => f.state === 'given' || f.state === 'pending';
const naOrBlank = (f: ReturnField) => f.state === 'not applicable' || f.state === 'blank';

export interface JudgedPriority {
  priority: PriorityReturn;
  /** Field name -> the field, for findings. */
  fields: { name: string; field: ReturnField; advice: string; output?: number }[];
}

export function judgePriority(raw: RawPriority): JudgedPriority {
  const name = raw.name.parts.join(' ').replace(/\s+/g, ' ').trim();
  const partnership = field(raw.partnership);
  const inYearImpact = field(raw.inYear);
  const outputs: ReturnOutput[] = raw.outputs.map((o) => ({ number: o.n, output: field(o.output), impact: field(o.impact) }));
  const appliesText = raw.applies.parts.join(' ').trim();
  const applies = appliesText === '' ? null : yesNo(appliesText);
  const narrative = raw.narrative.parts.length ? raw.narrative.parts.join('\n').trim() : null;

  const fields: JudgedPriority['fields'] = [{ name: FIELD_NAMES.partnership, field: partnership, advice: ADVICE.partnership }];
  for (const o of outputs) {
    fields.push({ name: FIELD_NAMES.output(o.number), field: o.output, advice: ADVICE.output, output: o.number });
    fields.push({ name: FIELD_NAMES.impact(o.number), field: o.impact, advice: ADVICE.impact, output: o.number });
  }
  fields.push({ name: FIELD_NAMES.inYear, field: inYearImpact, advice: ADVICE.inYear });

  const status = statusOf(partnership, outputs, inYearImpact, applies);
  const missing = status === 'not applicable' ? [] : missingOf(partnership, outputs, inYearImpact);
  return {
    priority: {
      priority: name,
      cell: raw.cell,
      status: status === 'not applicable' ? status : missing.length === 0 ? 'complete' : 'incomplete',
      missing,
      narrative,
      applies,
      partnership,
      outputs,
      inYearImpact,
    },
    fields,
  };
}

function statusOf(partnership: ReturnField, outputs: ReturnOutput[], inYear: ReturnField, applies: boolean | null): PriorityStatus | null {
  const content = outputs.some((o) => hasContent(o.output) || hasContent(o.impact)) || hasContent(inYear);
  if (content) return null;
  const everyRowNa =
    inYear.state === 'not applicable' &&
    outputs.length > 0 &&
    outputs.every((o) => naOrBlank(o.output) && naOrBlank(o.impact)) &&
    outputs.some((o) => o.output.state === 'not applicable' || o.impact.state === 'not applicable');
  const saysSo = applies === false || partnership.state === 'not applicable' || (partnership.state === 'given' && declaresNotInvolved(partnership.text)) || everyRowNa;
  return saysSo ? 'not applicable' : null;
}

function missingOf(partnership: ReturnField, outputs: ReturnOutput[], inYear: ReturnField): string[] {
  const missing: string[] = [];
  if (!answered(partnership)) missing.push(FIELD_NAMES.partnership);
  const used = outputs.filter((o) => o.output.state === 'given' || o.impact.state === 'given');
  if (used.length === 0) {
    const first = outputs[0];
    const n = first?.number ?? 1;
    missing.push(FIELD_NAMES.output(n));
    if (!first || !answered(first.impact)) missing.push(FIELD_NAMES.impact(n));
  } else {
    for (const o of used) {
      if (o.output.state !== 'given') missing.push(FIELD_NAMES.output(o.number));
      if (!answered(o.impact)) missing.push(FIELD_NAMES.impact(o.number));
    }
  }
  if (!answered(inYear)) missing.push(FIELD_NAMES.inYear);
  return missing;
}

export interface JudgedReturn {
  ret: PartnerReturn;
  findings: Finding[];
}

/** Judges one proforma and says, cell by cell, what is left to do. */
export function judgeReturn(raw: RawReturn): JudgedReturn {
  const agencyText = raw.agency.parts.join(' ').replace(/\s+/g, ' ').trim();
  const agencyJudged = judgeText(agencyText);
  const agencyKnown = agencyJudged.state === 'given';
  // One return per sheet, the sheet named after the agency: the name stands in, and we say so.
  const bySheet = !agencyKnown && !GENERIC_SHEET.test(raw.sheet.trim()) && raw.priorities.length > 0;
  const agency = agencyKnown ? agencyText : bySheet ? raw.sheet.trim() : `(agency not named) ${raw.sheet}!${raw.cell}`;
  const assistance = field(raw.assistance);
  const findings: Finding[] = [];
  const sheet = raw.sheet;

  const missing: string[] = [];
  if (bySheet) {
    findings.push(
      finding(
        'info',
        'return-agency-from-sheet',
        sheet,
        raw.agency.cells[0] ?? raw.agency.expected ?? raw.cell,
        `This return does not name its agency; it is counted as "${agency}", the sheet's name. Write the agency in the AGENCY box if that is wrong.`,
      ),
    );
  } else if (!agencyKnown) {
    missing.push(FIELD_NAMES.agency);
    findings.push(
      finding(
        'warning',
        'return-no-agency',
        sheet,
        raw.agency.cells[0] ?? raw.agency.expected ?? raw.cell,
        `This partner return does not name its agency; write the agency's name in the AGENCY box so the return can be counted.`,
      ),
    );
  }
  if (!answered(assistance)) missing.push(FIELD_NAMES.assistance);
  findings.push(...fieldFindings(sheet, agency, null, [{ name: FIELD_NAMES.assistance, field: assistance, advice: ADVICE.assistance }], new Set(missing)));

  const priorities: PriorityReturn[] = [];
  for (const rp of raw.priorities) {
    const { priority, fields } = judgePriority(rp);
    if (priority.priority === '') {
      priority.priority = '(priority not named)';
      findings.push(
        finding('warning', 'return-priority-unnamed', sheet, priority.cell ?? fields[0].field.cell, `${agency}: a priority section has no priority name; write the priority in its Priority box.`),
      );
    }
    priorities.push(priority);
    if (priority.status === 'not applicable') continue;
    if (priority.applies === false) {
      findings.push(
        finding(
          'warning',
          'return-applies-conflict',
          sheet,
          priority.cell,
          `${agency}, ${priority.priority}: marked as not applying to the agency but outputs or figures are filled in; choose Yes or clear the boxes.`,
        ),
      );
    }
    findings.push(...fieldFindings(sheet, agency, priority.priority, fields, new Set(priority.missing)));
  }
  const complete = missing.length === 0 && priorities.length > 0 && priorities.every((p) => p.status !== 'incomplete');
  return {
    ret: {
      agency,
      sheet,
      cell: raw.cell,
      name: oneLine(raw.name),
      role: oneLine(raw.role),
      date: oneLine(raw.date),
      signature: oneLine(raw.signature),
      assistance,
      priorities,
      missing,
      complete,
    },
    findings,
  };
}

function oneLine(t: RawText): string | null {
  const s = t.parts.join(' ').replace(/\s+/g, ' ').trim();
  return s === '' || judgeText(s).state === 'template' ? null : s;
}

function snippet(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

/** Template text left in place, promises, blanks: located, with what to do. */
function fieldFindings(sheet: string, agency: string, priority: string | null, fields: JudgedPriority['fields'], missing: Set<string>): Finding[] {
  const out: Finding[] = [];
  const where = priority ? `${agency}, ${priority}` : agency;
  const unusedRows = new Set<number>();
  for (const { name, field: f, advice, output } of fields) {
    const required = missing.has(name);
    if (f.state === 'template' && required) {
      out.push(
        finding(
          'warning',
          'return-template-text',
          sheet,
          f.cell,
          `${where}: ${name} still holds the template text ("${snippet(f.text)}"); replace it with ${advice}, or write N/A if it does not apply.`,
        ),
      );
    } else if (f.state === 'template') {
      // An output row nobody used: one note for the row, not one per box.
      if (output !== undefined && unusedRows.has(output)) continue;
      if (output !== undefined) unusedRows.add(output);
      const what = output !== undefined ? `${FIELD_NAMES.output(output)} is unused but still holds` : `${name} still holds`;
      out.push(finding('info', 'return-template-text', sheet, f.cell, `${where}: ${what} the template text ("${snippet(f.text)}"); delete it or write N/A so the return reads cleanly.`));
    } else if (f.state === 'pending') {
      out.push(finding('warning', 'return-pending', sheet, f.cell, `${where}: ${name} says "${snippet(f.text)}"; replace it with ${advice}.`));
    } else if (f.state === 'blank' && required) {
      out.push(finding('warning', 'return-missing', sheet, f.cell, `${where}: ${name} is blank; write ${advice}, or N/A if it does not apply.`));
    } else if (f.templateLeft) {
      out.push(finding('info', 'return-template-left', sheet, f.cell, `${where}: ${name} has an answer but the template words are still there too; delete the template words.`));
    }
  }
  return out;
}
