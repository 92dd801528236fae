/**
 * The target tables of seed 001 ("ACTION PLAN TARGETS FOR 2005 – 2006"), copied from the seed text:
 * every period of each table, baseline first, target last, values as printed. Thirteen tables,
 * twelve trajectories (violent crime 952 -> 857 appears under Violent Crime and Substance Misuse).
 */
export interface SeedTable {
  indicator: string;
  unit: 'count' | 'percent' | 'index';
  periods: string[];
  values: number[];
  /** The "(Target-16%)" or "by 16%" the table states, as a fraction; absent when the heading gives none. */
  change?: number;
}

export const SEED_001_TABLES: SeedTable[] = [
  { indicator: 'Criminal damage incidents', unit: 'count', periods: ['2003/04', '2004/05', '2005/06', '2006/07', '2007/08'], values: [1140, 1095, 1050, 1005, 960], change: -0.16 },
  { indicator: 'Deliberate secondary fires', unit: 'count', periods: ['2003/04', '2004/05', '2005/06', '2006/07', '2007/08'], values: [217, 214, 211, 208, 206], change: -0.05 },
  { indicator: 'Anti-social behaviour score index', unit: 'index', periods: ['2004/05', '2005/06', '2006/07', '2007/08'], values: [4976, 4810, 4644, 4478], change: -0.1 },
  { indicator: 'Police calls for service', unit: 'count', periods: ['2004/05', '2005/06', '2006/07', '2007/08'], values: [4293, 4221, 4149, 4078], change: -0.05 },
  { indicator: 'Unsafe alone at home at night', unit: 'percent', periods: ['2004/05', '2005/06', '2006/07', '2007/08'], values: [0.11, 0.1, 0.09, 0.08] },
  { indicator: 'Unsafe alone on public transport', unit: 'percent', periods: ['2004/05', '2005/06', '2006/07', '2007/08'], values: [0.33, 0.3, 0.27, 0.25] },
  { indicator: 'Violent crime', unit: 'count', periods: ['2003/04', '2004/05', '2005/06', '2006/07', '2007/08'], values: [952, 928, 904, 880, 857], change: -0.1 },
  { indicator: 'House burglaries', unit: 'count', periods: ['2003/04', '2004/05', '2005/06', '2006/07', '2007/08'], values: [372, 344, 316, 288, 260], change: -0.3 },
  { indicator: 'Theft of motor vehicles', unit: 'count', periods: ['2003/04', '2004/05', '2005/06', '2006/07', '2007/08'], values: [234, 228, 222, 216, 211], change: -0.1 },
  { indicator: 'Theft from motor vehicles', unit: 'count', periods: ['2003/04', '2004/05', '2005/06', '2006/07', '2007/08'], values: [597, 567, 537, 507, 478], change: -0.2 },
  { indicator: 'Violent crime (substance misuse)', unit: 'count', periods: ['2003/04', '2004/05', '2005/06', '2006/07', '2007/08'], values: [952, 928, 904, 880, 857], change: -0.1 },
  { indicator: 'Disturbances in licensed premises', unit: 'count', periods: ['2003/04', '2004/05', '2005/06', '2006/07', '2007/08'], values: [21, 19, 18, 17, 16], change: -0.25 },
  { indicator: 'Drugs offences', unit: 'count', periods: ['2003/04', '2004/05', '2005/06', '2006/07', '2007/08'], values: [64, 61, 58, 56, 54], change: -0.15 },
];
