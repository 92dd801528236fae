/// <reference types="office-js" />
import type { Capabilities } from '../connector/excel-types';

/** The requirement set the manifest asks for; later sets are checked feature by feature. */
export const MINIMUM_EXCEL_API = '1.8';

/** Where the pane finds itself: inside Excel, inside another Office app, or a plain browser tab. */
export type Environment = { kind: 'excel'; platform: string; capabilities: Capabilities } | { kind: 'other-host'; host: string } | { kind: 'no-office' };

/** Whether this Excel can run SaferPlan at all; null when it can, else the sentence to show. */
export function missingRequirement(caps: Capabilities): string | null {
  if (caps.isSetSupported('ExcelApi', MINIMUM_EXCEL_API)) return null;
  return `This version of Excel is too old for SaferPlan: it needs the Excel JavaScript API ${MINIMUM_EXCEL_API} (Excel 2019, Microsoft 365 or Excel on the web).`;
}

interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: { requirements?: Capabilities };
}

/**
 * Waits for office.js (loaded from Microsoft's CDN in taskpane.html). When the script did not load
 * or never says it is ready (the page was opened in a browser), says so instead of hanging.
 */
export async function detectEnvironment(office: OfficeLike | undefined, timeoutMs = 5000): Promise<Environment> {
  if (!office || typeof office.onReady !== 'function') return { kind: 'no-office' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ready = await Promise.race([office.onReady(), new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)))]).finally(() => clearTimeout(timer));
  if (!ready || !ready.host) return { kind: 'no-office' };
  const host = String(ready.host);
  if (host !== 'Excel') return { kind: 'other-host', host };
  const requirements = office.context?.requirements;
  return {
    kind: 'excel',
    platform: String(ready.platform ?? ''),
    capabilities: { isSetSupported: (name, version) => (requirements ? requirements.isSetSupported(name, version) : false) },
  };
}
