/**
 * Leads are split by the product's one person/agency splitter (src/core/people), which
 * de-personalisation uses too, so what structure calls a person is what the export removes.
 */
export { splitLead } from '../people/split';
export type { LeadSplit, LeadOptions } from '../people/split';
