/**
 * The words that tell a person from an agency, team or role. One vocabulary for the whole product:
 * the structure step (splitting leads) and de-personalisation both read it, so they cannot drift.
 *
 * There is deliberately no list of given names: a person is recognised by the shape of their
 * name (see split.ts), so names from any tradition count. Place words are kept apart from agency
 * words because many are also surnames (Hart, Derby, North): a place word never stops a name, it
 * only moves to the agency when the name is already long enough ("Andy Smith Derby Division").
 */

function set(words: string): ReadonlySet<string> {
  return new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.toLowerCase()),
  );
}

/** Words that make a phrase an agency, team or role. A name never contains one. */
export const AGENCY_WORDS: ReadonlySet<string> = set(`
  police constabulary council borough district county city parish authority authorities service services trust
  nhs pct ccg icb probation crc nps yot yos fire rescue frs hfrs ambulance cdrp csp daat dat bdbc hcc sddc dcc hdc rbc
  cvs ndc bcu ocu opcc pcc snh asb ppo dip marac mappa rspca gmps
  housing homes association education schools school college university health hospital social children children's
  adult adults youth victim victims support trading standards licensing environmental environment care community
  communities safety partnership partnerships neighbourhood neighbourhoods neighborhood watch crimestoppers addaction
  breakout team teams unit units department dept division directorate group groups forum board panel network scheme
  project projects office centre center agency agencies partners partner all commercial development regeneration
  planning protection wellbeing public reassurance communications family families drug drugs alcohol action actions
  transport british railway railways next step domestic abuse violence dv analyst analysts specialist special branch
  emergency safer stronger crime crimes disorder reduction prevention enforcement intelligence offending offender
  offenders justice criminal rehabilitation integrated management strategic strategy performance engagement
  safeguarding vulnerable substance misuse sexual hate anti-social behaviour behavior local policing operations
  operational central home office crown prosecution citizens advice jobcentre job plus highways england wales
  women's womens aid sure start sport sports leisure culture cultural arts library libraries parks street streets
  lighting waste cleansing registered landlords landlord tenancy tenants residents business businesses chamber commerce
  retail pub pubs watch shop shops victim's witness witnesses court courts magistrates tribunal prison prisons
  mental learning disability disabilities diversity equality inclusion faith faiths church mosque temple
  voluntary sector statutory multi-agency interagency steering working sub-group subgroup committee executive
  borough's council's
  officer officers manager managers coordinator coordinators co-ordinator co-ordinators inspector sergeant constable
  superintendent chief head director commander consultant physician advisor adviser worker workers lead leads leader
  leaders chair chairs chairperson member members clerk administrator assistant deputy senior principal practitioner
  practitioners nurse nurses warden wardens acso acso's acsos pcso pcsos cspo detective staff secretary liaison
  architectural representative rep reps admin volunteer volunteers caseworker caseworkers consultation analyst
  coordination co-ordination controller controllers ranger rangers mentor mentors counsellor counsellors
  teacher teachers head's headteacher headteachers governor governors
`);

/**
 * Place words: counties, cities and towns, and the compass words that begin place names. They may
 * also be surnames, so they never stop a name (see split.ts). Extend through the Agencies sheet.
 */
export const PLACE_WORDS: ReadonlySet<string> = set(`
  north south east west northern southern eastern western greater upper lower mid central royal new old great little
  derbyshire derby derbys hampshire cumbria basingstoke deane rushmoor hart swadlincote yorkshire sheffield rotherham
  barnsley doncaster leeds bradford manchester liverpool birmingham london nottingham nottinghamshire leicester
  leicestershire lincoln lincolnshire staffordshire stafford stoke cheshire lancashire lancaster merseyside
  northumberland durham cleveland teesside tyne wear newcastle sunderland gateshead cornwall devon dorset somerset
  wiltshire gloucestershire gloucester oxfordshire oxford berkshire buckinghamshire bedfordshire hertfordshire essex
  kent surrey sussex norfolk suffolk cambridgeshire cambridge northamptonshire northampton warwickshire worcestershire
  herefordshire shropshire rutland humberside hull york bristol bath exeter plymouth southampton portsmouth brighton
  aldershot farnborough winchester reading slough luton peterborough norwich ipswich coventry wolverhampton walsall
  dudley sandwell solihull salford stockport oldham rochdale bolton bury wigan trafford tameside wirral sefton
  knowsley st helens cardiff swansea newport wrexham gwent dyfed powys gwynedd glamorgan clwyd anglesey
  westminster camden hackney islington lambeth southwark lewisham greenwich croydon barnet ealing brent harrow
  hillingdon hounslow richmond kingston merton sutton bromley bexley havering redbridge newham enfield haringey
  waltham forest tower hamlets wandsworth hammersmith fulham kensington chelsea thames valley mercia avon
  humber pennine peak dales derwent trent severn mersey midlands uk britain
`);

