import { Grid } from '../grid';
import { DEFAULT_SHEET_NAMES, GeneratedKey } from './spec';

/**
 * The name a generated sheet takes: its default name, unless a user's own (unmarked) sheet already
 * has it, in which case "<name> (SaferPlan)". A sheet we generated before keeps its name.
 */
export function generatedSheetName(key: GeneratedKey, existing: ReadonlyArray<Pick<Grid, 'sheet' | 'generated'>>, previous?: string): string {
  if (previous) return previous;
  const wanted = DEFAULT_SHEET_NAMES[key];
  const taken = (n: string) => existing.some((g) => g.sheet.toLowerCase() === n.toLowerCase() && !g.generated);
  if (!taken(wanted)) return wanted;
  let candidate = `${wanted} (SaferPlan)`;
  for (let i = 2; taken(candidate); i++) candidate = `${wanted} (SaferPlan ${i})`;
  return candidate;
}
