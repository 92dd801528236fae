/**
 * The gazetteer of agencies, roles, places and titles now lives in src/core/people/vocabulary.ts,
 * shared with de-personalisation. A user extends it in the workbook with a sheet named "Agencies".
 */
export { AGENCY_WORDS, PLACE_WORDS, PERSON_TITLES, isAgencyWord, isPlaceWord } from '../people/vocabulary';
