import { parseIsoDay, todayUtc } from '../taskpane/office/today';

/** Workbench settings from the page's query string, for demos and tests. */
export interface WorkbenchParams {
  /** ?today=2005-11-30: the date overdue is judged against. */
  today: Date;
  todayFixed: boolean;
  /** ?api=1.7: pretend to be an Excel with only this requirement set. */
  apiVersion: string;
  /** ?theme=dark|light, else the system's. */
  theme?: 'dark' | 'light';
  /** ?live=200: debounce of live re-checking, ms. */
  liveDelayMs?: number;
  /** ?pane=320: the task pane's width in px (Excel's pane is 320-350 px wide), 360 by default. */
  paneWidth: number;
}

export function readParams(search: string, now: Date = new Date()): WorkbenchParams {
  const q = new URLSearchParams(search);
  const fixed = parseIsoDay(q.get('today'));
  const theme = q.get('theme');
  const live = Number(q.get('live'));
  const pane = Number(q.get('pane'));
  return {
    today: fixed ?? todayUtc(now),
    todayFixed: !!fixed,
    apiVersion: /^1\.\d+$/.test(q.get('api') ?? '') ? q.get('api')! : '1.17',
    theme: theme === 'dark' || theme === 'light' ? theme : undefined,
    liveDelayMs: Number.isFinite(live) && live > 0 ? live : undefined,
    paneWidth: Number.isInteger(pane) && pane >= 280 && pane <= 800 ? pane : 360,
  };
}
