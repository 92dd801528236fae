import { parseArgs } from 'node:util';
import { Grid } from '../../core/grid';
import { ReturnPlan, matchPriority, returnPlanFor, returnPlanOf, returnTemplateSheetSpecs, taskGroupTemplateSheetSpec } from '../../core/returns';
import { SheetSpec } from '../../core/sheets/spec';
import { structurePlan } from '../../core/structure/structure';
import { XlsxFileHost } from '../../file/xlsx-host';
import { Command, UnusableInputError, UsageError } from '../io';
import { refuseOverwrite, writeOutput } from '../output';
import { readWorkbook } from '../workbook-input';

const USAGE = 'usage: saferplan returns-template IN.xlsx -o OUT.xlsx (--agency NAME | --priority NAME|all ...)';

/** The plan's priorities (structure engine, with the workbook's own name), else those of the returns the workbook holds. */
export function planForReturns(grids: Grid[], workbookName?: string): ReturnPlan {
  return returnPlanFor(structurePlan(grids, { workbookName }).plan, grids);
}

/**
 * saferplan returns-template IN.xlsx -o OUT.xlsx --agency NAME: a new workbook holding a blank
 * return (seed 002's proforma) for one partner, for the plan's priorities. `planOf` is a parameter
 * so tests and other front ends can give the priorities directly.
 */
export function makeReturnsTemplate(planOf: (grids: Grid[], workbookName?: string) => ReturnPlan = planForReturns): Command {
  return async (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      options: { output: { type: 'string', short: 'o' }, agency: { type: 'string' }, priority: { type: 'string', multiple: true } },
      allowPositionals: true,
    });
    if (positionals.length !== 1 || !values.output) throw new UsageError(USAGE);
    const agency = (values.agency ?? '').replace(/\s+/g, ' ').trim();
    const wanted = (values.priority ?? []).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
    const [input] = positionals;
    await refuseOverwrite([input], values.output);
    if (wanted.length) return taskGroupTemplates(input, values.output, wanted, io);
    if (!agency) throw new UsageError(`--agency NAME is required: the partner agency the return is for (or --priority NAME for a task group's action plan).\n${USAGE}`);
    const { host: source, grids } = await readWorkbook(input, io);
    const plan = planOf(grids, source.workbookName() ?? undefined);
    if (plan.priorities.length === 0) {
      throw new UnusableInputError(`${input}: no priorities found; the plan needs a Priority column (or priority headings) so the return can ask about each one.`);
    }
    const host = XlsxFileHost.create();
    const specs = returnTemplateSheetSpecs(plan, agency);
    await host.writeUnmarkedSheets(specs);
    await writeOutput(host, values.output, io);
    io.out(`Return for ${agency} (sheet "${specs[0].name}"), ${plan.priorities.length} priorit${plan.priorities.length === 1 ? 'y' : 'ies'}:\n${plan.priorities.map((p) => `  ${p}`).join('\n')}`);
    return 0;
  };
}

/**
 * --priority NAME (repeatable, or "all"): one sheet per priority, its task group's action plan with
 * the plan's activities for that priority pre-filled (a narrative plan's headline activities).
 */
async function taskGroupTemplates(input: string, output: string, wanted: string[], io: Parameters<Command>[1]): Promise<number> {
  const { host: source, grids } = await readWorkbook(input, io);
  const plan = structurePlan(grids, { workbookName: source.workbookName() ?? undefined }).plan;
  const known = returnPlanOf(plan);
  if (known.priorities.length === 0) {
    throw new UnusableInputError(`${input}: no priorities found; the plan needs priority headings or a Priority column so each task group's plan can list its activities.`);
  }
  const chosen = wanted.some((w) => w.toLowerCase() === 'all')
    ? known.priorities
    : wanted.map((w) => {
        const m = matchPriority(w, known.priorities);
        if (!m) throw new UsageError(`--priority ${w}: the plan has no such priority. Its priorities are: ${known.priorities.join('; ')}.`);
        return m;
      });
  const specs: SheetSpec[] = [...new Set(chosen)].map((p) => taskGroupTemplateSheetSpec(plan.actions, p, { partnership: plan.partnership, period: known.period ?? null }));
  const host = XlsxFileHost.create();
  await host.writeUnmarkedSheets(specs);
  await writeOutput(host, output, io);
  const count = (p: string) => plan.actions.filter((a) => a.priority === p).length;
  io.out(
    `Task group action plans, ${specs.length} sheet${specs.length === 1 ? '' : 's'}:\n${[...new Set(chosen)].map((p, i) => `  ${specs[i].name}: ${count(p)} activit${count(p) === 1 ? 'y' : 'ies'} of ${p}`).join('\n')}`,
  );
  return 0;
}

export const returnsTemplate: Command = makeReturnsTemplate();
