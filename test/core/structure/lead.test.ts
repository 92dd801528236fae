import fc from 'fast-check';
import { splitLead } from '../../../src/core/structure/lead';
import { isNameShaped, isPlaceWord, peopleInList, splitPersonAgency } from '../../../src/core/people';
import { AGENCIES, fullName, personArb } from '../share/names';

describe('one lead cell -> leadOfficer and leadAgency', () => {
  test.each([
    ['Amara Okafor Probation', 'Amara Okafor', 'Probation'],
    ['Wojciech Kowalski Housing', 'Wojciech Kowalski', 'Housing'],
    ['Siobhan Ni Bhriain, Community Safety Team', 'Siobhan Ni Bhriain', 'Community Safety Team'],
    ['Dave Hart Police', 'Dave Hart', 'Police'],
    ['Peter North Police', 'Peter North', 'Police'],
    ['Helen Boocock Probation', 'Helen Boocock', 'Probation'],
    ['Dave Simmonds CDRP Team', 'Dave Simmonds', 'CDRP Team'],
    ['PC Eileen Banton Swadlincote Police', 'PC Eileen Banton', 'Swadlincote Police'],
    ['Andy Smith Derby Division', 'Andy Smith', 'Derby Division'],
    ['Amara Okafor South Yorkshire Police', 'Amara Okafor', 'South Yorkshire Police'],
    ['Mary Ann Hart Derby Division', 'Mary Ann Hart', 'Derby Division'],
    ['Chief Inspector John Halfacre', 'Chief Inspector John Halfacre', null],
    ['Lieutenant Colonel C J Baines MBE', 'Lieutenant Colonel C J Baines MBE', null],
    ['Jan van der Berg Police', 'Jan van der Berg', 'Police'],
    ['Fatima al-Rashid Council', 'Fatima al-Rashid', 'Council'],
    ['DS Smith', 'DS Smith', null],
    ['Sharon Squires', 'Sharon Squires', null],
    ['Sgt Andy Wright Partnership Support Team Sgt Andy Wright Partnership Support Team', 'Sgt Andy Wright', 'Partnership Support Team'],
    ['Swadlincote Police Dee Hornblower', 'Dee Hornblower', 'Swadlincote Police'],
  ])('%s', (text, officer, agency) => {
    expect(splitLead(text)).toEqual({ leadOfficer: officer, leadAgency: agency });
  });

  test.each([
    'BDBC Licensing Team',
    'Community Safety Manager',
    'Chief Inspector',
    'Police District Partnership Inspector',
    'South Yorkshire Police',
    'Safer Sheffield Partnership',
    'Youth Offending Team',
    'Crown Prosecution Service',
    'Trident Housing',
    'Derbyshire Fire Service and Rescue',
    'BDBC Anti-Social Behaviour Officer',
    // A group named after its subject: the capitalised words name the body, not a person.
    'Building Resilience Working Group',
    'SSAG Building Resilience working group',
    'Reducing Reoffending Board',
  ])('%s names no person', (text) => {
    expect(splitLead(text)).toEqual({ leadOfficer: null, leadAgency: text });
  });

  test('"A /B" and "A / B" are two agencies', () => {
    const both = { leadOfficer: null, leadAgency: 'Sheffield City Council; South Yorkshire Police' };
    expect(splitLead('Sheffield City Council /South Yorkshire Police')).toEqual(both);
    expect(splitLead('Sheffield City Council / South Yorkshire Police')).toEqual(both);
  });

  test('a role before a dash is a role, not a person, and stays apart from the agency', () => {
    expect(splitLead('Consultation worker – GMPS')).toEqual({ leadOfficer: null, leadAgency: 'Consultation worker; GMPS' });
    expect(splitLead('Dave Hart – Police')).toEqual({ leadOfficer: 'Dave Hart', leadAgency: 'Police' });
  });

  test('a title still marks a person before a body word', () => {
    expect(splitLead('DS Smith Tasking Group').leadOfficer).toBe('DS Smith');
    expect(splitLead('Amara Okafor Probation').leadOfficer).toBe('Amara Okafor');
  });

  test('an agency from the workbook’s Agencies sheet ends a name', () => {
    expect(splitLead('Amara Okafor Hallam Outreach', { extraAgencies: ['Hallam Outreach'] })).toEqual({ leadOfficer: 'Amara Okafor', leadAgency: 'Hallam Outreach' });
  });
});

describe('name shapes', () => {
  test('names of many traditions are name-shaped; acronyms and lower-case words are not', () => {
    for (const t of ["O'Neill", 'O’Brien', 'McAllister', 'Lee-Ferguson', 'Ní', 'al-Rashid', 'Wiśniewska', 'Yılmaz', 'T.', 'C', 'Ji-woo', 'Đặng'])
      expect({ t, shaped: isNameShaped(t) }).toEqual({ t, shaped: true });
    for (const t of ['CDRP', 'SDDC', 'worker', "Derbys'", '2005', 'PCSOs']) expect({ t, shaped: isNameShaped(t) }).toEqual({ t, shaped: false });
  });

  test('a return’s NAME row lists its people', () => {
    expect(peopleInList('David Lipscombe, James Knight').map((p) => p.person)).toEqual(['David Lipscombe', 'James Knight']);
    expect(peopleInList('Community Safety Team Leaders')).toEqual([]);
  });

  test('property: any generated person before any agency splits into that person and that agency', () => {
    fc.assert(
      fc.property(personArb, fc.constantFrom(...AGENCIES), fc.constantFrom(' ', '\n', ', ', ' – '), (p, agency, sep) => {
        const name = fullName(p);
        // The splitter's one documented ambiguity: "Helen Mary North Swadlincote Police" (is North
        // the surname or part of the place?). Written on one line it goes to the agency.
        const ambiguous =
          sep === ' ' &&
          p.middle !== null &&
          isPlaceWord(p.surname) &&
          (isPlaceWord(agency.split(' ')[0]) || /^(Police|Constabulary|Council|County|City|Borough|District|Division|Fire|CCG|PCT|ICB|NHS|CVS|OCU|BCU)\b/.test(agency));
        fc.pre(!ambiguous);
        expect(splitLead(`${name}${sep}${agency}`)).toEqual({ leadOfficer: name, leadAgency: agency });
        expect(splitPersonAgency(name).person).toBe(name);
      }),
      { seed: 1212, numRuns: 600 },
    );
  });
});
