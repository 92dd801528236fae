/** UK periods (financial years, quarters, months, terms) and action timescales. */
export { parsePeriod, nextPeriod, periodsBetween, periodContaining } from './period';
export type { Period, PeriodKind } from './period';
export { parseTimescale } from './timescale';
export type { TimescaleResult, TimescaleContext, Recurrence } from './timescale';
export { financialYear, fyQuarter, monthPeriod, termPeriod, calendarYearPeriod, dayPeriod } from './kinds';
export type { TermName } from './kinds';
export { addDays, isIsoDate, parseIso, toIso } from './calendar';
export { datesInText } from './in-text';
export type { DatesInText } from './in-text';
