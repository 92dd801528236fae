/** The status vocabulary of model.md, and BRAG colours. */
export const STATUSES = ['Not started', 'On track', 'At risk', 'Off track', 'Complete', 'Cancelled'] as const;
export type Status = (typeof STATUSES)[number];

export type Brag = 'blue' | 'green' | 'amber' | 'red';

export const STATUS_BRAG: Readonly<Record<Status, Brag | null>> = {
  'Not started': null,
  'On track': 'green',
  'At risk': 'amber',
  'Off track': 'red',
  Complete: 'blue',
  Cancelled: null,
};

/** Fill and font colours used wherever a BRAG status is shown (sheet specs, task pane). */
export const BRAG_COLOURS: Readonly<Record<Brag, { fill: string; font: string }>> = {
  blue: { fill: '#BDD7EE', font: '#1F3864' },
  green: { fill: '#C6EFCE', font: '#006100' },
  amber: { fill: '#FFEB9C', font: '#7F6000' },
  red: { fill: '#FFC7CE', font: '#9C0006' },
};

export function isStatus(s: string): s is Status {
  return (STATUSES as readonly string[]).includes(s);
}

/** Statuses that end an action: never overdue. */
export function isClosed(s: Status | null): boolean {
  return s === 'Complete' || s === 'Cancelled';
}
