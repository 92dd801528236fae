import { CellValue, Grid, makeGrid } from '../../../src/core/grid';

/**
 * Seed 001's "ACTION PLAN TARGETS FOR 2005 – 2006" section and the start of the action plan after
 * it, copied line for line from the seed: one line a row, tabs between cells, as a paste from Word
 * into Excel lays it out (captions alone in column A, each table under its caption, blank rows
 * between blocks).
 */
export const SEED001_TARGET_LINES: readonly string[] = [
  'ACTION PLAN TARGETS FOR 2005 – 2006',
  '',
  'The following crime/disorder figures and perceptions of crime have been taken from Derbyshire Police records and the South Derbyshire Citizens Panel Survey.',
  '',
  'Anti-social Behaviour - Strategic target to reduce criminal damage incidents by 16% from 1140 to 960 by 2007/08',
  '',
  '\t2003/04 Benchmark\t2004/05\t2005/06\t2006/07\t2007/08 (Target-16%)',
  'Total Number of Crimes\t1140\t1095\t1050\t1005\t960',
  '',
  'Anti-social Behaviour - Strategic target to reduce deliberate secondary fires by 5% from 217 to 206 by 2007/08',
  '',
  '\t2003/04 Benchmark\t2004/05\t2005/06\t2006/07\t2007/08 (Target-5%)',
  'Total Number of Crimes\t217\t214\t211\t208\t206',
  '',
  'Anti-social Behaviour - Strategic target to reduce extent to which residents think anti-social behaviour occurs in their neighbourhood by 10% by 2007/08',
  '',
  '\t2004/05 Benchmark\t2005/06\t2006/07\t2007/08 (Target-10%)',
  'Score Index from Citizens Panel\t4976\t4810\t4644\t4478',
  '',
  'NB. The answers to certain Citizens Panel questions are weighted and a calculation made on the response rate per 1000 respondents. This gives an index score, which needs to be reduced.',
  '',
  'Anti-social Behaviour - Strategic target to reduce police calls for service by 5% from 4293 to 4078 by 2007/08',
  '',
  '\t2004/05\t2005/06\t2006/07\t2007/08 (Target-5%)',
  'Total Number of Calls for Service\t4293\t4221\t4149\t4078',
  '',
  'Fear of Crime & Community Reassurance- Strategic Target to reduce the number of South Derbyshire residents feeling a bit or very unsafe when alone in their home at night from 11% to 8% by 2007/08',
  '',
  '\t2004/05\t2005/06\t2006/07\t2007/08',
  'Citizens Panel Results\t11%\t10%\t9%\t8%',
  '',
  'Fear of Crime & Community Reassurance- Strategic Target to reduce the number of South Derbyshire residents feeling a bit or very unsafe when traveling alone on public transport from 33% to 25% by 2007/08',
  '',
  '\t2004/05\t2005/06\t2006/07\t2007/08',
  'Citizens Panel Results\t33%\t30%\t27%\t25%',
  '',
  'Violent Crime - Strategic Target to reduce violent crime by 10% from 952 to 857 by 2007/08',
  '',
  'Total Number of Crimes\t2003/04 Benchmark\t2004/05\t2005/06\t2006/07\t2007/08 (Target-10%)',
  '\t952\t928\t904\t880\t857',
  '',
  'Domestic Burglary - Strategic Target to reduce house burglaries by 30% from 372 to 260 by 2007/08',
  '',
  'Total Number of Crimes\t2003/04 Benchmark\t2004/05\t2005/06\t2006/07\t2007/08 (Target-30%)',
  '\t372\t344\t316\t288\t260',
  '',
  'Auto Crime - Strategic Target to reduce theft of motor vehicles by 10% from 234 to 211 by 2007/08',
  '',
  'Total Number of Crimes\t2003/04 Benchmark\t2004/05\t2005/06\t2006/07\t2007/08 (Target-10%)',
  '\t234\t228\t222\t216\t211',
  '',
  'Auto Crime - Strategic Target to reduce theft from motor vehicles by 20% from 597 to 478 by 2007/08',
  '',
  '\t2003/04 Benchmark\t2004/05\t2005/06\t2006/07\t2007/08 (Target-20%)',
  'Total Number of Crimes\t597\t567\t537\t507\t478',
  '',
  'Substance Misuse - Strategic Target to reduce violent crime by 10% from 952 to 857 by 2007/08',
  '',
  '\t2003/04 Benchmark\t2004/05\t2005/06\t2006/07\t2007/08 (Target-10%)',
  'Total Number of Crimes\t952\t928\t904\t880\t857',
  '',
  'Substance Misuse - Strategic Target to reduce disturbances in licensed premises by 25% from 21 to 16 by 2007/08',
  '',
  '\t2003/04 Benchmark\t2004/05\t2005/06\t2006/07\t2007/08 (Target-25%)',
  'Total Number of Crimes\t21\t19\t18\t17\t16',
  '',
  'Substance Misuse - Strategic Target to reduce drugs offences by 15% from 64 to 54 by 2007/08',
  '',
  '\t2003/04 Benchmark\t2004/05\t2005/06\t2006/07\t2007/08 (Target-15%)',
  'Total Number of Crimes\t64\t61\t58\t56\t54',
  '',
  'YEAR 1 – 2005/06',
  '',
  'Anti-social Behaviour Panel',
  '',
  'Strategic Group Member and Chair\tMark Alfliat\tSouth Derbyshire District Council',
  'Elected Councillor\tStephen Taylor\tSouth Derbyshire District Council',
  'Support Team Officer\tSue Haslett\tPartnership Support Team',
  'Team Members\tIan Duckmanton\tPartnership Support Team',
  '\tKaren Talbot\tPartnership Support Team',
  '\tPhil Marriott\tPartnership Support Team',
  '\tSue Grief\tPartnership Support Team',
  '\tPC Dee Hornblower\tSwadlincote Police',
  '\tJamie Walker\tDerbyshire Fire Service and Rescue',
  '\tStuart Batchelor\tSouth Derbyshire District Council',
  '\tLesley Reece\tDerbyshire County Council',
  '\t\tPerformance Management',
  '\t\tYouth Engagement',
  '\t\tEnforcement',
  '\t\tCommunity Engagement',
  '\t\tFear of Crime',
  '\t\tEducation Liaison',
  '\t\tFire Prevention',
  '\t\tEnvironmental Issues',
  '\t\tCommunity Safety',
  '',
  'Anti-social Behaviour Action Plan',
  '',
  '- * Community reassurance & fear of crime related action',
  '',
  'No\tACTION\tLEAD\tTARGET\tTIMESCALE\tStatus',
  '<p>Objectives:</p> <ul style="list-style-type: none"> • To reduce criminal damage by 16% by 2007/08. • To reduce secondary fires by 5% by 2007/08. • To reduce the extent to which residents think anti-social behaviour by 10% by 2007/08 • To reduce Police calls for service by 10% by 2007/08 • To reduce the number of South Derbyshire residents feeling a bit or very unsafe when alone in their home at night to 8% by 2007/08 • To reduce those South Derbyshire residents feeling a bit or very unsafe when traveling alone on public transport to 25% by 2007/08 <p>Performance Indicators:</p> <ul style="list-style-type: none"> • Incidents of criminal damage • Incidents of secondary fires • Police calls for service • Citizens Panel • British Crime Survey \t\t\t\t\t',
  '<p>Next Review Date: Review annually, next review 2006</p>\t\t\t\t\t',
  '<p>The Anti-social Behaviour Action Plan has 4 areas of work:</p> <ol style="list-style-type: none"> 1. Information & Data Sharing 2. Prevention and Education 3. Enforcement 4. Working in and with communities \t\t\t\t\t',
  '<p>1. Information & Data Sharing</p>\t\t\t\t\t',
  '1.1\tTo establish an incident management system.\tSue Haslett Partnership Support Team\tSystem in place\tAugust 2005\t',
  '1.2\tTo produce an information pack for complainants outlining the services available.\tSue Haslett Partnership Support Team\tPack produced\tApril 2006\t',
  '',
  '1.3\tTo carry out a feasibility study into establishing a reporting hotline\tSue Haslett Partnership Support Team\tStudy completed\tSeptember 2005\t',
  '\t\t\tRecommendations implemented\tMarch 2006\t',
  '2.\tPrevention & Education\t\t\t\t',
  '2.1\tTo facilitate & evaluate School Safety Day events in South Derbyshire\tKaren Talbot Partnership Support Team\t3 events held\tJune 2005\t',
  '2.2\tTo establish a Public Open Spaces Working Group and address issues identified\tChris Mason SDDC\tEvaluation complete Group established\tSeptember 2005 April 2005\t',
];

