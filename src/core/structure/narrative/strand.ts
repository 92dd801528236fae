/**
 * The strand of a narrative activity, from its own words. Each strand has the words that name it;
 * the strand is the one whose words the activity uses most. When no strand's words appear, or two
 * strands tie, the strand is left empty: a wrong strand is worse than none.
 */
export const STRANDS = ['Prevention', 'Education', 'Enforcement', 'Intelligence', 'Diversion', 'Support'] as const;
export type Strand = (typeof STRANDS)[number];

const WORDS: Record<Strand, RegExp[]> = {
  Prevention: [
    /\bprevent(s|ing|ion|ative|ive)?\b/,
    /\bdeter(s|ring|rence)?\b/,
    /\bdesign(ing)? out\b/,
    /\bsecur(e|ing) (derelict|vacant|premises|properties|homes)\b/,
    /\btarget harden/,
    /\bearly interventions?\b/,
    /\bsafeguard/,
  ],
  Education: [
    /\beducat(e|es|ing|ion|ional)\b/,
    /\b(?:rais(?:e|es|ing) )?awareness\b/,
    /\bcampaigns?\b/,
    /\bschools?\b/,
    /\btraining\b/,
    /\binform(ing)? (residents|the public|communities|young people)\b/,
  ],
  Enforcement: [
    /\benforc(e|es|ing|ement)\b/,
    /\bpowers\b/,
    /\bprosecut/,
    /\btest purchas/,
    /\bcrackdown\b/,
    /\barrests?\b/,
    /\bclosure orders?\b/,
    /\binjunctions?\b/,
    /\bsanctions?\b/,
    /\bpublic (place|space) (protection )?orders?\b/,
    /\bdispersal\b/,
    /\basbos?\b/,
    /\bcbos?\b/,
    /\blicensing (review|conditions|powers)\b/,
  ],
  Intelligence: [
    /\bintelligence\b/,
    /\bdata\b/,
    /\banalys(is|e|ing)\b/,
    /\binformation[- ]sharing\b/,
    /\bshare information\b/,
    /\bsharing information\b/,
    /\bmapping\b/,
    /\bhotspots?\b/,
    /\bprofil(e|es|ing)\b/,
    /\brisk assessments?\b/,
  ],
  Diversion: [/\bdivert(s|ing)?\b/, /\bdiversion(ary)?\b/, /\bpositive activities\b/, /\byouth (activities|provision|clubs?)\b/],
  Support: [
    /\bvictims?\b/,
    /\bsurvivors?\b/,
    /\bvulnerable\b/,
    /\btreatment\b/,
    /\brehabilitat/,
    /\bmentor(s|ing)?\b/,
    /\bcounsell?ing\b/,
    /\brefer(ral|rals|red)?\b/,
    /\bsupport (for|to) (victims|families|people|individuals|offenders|those)\b/,
    /\b(housing|accommodation)\b/,
    /\brecovery\b/,
  ],
};

/** Counts of each strand's words in the text. */
export function strandScores(text: string): Record<Strand, number> {
  const t = text.toLowerCase();
  const out = {} as Record<Strand, number>;
  for (const s of STRANDS) out[s] = WORDS[s].reduce((n, re) => n + (t.match(new RegExp(re.source, 'g'))?.length ?? 0), 0);
  return out;
}

/** The one strand the words point to, or null when none does or two tie. */
export function strandOf(text: string): Strand | null {
  const scores = strandScores(text);
  let best: Strand | null = null;
  let tie = false;
  for (const s of STRANDS) {
    if (scores[s] === 0) continue;
    if (!best || scores[s] > scores[best]) {
      best = s;
      tie = false;
    } else if (scores[s] === scores[best]) tie = true;
  }
  return tie ? null : best;
}
