/**
 * The words that tell the parts of a narrative plan apart. Extend these lists, not the reader.
 */

/** "Contents" and the entries of a contents list ("Introduction\t4", "Violent crime ....... 8"). */
export const CONTENTS_HEADING = /^(table of )?contents?$/i;
export const CONTENTS_ENTRY = /(\t|\.{3,}|\u2026|\s{2,})\s*\d{1,3}\s*$/;

/** The sentence that opens the plan's list of priorities: "The priorities for Carlisle and Eden ... are:". */
export const PRIORITY_LIST_INTRO = /\bpriorit(y|ies)\b[^.]*(\b(are|is|will be|were|include|includes|remain|being)\b\s*:?|:)\s*$/i;

/**
 * Where a priority's name in a list item ends and its description starts: a dash or colon, "including
 * ...", a capitalised "To ..." mid-line ("Anti social behaviour To incorporate ..."), or a bracket that
 * opens a description ("(including ...)"), not an abbreviation such as "(VAWG)".
 */
export const NAME_ENDS: readonly RegExp[] = [
  /\s+[-\u2013\u2014:]\s+/,
  /,?\s+(?:including|incorporating|to include|to incorporate|with (?:a|particular) focus on|focusing on)\b/i,
  /(?<=[a-z])\s+(?=To [a-z])/,
  /\s+\((?=[a-z][a-z ]{3,})/,
];

/** "Priority 1:", "Strategic priority 2 –", "Theme 3." before a section heading's name. */
export const PRIORITY_PREFIX = /^(?:strategic\s+)?(?:priority|priority area|theme|commitment|key commitment)\s*(?:\d+|one|two|three|four|five|six|seven|eight|[a-h])?\s*[:.\u2013\u2014-]\s*/i;

/** Aim lines: "Aim - To reduce ...", "Objective 2 – ...", "Our aim is to ...". */
export const AIM_LINE =
  /^(?:our\s+|the\s+)?(?:overall\s+|strategic\s+|key\s+)?(?:aims?|objectives?|goals?|outcomes?)\s*(?:\d{1,2}|one|two|three|four|five)?\s*(?:[:\u2013\u2014-]|is\s+(?=to\b)|are\s+(?=to\b))\s*/i;
/** An aim given as a heading on its own line, with the aim on the next. */
export const AIM_HEADING = /^(?:our\s+|the\s+)?(?:overall\s+|strategic\s+|key\s+)?(?:aims?|objectives?|goals?|outcomes?)\s*:?$/i;

/** Headings of the parts of a plan that are never a priority's section. */
export const NOT_A_PRIORITY =
  /^(?:\d+\.?\s*)?(?:foreword|preface|introduction|background|contents|purpose|purpose of (?:the|this) (?:plan|strategy)|developing (?:the|this) (?:plan|strategy)|community engagement|consultation|(?:the |our )?priorities|(?:the |our )?strategic priorities|monitoring.*|governance.*|performance.*|delivery arrangements|delivering (?:the|this) (?:plan|strategy)|tackling the priorities|emerging issues|other issues|conclusions?|summary|executive summary|appendix.*|annex.*|glossary|contacts?.*|further information|funding|resources|next steps|equality.*|(?:the )?strategic assessment|legislation|statutory.*|(?:the )?partnership|membership|structure|review|vision|our vision|national context|local context|context|key achievements|achievements.*|progress.*|what is the .*|who we are|about (?:us|the partnership))\s*:?$/i;

/** Sub-headings inside a priority's section ("What we will do", "Key actions", "Why is this a priority?"). */
export const SUB_HEADING =
  /^(?:what (?:we|the partnership) (?:will|are going to|intend to) do|what will (?:we|the partnership) do|how (?:we|the partnership) will.*|key (?:actions|activities|tasks|deliverables)|(?:headline |planned |our )?(?:actions|activities)|our (?:response|approach|commitments?)|we will:?|delivery|priorities for action|actions? (?:for|in) .*|what we know|what the (?:data|evidence) (?:tells|says|shows).*|why .*|where are we now.*|where (?:do )?we want to be.*|measures?|indicators?|measuring success|how will (?:we|success) .*|outcomes?|aims?|objectives?)\s*:?$/i;

/** Headings after which the priorities' sections are over, when the plan lists its priorities. */
export const ENDS_SECTIONS =
  /^(?:\d+\.?\s*)?(?:emerging issues|other issues|monitoring.*|governance.*|performance management.*|delivery arrangements|conclusions?|appendix.*|annex.*|glossary|contacts?.*|further information|funding|resources|next steps|equality.*|consultation|community engagement|review|(?:the )?strategic assessment)\s*:?$/i;

/** A commitment sentence: "We will ...", "The Partnership will ...", "Carlisle and Eden CDRP will ...". */
export const WILL_SENTENCE =
  /\b(?:we|partners|(?:the\s+)?(?:[\w&'\u2019-]+\s+){0,4}?(?:partnership|cdrp|csp|board|task ?group|group|partners))\s+(?:will|shall|intends?\s+to|are\s+going\s+to)\b(?!\s+not\b)/i;

/** The paragraph before a list, when the list is facts, not activities ("The data shows:", "Success will look like:"). */
export const NOT_ACTIVITIES_INTRO =
  /\b(data|statistics|figures|facts|evidence|show(s|ed|n)?|tells us|found|findings|indicators?|measures?|measured|success|outcomes? (?:we|will)|we want to see|will look like|key issues|issues (?:are|include)|such as|defined as|definition|consists? of|(?:can|may) include|includes?|including|the following|examples?|types? of|members|membership|partners (?:are|include)|responsible authorities|priorities)\b/i;

/** Second-level list markers: points of the activity above, not activities of their own. */
export const SECOND_LEVEL = new Set(['o', '\u25E6', '\uF0A7', '\u25AA', '-', '\u2013']);