export interface PasteOptions {
  /** How Excel holds "11%": a percent cell (0.11) or the text as typed. */
  percent?: 'cell' | 'text';
  /** Excel (en-GB) may turn "2004/05" into the date 01/05/2004 on paste. */
  periodsAsDates?: boolean;
  /** Rows above the section (title rows), to move everything down. */
  offsetRows?: number;
  /** Columns to the left of the paste. */
  offsetCols?: number;
}

/** One pasted cell: numbers become numbers, "11%" a percent cell or text, the rest text. */
export function pastedCell(text: string, o: PasteOptions): CellValue {
  const t = text.trim();
  if (t === '') return null;
  if (/^\d+$/.test(t)) return Number(t);
  const pct = /^(\d+)%$/.exec(t);
  if (pct) return o.percent === 'text' ? t : Number(pct[1]) / 100;
  const fy = /^(\d{4})\/(\d{2})$/.exec(t);
  if (fy && o.periodsAsDates && Number(fy[2]) === (Number(fy[1]) + 1) % 100) return new Date(Date.UTC(Number(fy[1]), Number(fy[2]) - 1, 1));
  return text;
}

export function seed001Grid(o: PasteOptions = {}, sheet = 'Action plan'): Grid {
  const rows: CellValue[][] = [];
  for (let i = 0; i < (o.offsetRows ?? 0); i++) rows.push(i === 0 ? ['South Derbyshire Crime & Disorder Reduction Partnership'] : []);
  for (const line of SEED001_TARGET_LINES) {
    const cells = line === '' ? [] : line.split('\t').map((c) => pastedCell(c, o));
    rows.push([...Array<CellValue>(o.offsetCols ?? 0).fill(null), ...cells]);
  }
  return makeGrid(sheet, rows);
}

/** The row (1-based) of the line that starts with the given text, in seed001Grid with no offset. */
export function seedRow(startsWith: string): number {
  const i = SEED001_TARGET_LINES.findIndex((l) => l.startsWith(startsWith));
  if (i < 0) throw new Error(`no line starts with ${startsWith}`);
  return i + 1;
}
