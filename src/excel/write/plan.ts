import { GENERATED_KEYS, GeneratedKey, markName, SheetSpec, TableSpec } from '../../core/sheets/spec';
import { BUILD_PREFIX } from '../marks';

/** One sheet being written: where it is built, what it will be called, what it replaces. */
export interface BuildItem {
  spec: SheetSpec;
  key: GeneratedKey;
  mark: string;
  /** Hidden sheet the new content is written into before the swap. */
  tempName: string;
  /** Workbook name marking the temporary sheet as ours while it is built. */
  buildMark: string;
  finalName: string;
  /** Our sheet of this key already in the workbook. */
  old?: { name: string; position: number };
  /** For a new sheet: its place once built, among our sheets in GENERATED_KEYS order, after the user's. */
  position?: number;
  /** A mark that points nowhere (#REF!) and must be replaced. */
  staleMark: boolean;
  tables: { spec: TableSpec; tempName: string; finalName: string }[];
}

export interface WorkbookState {
  /** Sheets in order, without left-over build sheets. */
  sheets: string[];
  generated: Partial<Record<GeneratedKey, string>>;
  markExists: Partial<Record<GeneratedKey, boolean>>;
  /** Table names with the sheet each is on. */
  tables: { name: string; sheet: string }[];
  /** Defined names (tables and names share one namespace). */
  names: string[];
}

const BAD_SHEET_CHARS = /[[\]:*?/\\]/g;

/** A name Excel accepts for a sheet: no []:*?/\, no leading or trailing apostrophe, 31 characters at most. */
export function cleanSheetName(name: string): string {
  const s = name
    .replace(BAD_SHEET_CHARS, ' ')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return s || 'SaferPlan';
}

/**
 * Decides names and positions before anything is written. A generated sheet keeps its place; it
 * takes the spec's name unless a user's sheet has it, in which case it keeps its old name or, for
 * a new sheet, becomes "<name> (SaferPlan)". A user's sheet is never renamed.
 */
export function planBuild(specs: SheetSpec[], state: WorkbookState, notice: (m: string) => void): BuildItem[] {
  const lower = (s: string) => s.toLowerCase();
  const olds = new Map<string, GeneratedKey>();
  for (const [k, n] of Object.entries(state.generated)) if (n) olds.set(lower(n), k as GeneratedKey);
  const claimed = new Set<string>();
  const replacedSheets = new Set(
    specs
      .map((s) => state.generated[s.key])
      .filter((n): n is string => !!n)
      .map(lower),
  );
  const sheetTaken = (n: string, key: GeneratedKey) => {
    const l = lower(n);
    if (claimed.has(l)) return true;
    const owner = olds.get(l);
    if (owner === key) return false;
    return state.sheets.some((s) => lower(s) === l);
  };
  const tableOwnersLeaving = new Set(replacedSheets);
  const tableTaken = new Set<string>([...state.tables.filter((t) => !tableOwnersLeaving.has(lower(t.sheet))).map((t) => lower(t.name)), ...state.names.map(lower)]);
  const allNames = new Set(state.sheets.map(lower));

  const items = specs.map((spec, i) => {
    const oldName = state.generated[spec.key];
    const wanted = cleanSheetName(spec.name);
    let finalName = wanted;
    if (sheetTaken(wanted, spec.key)) {
      if (oldName && !claimed.has(lower(oldName))) {
        finalName = oldName;
        notice(`The sheet '${wanted}' belongs to you, so SaferPlan's ${spec.key} sheet keeps its name '${oldName}'.`);
      } else {
        let n = 1;
        do {
          const suffix = n === 1 ? ' (SaferPlan)' : ` (SaferPlan ${n})`;
          finalName = wanted.slice(0, 31 - suffix.length) + suffix;
          n++;
        } while (sheetTaken(finalName, spec.key));
        notice(`A sheet of yours is already called '${wanted}', so SaferPlan's ${spec.key} sheet is called '${finalName}'.`);
      }
    }
    claimed.add(lower(finalName));
    let tempName = `SaferPlan build ${i + 1}`;
    for (let n = 2; allNames.has(lower(tempName)); n++) tempName = `SaferPlan build ${i + 1}.${n}`;
    allNames.add(lower(tempName));
    const tables = (spec.tables ?? []).map((t, j) => {
      let finalTable = t.name;
      for (let n = 2; tableTaken.has(lower(finalTable)); n++) finalTable = `${t.name}_${n}`;
      if (finalTable !== t.name) notice(`A table or name called '${t.name}' already exists elsewhere in the workbook, so SaferPlan's table is called '${finalTable}'.`);
      tableTaken.add(lower(finalTable));
      return { spec: t, tempName: `SaferPlanBuild${i + 1}_${j + 1}`, finalName: finalTable };
    });
    return {
      spec,
      key: spec.key,
      mark: markName(spec.key),
      tempName,
      buildMark: `${BUILD_PREFIX}${i + 1}`,
      finalName,
      old: oldName ? { name: oldName, position: state.sheets.findIndex((s) => lower(s) === lower(oldName)) } : undefined,
      staleMark: !oldName && !!state.markExists[spec.key],
      tables,
    };
  });
  placeNewSheets(items, state);
  return items;
}

/**
 * Where new sheets go, so the Summary lands in the same place whichever job ran first: before the
 * first of our sheets whose key comes later in GENERATED_KEYS, else at the end. Replaced sheets keep
 * their places; positions are those of the finished workbook, assigned lowest first by the swap.
 */
function placeNewSheets(items: BuildItem[], state: WorkbookState): void {
  const rank = new Map<string, number>();
  for (const [k, n] of Object.entries(state.generated)) if (n) rank.set(n.toLowerCase(), GENERATED_KEYS.indexOf(k as GeneratedKey));
  const order: { name: string; rank: number | undefined; item?: BuildItem }[] = state.sheets.map((s) => ({ name: s, rank: rank.get(s.toLowerCase()) }));
  const fresh = items.filter((it) => !it.old).sort((a, b) => GENERATED_KEYS.indexOf(a.key) - GENERATED_KEYS.indexOf(b.key));
  for (const it of fresh) {
    const r = GENERATED_KEYS.indexOf(it.key);
    const at = order.findIndex((o) => o.rank !== undefined && o.rank > r);
    order.splice(at < 0 ? order.length : at, 0, { name: it.finalName, rank: r, item: it });
  }
  order.forEach((o, i) => {
    if (o.item) o.item.position = i;
  });
}
