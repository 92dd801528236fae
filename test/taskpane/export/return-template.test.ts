import ExcelJS from 'exceljs';
import { readReturns, type ReturnPlan } from '../../../src/core/returns';
import { XlsxFileHost } from '../../../src/file/xlsx-host';
import { xlsxBytes } from '../../../src/taskpane/export/new-workbook';
import { cleanAgency, returnFileName, returnTemplateFor } from '../../../src/taskpane/export/return-template';

const PLAN: ReturnPlan = {
  partnership: 'Safer Northtown Partnership',
  priorities: ['Anti-social behaviour', 'Violent crime', 'Substance misuse'],
  period: '2009/10',
};

describe('partner return template in the task pane', () => {
  it('writes bytes that hold the agency and every priority, read back as an unanswered return', async () => {
    const template = returnTemplateFor(PLAN, '  Northtown   Fire and Rescue ')!;
    expect(template.agency).toBe('Northtown Fire and Rescue');
    expect(template.fileName).toBe('Northtown Fire and Rescue return.xlsx');
    const bytes = await xlsxBytes(template.specs);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Northtown Fire and Rescue']);
    const texts: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('Northtown Fire and Rescue');
    for (const p of PLAN.priorities) expect(texts).toContain(p);
    // The partner's workbook: no SaferPlan marks (defined names) on it.
    expect(wb.definedNames.model).toEqual([]);

    const grids = await (await XlsxFileHost.fromBuffer(Buffer.from(bytes))).readGrids();
    const { returns } = readReturns(grids, { priorities: PLAN.priorities });
    expect(returns).toHaveLength(1);
    expect(returns[0].agency).toBe('Northtown Fire and Rescue');
    expect(returns[0].complete).toBe(false);
    expect(returns[0].priorities.map((p) => [p.priority, p.status])).toEqual(PLAN.priorities.map((p) => [p, 'incomplete']));
  });

  it('has nothing to make when the plan names no priorities', () => {
    expect(returnTemplateFor({ ...PLAN, priorities: [] }, 'Police')).toBeNull();
  });

  it('refuses an empty agency', () => {
    expect(cleanAgency(' \t ')).toBe('');
    expect(() => returnTemplateFor(PLAN, '   ')).toThrow(/agency/);
  });

  it('names the file after the agency, without characters file systems refuse', () => {
    expect(returnFileName('Youth Offending Service / YOT')).toBe('Youth Offending Service YOT return.xlsx');
    expect(returnFileName('"Police": East?')).toBe('Police East return.xlsx');
    expect(returnFileName('***')).toBe('Partner return.xlsx');
  });
});
