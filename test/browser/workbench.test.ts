/**
 * The real task pane in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core;
 * never a downloaded browser), on the workbench's in-memory Excel loaded with the bundled sample.
 * Screenshots go to test-artifacts/browser/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startWorkbenchServer, type WorkbenchServer } from '../../src/workbench/server/serve';
import { POLICE_UK } from '../support/shared';
import { ARTIFACTS, buildWorkbench, initialScripts } from './build';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = path.join(ARTIFACTS, 'browser');
const TODAY = '2005-11-30';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`Skipping the browser tests: ${CHROMIUM} does not exist (apt-get install chromium).`);
const describeBrowser = hasChromium ? describe : describe.skip;

describeBrowser('task pane in headless Chromium (workbench)', () => {
  let dir: string;
  let server: WorkbenchServer;
  let context: BrowserContext;
  let profile: string;
  let page: Page;

  beforeAll(async () => {
    dir = buildWorkbench();
    server = await startWorkbenchServer({ root: dir });
    await fetch(`${server.url}/api/workbook`); // warm the server's .xlsx reader: its start-up is not the pane's
    profile = mkdtempSync(path.join(os.tmpdir(), 'saferplan-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS, headless: true, viewport: { width: 1280, height: 860 } });
    // Nothing leaves the machine: office.js's CDN and anything else off localhost is refused.
    await context.route('**/*', (route) => (route.request().url().startsWith(server.url) ? route.continue() : route.abort()));
    mkdirSync(SHOTS, { recursive: true });
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const pane = () => page.getByRole('complementary', { name: 'SaferPlan task pane' });
  const status = () => pane().getByTestId('status');
  const gridSheet = () => page.locator('table[data-sheet]');

  it('opens quickly, with a small initial script', async () => {
    const { gzipBytes, files } = initialScripts(dir, 'taskpane.html');
    // The task pane page itself (outside Excel it renders its explanation as soon as its script runs).
    const p0 = await context.newPage();
    await p0.goto(`${server.url}/taskpane.html`);
    await p0.getByRole('heading', { name: 'SaferPlan', level: 1 }).waitFor();
    const paneTti = await p0.evaluate(() => performance.now());
    await p0.close();
    await page.goto(`${server.url}/workbench.html?today=${TODAY}&live=150`);
    await pane().getByRole('button', { name: 'Structure', exact: true }).waitFor();
    const tti = await page.evaluate(() => performance.now());
    console.log(`task pane initial JS: ${files.join(', ')} = ${(gzipBytes / 1024).toFixed(1)} KB gzip; task pane rendered after ${paneTti.toFixed(0)} ms; workbench (pane + sample workbook) interactive after ${tti.toFixed(0)} ms`);
    expect(gzipBytes).toBeLessThan(300 * 1024);
    expect(paneTti).toBeLessThan(1000);
    expect(tti).toBeLessThan(1000);
    await expect(pane().getByRole('heading', { name: 'SaferPlan', level: 1 }).isVisible()).resolves.toBe(true);
    for (const name of ['Structure', 'Validate', 'Trajectories', 'Build summary', 'Export']) expect(await pane().getByRole('button', { name, exact: true }).isEnabled()).toBe(true);
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Targets 2005-06', 'ASB Action Plan']);
    await shot('01-start');
  });

  it('Structure writes an Actions sheet with the 19 actions, shown in the grid', async () => {
    await pane().getByRole('button', { name: 'Structure', exact: true }).click();
    await status().getByText(/19 actions and 13 targets found/).waitFor();
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Targets 2005-06', 'ASB Action Plan', 'Actions', 'Targets', 'Progress', 'Issues']);
    await page.getByRole('tab', { name: 'Actions' }).click();
    await page.locator('table[data-sheet="Actions"]').waitFor();
    expect(await page.locator('td[data-cell="A1"]').textContent()).toBe('Ref');
    const refs = await page.locator('td[data-cell^="A"]').allTextContents();
    expect(refs.filter((r) => /^\d+\.\d+$/.test(r))).toHaveLength(19);
    expect(await page.locator('td[data-cell="A21"]').count()).toBe(0);
    await shot('02-structure');
  });

  it('Validate lists findings by sheet: three overdue actions and the drugs offences milestone', async () => {
    await pane().getByRole('button', { name: 'Validate', exact: true }).click();
    await status().getByText(/0 errors and 4 warnings/).waitFor();
    const groups = pane().getByRole('group');
    expect(await groups.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))).toEqual(['Sheet ASB Action Plan: 3 warnings', 'Sheet Targets 2005-06: 1 warning']);
    const asb = await pane().getByRole('group', { name: /ASB Action Plan/ }).getByRole('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label')));
    expect(asb).toHaveLength(3);
    expect(asb[0]).toMatch(/^Warning, sheet ASB Action Plan, cell E36: Action 2\.2 .*was due 30\/09\/2005/);
    expect(asb.every((l) => /overdue|was due/.test(l ?? ''))).toBe(true);
    const targets = await pane().getByRole('group', { name: /Targets 2005-06/ }).getByRole('button').getAttribute('aria-label');
    expect(targets).toMatch(/^Warning, sheet Targets 2005-06, cell D73: drugs offences/);
    await shot('03-validate');
  });

  it('clicking a finding goes to its cell in the grid', async () => {
    await pane().getByRole('button', { name: /cell E49/ }).click();
    await page.locator('table[data-sheet="ASB Action Plan"] td[data-cell="E49"][aria-selected="true"]').waitFor();
    expect(await page.getByRole('tab', { selected: true }).textContent()).toBe('ASB Action Plan');
    await status().getByText('Went to ASB Action Plan, cell E49.').waitFor();
    await shot('04-finding-selected');
  });

  it('keyboard only: Tab reaches every button of the pane, and Enter on a finding goes to it', async () => {
    const expected = await pane().locator('button:not([disabled])').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent));
    await pane().getByRole('heading', { level: 1 }).click();
    const reached: string[] = [];
    for (let i = 0; i < expected.length + 5; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a && a.closest('aside') && a.tagName === 'BUTTON' ? a.getAttribute('aria-label') ?? a.textContent : null;
      });
      if (name) reached.push(name);
    }
    expect(new Set(reached)).toEqual(new Set(expected));
    await pane().getByRole('button', { name: /cell D73/ }).focus();
    await page.keyboard.press('Enter');
    await page.locator('table[data-sheet="Targets 2005-06"] td[data-cell="D73"][aria-selected="true"]').waitFor();
  });

  it('a co-author\u2019s edit refreshes the findings by itself, without writing', async () => {
    // An officer marks action 2.2 Complete on the Actions sheet, as partners do in a shared workbook.
    await page.getByRole('tab', { name: 'Actions' }).click();
    // Wait for the Actions sheet itself: under load the previous sheet can still be on screen.
    const actions = page.locator('table[data-sheet="Actions"]');
    await actions.waitFor();
    const refs = await actions.locator('td[data-cell^="A"]').allTextContents();
    const row = refs.indexOf('2.2') + 1;
    expect(row).toBeGreaterThan(1);
    expect(await actions.locator(`td[data-cell="L${row}"]`).textContent()).toBe('Off track');
    await actions.locator(`td[data-cell="L${row}"]`).click();
    await page.getByLabel(new RegExp(`Value of Actions L${row}`)).fill('Complete');
    await page.getByLabel('as a co-author').check();
    const tabs = await page.getByRole('tab').allTextContents();
    await page.getByRole('button', { name: 'Enter', exact: true }).click();
    await status().getByText(/Findings updated after a co-author\u2019s edit: 3 warnings/).waitFor();
    expect(await pane().getByRole('button', { name: /cell E36/ }).count()).toBe(0);
    expect(await page.getByRole('tab').allTextContents()).toEqual(tabs);
    await page.getByLabel('as a co-author').uncheck();
  });

  it('Build summary writes every generated sheet', async () => {
    await pane().getByRole('button', { name: 'Build summary', exact: true }).click();
    await status().getByText(/Wrote Summary, Actions, Targets, Progress, Trajectories, Data sharing, Issues, About/).waitFor();
    const tabs = await page.getByRole('tab').allTextContents();
    for (const t of ['Summary', 'Actions', 'Targets', 'Progress', 'Trajectories', 'Data sharing', 'Issues', 'About']) expect(tabs).toContain(t);
    expect(tabs.filter((t) => t === 'Actions')).toHaveLength(1);
    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.locator('table[data-sheet="Summary"]').waitFor();
    expect(await gridSheet().textContent()).toMatch(/overdue/i);
    await shot('05-build');
  });

  it('Export loads its panel on demand and adds the Data sharing sheet', async () => {
    await pane().getByRole('button', { name: 'Export', exact: true }).click();
    await pane().getByRole('heading', { name: 'Export in the uniform format' }).waitFor();
    await pane().getByRole('button', { name: 'Add Data sharing sheet' }).click();
    await status().getByText(/Wrote Data sharing and About: \d+ records in uniform format v1, de-personalised/).waitFor();
    await shot('06-export');
    const csv = page.waitForEvent('download');
    await pane().getByRole('button', { name: 'Download CSV' }).click();
    const csvFile = await (await csv).path();
    expect((await csv).suggestedFilename()).toBe(`saferplan-uniform-${TODAY}.csv`);
    expect(readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/^schema_version,/);
    // ExcelJS is fetched only now, for the new workbook.
    const xlsx = page.waitForEvent('download');
    await pane().getByRole('button', { name: 'Download as a new workbook' }).click();
    const bytes = readFileSync(await (await xlsx).path());
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    await status().getByText(/Download as a new workbook: done/).waitFor();
  });

  it('Export makes a partner return template for one agency, listing the plan\u2019s priorities', async () => {
    const make = pane().getByRole('button', { name: 'Make return template' });
    await make.click();
    await pane().getByText('Enter the agency the return is for.').waitFor();
    await pane().getByRole('textbox', { name: /Agency/ }).fill('Northtown Fire and Rescue');
    expect(await pane().getByText('Enter the agency the return is for.').count()).toBe(0);
    const download = page.waitForEvent('download');
    await make.click();
    expect((await download).suggestedFilename()).toBe('Northtown Fire and Rescue return.xlsx');
    const message = await status().getByText(/Download as a new workbook: done\. Return template for Northtown Fire and Rescue \(Northtown Fire and Rescue return\.xlsx\), asking about \d+ priorit/).textContent();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(await (await download).path()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Northtown Fire and Rescue']);
    const rows: unknown[][] = [];
    wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['AGENCY', 'Northtown Fire and Rescue']);
    const priorities = rows.filter((r) => r[0] === 'Priority').map((r) => r[1]);
    expect(priorities.length).toBe(Number(/asking about (\d+)/.exec(message ?? '')![1]));
    expect(priorities.length).toBeGreaterThan(0);
    expect(wb.definedNames.model).toEqual([]);
    await shot('06b-return-template');
  });

  it('Import police data: a wrong file is named; two months of street-level files go into Progress', async () => {
    // A plan with a criminal damage target over 2018/19 to 2020/21, opened in the workbench.
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Plan').addRows([
      ['Community Safety Plan 2018-21'],
      [],
      ['Criminal Damage - Strategic target to reduce criminal damage by 10% from 250 to 225 by 2020/21'],
      [],
      [null, '2018/19 Baseline', '2019/20', '2020/21 (Target)'],
      ['Crimes', 250, 238, 225],
    ]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    await page.getByLabel('Choose an .xlsx workbook').setInputFiles({ name: 'cdrp-plan.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: xlsx });
    await page.getByText('Workbook: cdrp-plan.xlsx.').waitFor();
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Plan']);

    await pane().getByRole('button', { name: 'Import police data', exact: true }).click();
    const files = pane().getByLabel('Street-level crime files (.csv)');
    await files.waitFor();
    expect(await files.getAttribute('accept')).toBe('.csv');
    expect(await files.evaluate((i) => (i as HTMLInputElement).multiple && document.activeElement === i)).toBe(true);

    // An outcomes file is not street-level: the import stops and says which file.
    await files.setInputFiles({ name: '2019-04-city-of-london-outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from('Crime ID,Month,Reported by,Falls within,Outcome type\nx,2019-04,a,b,c\n') });
    await pane().getByRole('button', { name: 'Import into Progress' }).click();
    await status().getByText('2019-04-city-of-london-outcomes.csv is not a data.police.uk street-level crime file.').waitFor();
    expect(await pane().getByText(/Its header has Outcome type and lacks Longitude, Latitude, Location, LSOA code and 4 more\. Choose the street-level crime files/).count()).toBe(1);
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Plan']);
    await shot('10-police-wrong-file');

    const months = ['2019-04', '2019-05'];
    const csvs = months.map((m) => path.join(POLICE_UK, `${m}-city-of-london-street.csv`));
    await files.setInputFiles(csvs);
    await pane().getByRole('button', { name: 'Import into Progress' }).click();
    const records = csvs.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).length - 1, 0);
    await status()
      .getByText(`Read ${records.toLocaleString('en-GB')} records for 2 months (Apr 2019 to May 2019) from 2 files. 2 months of police data (2019-04 to 2019-05; City of London Police); 3 Progress rows written. Wrote Targets and Progress.`)
      .waitFor();
    expect(await status().getByTestId('status-details').textContent()).toBe('T1 criminal damage <- Criminal damage and arson (default mapping)');
    expect(await pane().getByText(/outcomes\.csv is not/).count()).toBe(0);

    await page.getByRole('tab', { name: 'Progress' }).click();
    await page.locator('table[data-sheet="Progress"]').waitFor();
    const periods = await page.locator('table[data-sheet="Progress"] td[data-cell^="C"]').allTextContents();
    for (const [month, label] of [
      ['2019-04', 'Apr 2019'],
      ['2019-05', 'May 2019'],
    ]) {
      const expected = readFileSync(path.join(POLICE_UK, `${month}-city-of-london-street.csv`), 'utf8')
        .split('\n')
        .filter((l) => l.split(',')[9] === 'Criminal damage and arson').length;
      const row = periods.indexOf(label) + 1;
      expect(row).toBeGreaterThan(1);
      expect(await page.locator(`table[data-sheet="Progress"] td[data-cell="D${row}"]`).textContent()).toBe(String(expected));
      expect(await page.locator(`table[data-sheet="Progress"] td[data-cell="A${row}"]`).textContent()).toBe('T1');
    }
    const year = periods.indexOf('2019/20') + 1;
    expect(await page.locator(`table[data-sheet="Progress"] td[data-cell="F${year}"]`).textContent()).toMatch(/so far from 2 of 12 months \(Apr 2019 to May 2019\)/);
    await shot('11-police-data');
  });

  it('an Excel without ExcelApi 1.8 gets a clear message, not a broken pane', async () => {
    await page.goto(`${server.url}/workbench.html?today=${TODAY}&api=1.7`);
    await pane().getByText('This Excel cannot run SaferPlan').waitFor();
    expect(await pane().textContent()).toMatch(/needs the Excel JavaScript API 1\.8/);
    await shot('07-excel-too-old');
  });

  it('outside Excel the task pane explains itself and links to the workbench', async () => {
    const p2 = await context.newPage();
    await p2.goto(`${server.url}/taskpane.html`);
    await p2.getByText('SaferPlan runs inside Excel').waitFor({ timeout: 10_000 });
    expect(await p2.getByRole('link', { name: 'SaferPlan workbench' }).getAttribute('href')).toBe('workbench.html');
    await p2.setViewportSize({ width: 360, height: 640 });
    await p2.screenshot({ path: path.join(SHOTS, '08-not-in-excel.png') });
    await p2.close();
  });

  it('follows a dark theme', async () => {
    await page.goto(`${server.url}/workbench.html?today=${TODAY}&theme=dark`);
    await pane().getByRole('button', { name: 'Validate', exact: true }).click();
    await status().getByText(/4 warnings/).waitFor();
    const bg = await pane().locator('main').evaluate((m) => getComputedStyle(m).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(200);
    await shot('09-dark');
  });
});
