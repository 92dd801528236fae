import { a1, cellAt, cellText, Grid, isBlank, rowCount } from '../grid';
import { Finding, finding, Target } from '../plan';
import { findHeaderRows } from '../targets/headers';
import { resolveIndicator } from '../targets/progress';

/** The crime types data.police.uk publishes (street-level files). */
export const POLICE_CRIME_TYPES = [
  'Anti-social behaviour',
  'Bicycle theft',
  'Burglary',
  'Criminal damage and arson',
  'Drugs',
  'Other crime',
  'Other theft',
  'Possession of weapons',
  'Public order',
  'Robbery',
  'Shoplifting',
  'Theft from the person',
  'Vehicle crime',
  'Violence and sexual offences',
] as const;

/**
 * Default reading of a plan's indicator words: which police crime types it counts. Only a guess
 * from words; a `Crime type mapping` table in the workbook replaces it.
 */
export const DEFAULT_CRIME_TYPE_WORDS: ReadonlyArray<{ crimeType: string; words: RegExp }> = [
  { crimeType: 'Anti-social behaviour', words: /anti[\s-]?social\s+behaviou?r|\basb\b/i },
  { crimeType: 'Bicycle theft', words: /bicycle|\bcycle\s+theft|\bbike\s+theft/i },
  { crimeType: 'Burglary', words: /burglar/i },
  { crimeType: 'Criminal damage and arson', words: /criminal\s+damage|\barson\b/i },
  { crimeType: 'Drugs', words: /\bdrugs?\b/i },
  { crimeType: 'Other crime', words: /\bother\s+crime/i },
  { crimeType: 'Other theft', words: /\bother\s+theft/i },
  { crimeType: 'Possession of weapons', words: /weapon|\bknife|\bknives|firearm/i },
  { crimeType: 'Public order', words: /public\s+order/i },
  { crimeType: 'Robbery', words: /robber/i },
  { crimeType: 'Shoplifting', words: /shop\s*lifting|shop\s+theft/i },
  { crimeType: 'Theft from the person', words: /theft\s+from\s+(?:the\s+)?person|pick\s*pocket/i },
  { crimeType: 'Vehicle crime', words: /vehicle\s+crime|motor\s+vehicle|auto\s+crime|car\s+crime|vehicle\s+theft/i },
  { crimeType: 'Violence and sexual offences', words: /violen|sexual\s+offen|\bassault/i },
];

/** "All crime" / "total recorded crime": every type but anti-social behaviour, which is not a crime. */
const ALL_CRIME = /\b(?:all|total|overall)\s+(?:recorded\s+)?crimes?\b/i;

export interface MappingRow {
  crimeType: string;
  /** Target id or indicator name, as typed. */
  indicator: string;
  source: { sheet: string; cell: string };
}

/** The workbook's `Crime type mapping` table (columns Crime type, Indicator), or null when it has none. */
export function readCrimeTypeMapping(grids: readonly Grid[]): MappingRow[] | null {
  let rows: MappingRow[] | null = null;
  const names = { crimeType: ['crime type', 'police crime type', 'crime category'], indicator: ['indicator', 'target', 'target id', 'indicator id', 'id'] };
  for (const g of grids) {
    const headers = findHeaderRows(g, names, ['crimeType', 'indicator']);
    const named = /crime\s*type\s*mapping/i.test(g.sheet);
    for (const h of headers) {
      // A street-level CSV pasted into a sheet also has "Crime type"; a mapping has few columns.
      if (!named && h.others.length > 2) continue;
      rows = rows ?? [];
      for (let r = h.row + 1; r <= rowCount(g); r++) {
        const type = cellAt(g, r, h.cols.crimeType!);
        const ind = cellAt(g, r, h.cols.indicator!);
        if (isBlank(type) && isBlank(ind)) break;
        if (isBlank(type) || isBlank(ind)) continue;
        rows.push({ crimeType: cellText(type).trim(), indicator: cellText(ind).trim(), source: { sheet: g.sheet, cell: a1(r, h.cols.crimeType!) } });
      }
    }
  }
  return rows;
}

/**
 * Which crime types feed each count target: the workbook's mapping when it has one, else the
 * default words. Targets that are not counts (percentages, survey indices) never take police counts.
 */
export function crimeTypesByTarget(targets: readonly Target[], mapping: readonly MappingRow[] | null): { byTarget: Map<string, string[]>; findings: Finding[] } {
  const byTarget = new Map<string, string[]>();
  const findings: Finding[] = [];
  const add = (id: string, type: string) => {
    const list = byTarget.get(id) ?? [];
    if (!list.some((t) => t.toLowerCase() === type.toLowerCase())) list.push(type);
    byTarget.set(id, list);
  };
  if (mapping) {
    for (const m of mapping) {
      const t = resolveIndicator(m.indicator, targets);
      if (!t) {
        findings.push(finding('warning', 'police-mapping-unknown-indicator', m.source.sheet, m.source.cell, `The crime type mapping names "${m.indicator}", which is not a target id or indicator.`));
        continue;
      }
      if (!POLICE_CRIME_TYPES.some((c) => c.toLowerCase() === m.crimeType.toLowerCase())) {
        findings.push(
          finding(
            'info',
            'police-mapping-unknown-crime-type',
            m.source.sheet,
            m.source.cell,
            `"${m.crimeType}" is not a data.police.uk crime type (${POLICE_CRIME_TYPES.join(', ')}); it will only match if a file uses it.`,
          ),
        );
      }
      add(t.id, m.crimeType);
    }
    return { byTarget, findings };
  }
  for (const t of targets) {
    if (t.unit !== 'count') continue;
    if (ALL_CRIME.test(t.indicator)) {
      for (const c of POLICE_CRIME_TYPES) if (c !== 'Anti-social behaviour') add(t.id, c);
      continue;
    }
    for (const rule of DEFAULT_CRIME_TYPE_WORDS) if (rule.words.test(t.indicator)) add(t.id, rule.crimeType);
  }
  return { byTarget, findings };
}
