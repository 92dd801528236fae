/**
 * People of many naming traditions, for the splitter's and de-personalisation's tests. Built here,
 * not taken from a list the code knows: the code has no list of given names, so every one of these
 * must be recognised by its shape alone. Surnames include words that are also places (Hart, Derby,
 * North, Lincoln), which must not stop a name.
 */
import fc from 'fast-check';

export interface TestPerson {
  title: string | null;
  given: string;
  middle: string | null;
  surname: string;
}

export const GIVEN = [
  // English, Welsh, Scottish, Irish
  'Helen',
  'Dave',
  'Gwenllian',
  'Iain',
  'Siobhan',
  'Aoife',
  'Tadhg',
  'Eilidh',
  'Rhodri',
  // Polish, Lithuanian, Romanian, Ukrainian, Czech, Hungarian
  'Wojciech',
  'Małgorzata',
  'Žygimantas',
  'Ioana',
  'Oleksandr',
  'Jiří',
  'Zsófia',
  // West and East African, Somali, Eritrean
  'Amara',
  'Chukwuemeka',
  'Oluwaseun',
  'Kwabena',
  'Abimbola',
  'Wanjiru',
  'Faadumo',
  'Tesfaye',
  // Arabic, Kurdish, Turkish, Persian
  'Fatima',
  'Abdulrahman',
  'Nawroz',
  'Gülşen',
  'Mehmet',
  'Shirin',
  // South Asian
  'Balwinder',
  'Priyanka',
  'Sundararajan',
  'Mohammed',
  'Nusrat',
  'Harpreet',
  // East and South-East Asian
  'Wei',
  'Xiaoming',
  'Thi',
  'Minh',
  'Ji-woo',
  'Haruto',
  'Siriporn',
  // Iberian, Italian, French, Greek, German, Dutch, Nordic
  'José',
  'Conceição',
  'Giuseppe',
  'Anne-Sophie',
  'Eleftheria',
  'Jürgen',
  'Sjoerd',
  'Ástríður',
  // Caribbean, Roma, Jewish, Chinese-Malaysian
  'Shaquille',
  'Esmeralda',
  'Yitzchak',
  'Mei-Ling',
];

export const SURNAMES = [
  'Boocock',
  "O'Neill",
  'O’Brien',
  'Ní Bhriain',
  'Mac Giolla',
  'McAllister',
  'ap Rhys',
  'Lee-Ferguson',
  'Okafor',
  'Kowalski',
  'Wiśniewska',
  'Kazlauskas',
  'Popescu',
  'Shevchenko',
  'Dvořák',
  'Nagy',
  'Adeyemi',
  'Nwachukwu',
  'Mensah',
  'Kamau',
  'Warsame',
  'Haile',
  'al-Rashid',
  'bin Salleh',
  'Yılmaz',
  'Hosseini',
  'Barzani',
  'Sandhu',
  'Chatterjee',
  'Ramanathan',
  'Begum',
  'Khan',
  "D'Souza",
  'Zhang',
  'Nguyen',
  'Park',
  'Tanaka',
  'Wongsakul',
  'García Márquez',
  'da Silva',
  'Esposito',
  'de la Cruz',
  'Papadopoulou',
  'Müller',
  'van der Berg',
  'Sigurðardóttir',
  'Campbell',
  'Lovell',
  'Goldberg',
  'Teo',
  // surnames that are also place or compass words
  'Hart',
  'Derby',
  'North',
  'Lincoln',
  'Kent',
  'York',
  'Chester',
  'West',
  'Sheffield',
  'London',
];

export const TITLES = ['PC', 'DS', 'Sgt', 'Insp.', 'Cllr', 'Mr', 'Mrs', 'Ms', 'Dr', 'Chief Inspector', 'PCSO'];

/** Agencies and roles written after a person, as leads are. */
export const AGENCIES = [
  'Probation',
  'Housing',
  'Community Safety Team',
  'Swadlincote Police',
  'Derby Division',
  'South Yorkshire Police',
  'CDRP',
  'SDDC Housing',
  'Youth Offending Team',
  'Safer Sheffield Partnership',
  'Derbyshire County Council',
  'Victim Support',
  'Trading Standards',
  'Fire & Rescue Service',
  'NHS Trust',
  'Anti-Social Behaviour Team',
];

export const personArb: fc.Arbitrary<TestPerson> = fc.record({
  title: fc.option(fc.constantFrom(...TITLES), { freq: 3 }),
  given: fc.constantFrom(...GIVEN),
  middle: fc.option(fc.constantFrom(...GIVEN, 'J.', 'C'), { freq: 2 }),
  surname: fc.constantFrom(...SURNAMES),
});

/** The name as a lead cell writes it: title, given, middle, surname. */
export function fullName(p: TestPerson): string {
  return [p.title, p.given, p.middle, p.surname].filter(Boolean).join(' ');
}
