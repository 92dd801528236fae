/** People and agencies: the one splitter and vocabulary that structure and de-personalisation share. */
export * from './vocabulary';
export * from './split';
