import { detectEnvironment, missingRequirement } from '../../src/taskpane/office/environment';
import { chooseTheme, luminance } from '../../src/taskpane/office/theme';
import { parseIsoDay, todayUtc } from '../../src/taskpane/office/today';

const caps = (max: number) => ({ isSetSupported: (name: string, v: string) => name === 'ExcelApi' && Number(v.split('.')[1]) <= max });

describe('where the pane runs', () => {
  it('no office.js at all: a plain browser', async () => {
    expect(await detectEnvironment(undefined)).toEqual({ kind: 'no-office' });
  });

  it('office.js that never becomes ready (opened outside Office) times out to no-office', async () => {
    const office = { onReady: () => new Promise<never>(() => undefined) };
    expect(await detectEnvironment(office, 20)).toEqual({ kind: 'no-office' });
  });

  it('another Office application', async () => {
    expect(await detectEnvironment({ onReady: async () => ({ host: 'Word', platform: 'PC' }) })).toEqual({ kind: 'other-host', host: 'Word' });
  });

  it('Excel, with its requirement sets', async () => {
    const env = await detectEnvironment({ onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }), context: { requirements: caps(9) } });
    expect(env.kind).toBe('excel');
    if (env.kind !== 'excel') return;
    expect(env.platform).toBe('OfficeOnline');
    expect(missingRequirement(env.capabilities)).toBeNull();
  });

  it('an Excel without ExcelApi 1.8 is told so in words', () => {
    expect(missingRequirement(caps(7))).toMatch(/too old for SaferPlan.*1\.8/);
  });
});

describe('theme', () => {
  it('follows Office when it gives a background, else the system', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(chooseTheme('#262626', false)).toBe('dark');
    expect(chooseTheme('#FFFFFF', true)).toBe('light');
    expect(chooseTheme(undefined, true)).toBe('dark');
    expect(chooseTheme('not a colour', false)).toBe('light');
  });
});

describe('today', () => {
  it('is the local calendar day at UTC midnight', () => {
    expect(todayUtc(new Date(2005, 10, 30, 23, 59)).toISOString()).toBe('2005-11-30T00:00:00.000Z');
  });
  it('parses ?today= and refuses impossible dates', () => {
    expect(parseIsoDay('2005-11-30')?.toISOString()).toBe('2005-11-30T00:00:00.000Z');
    expect(parseIsoDay('2005-02-30')).toBeNull();
    expect(parseIsoDay('30/11/2005')).toBeNull();
  });
});