/** Titles and ranks that come before a person's name. */
export const PERSON_TITLES: ReadonlySet<string> = set(`
  pc wpc pcso spc ps sgt sergeant di dc ds dci dsi dsu insp inspector ch chief supt superintendent cllr councillor
  dr mr mrs ms miss mx prof professor sir dame lord lady rev revd reverend lt lieutenant col colonel major capt captain
  det detective con constable brig brigadier gen general cpl corporal
`);

/**
 * Titles that make the next capitalised word a person in free text, whoever it is ("DS Smith",
 * "Insp. Jones", "Ms Patel"). Written as the plan writes them; matched with their own capital.
 */
export const TEXT_TITLES: readonly string[] = [
  'PC',
  'WPC',
  'PCSO',
  'SPC',
  'DC',
  'DS',
  'DI',
  'DCI',
  'DSI',
  'DSU',
  'Sgt',
  'Sergeant',
  'Insp',
  'Inspector',
  'Supt',
  'Superintendent',
  'Cllr',
  'Councillor',
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Prof',
  'Professor',
  'Rev',
  'Revd',
  'Reverend',
  'Sir',
  'Dame',
  'Det',
  'Detective',
  'Constable',
  'Lt',
  'Lieutenant',
  'Col',
  'Colonel',
  'Capt',
  'Captain',
];

/** Lower-case particles inside a name ("Jan van der Berg", "Fatima bint Saleh"): never a name alone. */
export const PARTICLES: ReadonlySet<string> = set(`
  van von de der den da di du del della dela la le bin binti bint ibn ben bat al el ap ab ni ní nic ó ui uí mac mc
  o y dos das do ter ten zu af av st
`);

/** Honours and degrees written after a name ("Lieutenant Colonel C J Baines MBE"). */
export const POSTNOMINALS: ReadonlySet<string> = set(`
  mbe obe cbe kbe dbe qpm kpm bem jp dl qc kc phd msc ma ba bsc llb mp mep rn frcp frcs jr sr
`);

/** Months, weekdays and seasons: capitalised words that are not names in free text (May and June are given names too, so they do not stop a name in a lead). */
export const CALENDAR_WORDS: ReadonlySet<string> = set(`
  january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter
`);

export function bare(word: string): string {
  return word
    .toLowerCase()
    .replace(/^[("'‘“]+|[.,;:()"'’”]+$/g, '')
    .replace(/’/g, "'");
}

/** An agency or role word ("Police", "Team", "CDRP"); place words are not, see isPlaceWord. */
export function isAgencyWord(word: string): boolean {
  const b = bare(word);
  return AGENCY_WORDS.has(b) || AGENCY_WORDS.has(b.replace(/'s$/, ''));
}

export function isPlaceWord(word: string): boolean {
  return PLACE_WORDS.has(bare(word));
}

export function isTitleWord(word: string): boolean {
  // Police ranks carry a prefix for chief, detective, acting or temporary: "C/Supt.", "D/Insp", "T/Sgt", "A/DCI".
  return PERSON_TITLES.has(
    word
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^[acdt]\//, ''),
  );
}

/**
 * Surnames that are also everyday words. Alone and written in lower case ("young people", "the
 * north", "green spaces") they are read as the word, not the person; with a capital they are
 * removed like any other surname.
 */
export const COMMON_WORD_SURNAMES: ReadonlySet<string> = set(`
  young old green white black brown grey gray wood woods hill hills lane park field fields north south east west
  hall king long short little rose may price bush church cross stone marsh moss bell bird fox lamb mason baker cook
  cooper turner walker hunter fisher taylor smith wright ward page rich sharp strong sweet wise best good hope joy
  faith grace will mark bishop chamber chambers bridge bridges ford pool brook brooks banks bank rivers burns
  day night summer winter spring march may june august hart derby
`);
