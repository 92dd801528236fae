/**
 * Words and phrases that name partnership agencies, teams and roles rather than people.
 * A user extends it in the workbook with a sheet or table named "Agencies" (one name per row).
 */
export const AGENCY_WORDS: ReadonlySet<string> = new Set(
  [
    // organisations and their short forms
    'police', 'constabulary', 'council', 'borough', 'district', 'county', 'city', 'parish', 'authority', 'service', 'services', 'trust',
    'nhs', 'pct', 'ccg', 'icb', 'probation', 'crc', 'nps', 'yot', 'yos', 'fire', 'rescue', 'frs', 'hfrs', 'ambulance', 'cdrp', 'csp', 'daat', 'dat',
    'bdbc', 'hcc', 'sddc', 'dcc', 'hdc', 'rbc', 'cvs', 'ndc', 'bcu', 'ocu', 'opcc', 'pcc', 'snh', 'asb', 'ppo', 'dip', 'marac', 'mappa', 'rspca',
    'housing', 'homes', 'association', 'education', 'schools', 'school', 'college', 'university', 'health', 'hospital', 'social', 'children',
    "children's", 'adult', 'adults', 'youth', 'victim', 'support', 'trading', 'standards', 'licensing', 'environmental', 'environment', 'care',
    'community', 'communities', 'safety', 'partnership', 'neighbourhood', 'neighborhood', 'watch', 'crimestoppers', 'addaction', 'breakout',
    'team', 'teams', 'unit', 'department', 'dept', 'division', 'directorate', 'group', 'forum', 'board', 'panel', 'network', 'scheme', 'project',
    'office', 'centre', 'center', 'agency', 'agencies', 'partners', 'all', 'commercial', 'development', 'regeneration', 'planning', 'protection',
    'wellbeing', 'public', 'reassurance', 'communications', 'family', 'drug', 'drugs', 'alcohol', 'action', 'transport', 'british', 'railway',
    'derbyshire', 'hampshire', 'cumbria', 'basingstoke', 'deane', 'derby', 'rushmoor', 'hart', 'swadlincote', 'north', 'south', 'east', 'west',
    'next', 'step', 'domestic', 'abuse', 'violence', 'dv', 'analyst', 'analysts', 'specialist', 'special', 'branch', 'emergency', 'department',
    // roles
    'officer', 'officers', 'manager', 'managers', 'coordinator', 'co-ordinator', 'inspector', 'sergeant', 'constable', 'superintendent',
    'chief', 'head', 'director', 'commander', 'consultant', 'physician', 'advisor', 'adviser', 'worker', 'workers', 'lead', 'leader', 'chair',
    'member', 'members', 'clerk', 'administrator', 'assistant', 'deputy', 'senior', 'principal', 'practitioner', 'nurse', 'warden', 'wardens',
    'acso', "acso's", 'acsos', 'pcso', 'pcsos', 'cspo', 'detective', 'staff', 'secretary', 'liaison', 'architectural',
  ].map((w) => w.toLowerCase()),
);

/** Titles that come before a person's name. */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  ['pc', 'wpc', 'ps', 'sgt', 'sergeant', 'di', 'dc', 'ds', 'dci', 'dsi', 'insp', 'inspector', 'ch', 'chief', 'supt', 'superintendent', 'cllr', 'councillor',
   'dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'revd', 'lt', 'col', 'colonel', 'major', 'capt', 'captain'].map((w) => w.toLowerCase()),
);

/** Common British given names: a person's name in a lead cell starts with one (or with a title). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'aaron adam adrian aidan alan alana alex alexander alexandra alice alison allan amanda amy andrea andrew andy angela angie anita ann anna anne annette ' +
    'anthony antony barbara barry bev beverley bill bob brenda brian bruce carl carla carol caroline carrie catherine cath charles charlie charlotte ' +
    'chris christine christopher claire clare colin craig dan daniel danny darren dave david dawn dean debbie deborah debra dee denise derek diane ' +
    'donna doug douglas duncan eileen elaine eleanor elizabeth ellen emily emma eric fiona frances francis frank gail gareth gary gavin gemma geoff ' +
    'geoffrey george georgina gill gillian glen gordon graham grant hannah harry hazel heather helen ian jack jackie jacqueline jacqui james jamie jane ' +
    'janet janice jason jayne jean jeff jennifer jenny jeremy jessica jill jim jo joan joanna joanne john jon jonathan joy judith judy julia julie ' +
    'justin karen kate katherine kath kathryn katie kay keith kelly ken kenneth kerry kevin kim kirsty laura lauren lee leslie lesley linda lindsay ' +
    'lisa liz lorraine louise lucy lynn lynne malcolm mandy margaret maria marie mark martin mary matt matthew maureen michael michelle mick mike min ' +
    'mo nathan neil nerys nick nicola nicholas nigel nina norman pam pamela pat patricia patrick paul paula pauline pete peter phil philip phillip ' +
    'rachel ray raymond rebecca richard rob robert robin roger ron ronald rosemary ross ruth ryan sally sam samantha sandra sarah scott sean sharon ' +
    'sheila shirley simon sophie stephanie stephen steve steven stuart sue susan suzanne teresa terry tim timothy toby tom tony tracey tracy trevor ' +
    'valerie vanessa vicky victoria vince wendy will william yvonne zoe balwinder jagdeep mohammed muhammad ahmed ali tariq priya raj sunita'
  ).split(' '),
);

export function isAgencyWord(word: string): boolean {
  return AGENCY_WORDS.has(word.toLowerCase().replace(/[.,;:()]/g, ''));
}
