import { parseArgs } from 'node:util';
import { Grid } from '../../core/grid';
import { ReturnPlan, returnPlanFor, returnTemplateSheetSpecs } from '../../core/returns';
import { structurePlan } from '../../core/structure/structure';
import { XlsxFileHost } from '../../file/xlsx-host';
import { Command, UnusableInputError, UsageError } from '../io';
import { refuseOverwrite, writeOutput } from '../output';
import { readWorkbook } from '../workbook-input';

const USAGE = 'usage: saferplan returns-template IN.xlsx -o OUT.xlsx --agency NAME';

/** The plan's priorities (structure engine), else those of the returns the workbook holds. */
export function planForReturns(grids: Grid[]): ReturnPlan {
  return returnPlanFor(structurePlan(grids).plan, grids);
}

/**
 * saferplan returns-template IN.xlsx -o OUT.xlsx --agency NAME: a new workbook holding a blank
 * return (seed 002's proforma) for one partner, for the plan's priorities. `planOf` is a parameter
 * so tests and other front ends can give the priorities directly.
 */
export function makeReturnsTemplate(planOf: (grids: Grid[]) => ReturnPlan = planForReturns): Command {
  return async (args, io) => {
    const { values, positionals } = parseArgs({
      args,
      options: { output: { type: 'string', short: 'o' }, agency: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1 || !values.output) throw new UsageError(USAGE);
    const agency = (values.agency ?? '').replace(/\s+/g, ' ').trim();
    if (!agency) throw new UsageError(`--agency NAME is required: the partner agency the return is for.\n${USAGE}`);
    const [input] = positionals;
    await refuseOverwrite([input], values.output);
    const { grids } = await readWorkbook(input, io);
    const plan = planOf(grids);
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

export const returnsTemplate: Command = makeReturnsTemplate();
