/** RAG given by a cell's fill colour (issue #13): the core rule, and the fill read from an .xlsx. */
import ExcelJS from 'exceljs';
import { Grid } from '../../../src/core/grid';
import { statusOfFill } from '../../../src/core/structure/status';
import { structurePlan } from '../../../src/core/structure/structure';
import { readWorksheet } from '../../../src/file/read-grid';
import { buildGrid } from '../../fixtures/grid-builder';

describe('fill colours near red, amber, green and blue map to BRAG', () => {
  test.each([
    ['#FF0000', 'Off track'],
    ['#C00000', 'Off track'],
    ['#FFC000', 'At risk'],
    ['#FFFF00', 'At risk'],
    ['#ED7D31', 'At risk'],
    ['#00B050', 'On track'],
    ['#92D050', 'On track'],
    ['#0070C0', 'Complete'],
    ['#00B0F0', 'Complete'],
  ])('%s is %s', (hex, status) => expect(statusOfFill(hex)).toBe(status));

  test.each(['#FFFFFF', '#D9D9D9', '#000000', '#FDFEFD', '#7030A0', 'not a colour', null])('%s says nothing', (hex) => expect(statusOfFill(hex)).toBeNull());
});

const plan = (fills: (string | null)[][]): Grid => ({
  ...buildGrid('Sheet1', [
    ['Ref', 'Action', 'Lead', 'Timescale', 'RAG'],
    ['1', 'Street pastors', 'Police', 'March 2020', null],
    ['2', 'Youth outreach', 'Youth Service', 'March 2020', 'Green'],
    ['3', 'CCTV review', 'Council', 'March 2020', 'Red'],
  ]),
  fills,
});

describe('RAG from fill colour in structure', () => {
  test('a coloured RAG cell with no text gives the status; colour and text that disagree raise a finding', () => {
    const { plan: p } = structurePlan([plan([[], [null, null, null, null, '#FFC000'], [null, null, null, null, '#FF0000'], [null, null, null, null, '#FF0000']])]);
    expect(p.actions.map((a) => a.status)).toEqual(['At risk', 'On track', 'Off track']);
    const f = p.findings.filter((x) => x.code === 'status-fill-disagrees');
    expect(f.map((x) => [x.severity, x.cell])).toEqual([['warning', 'E3']]);
    expect(f[0].message).toContain('On track but the cell is coloured red');
  });

  test('without fills (a host that cannot read them) nothing changes', () => {
    const { plan: p } = structurePlan([plan([])].map(({ fills, ...g }) => g));
    expect(p.actions.map((a) => a.status)).toEqual([null, 'On track', 'Off track']);
  });
});

test('the .xlsx reader gives solid fills, blank cells included', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  ws.addRows([
    ['Action', 'Lead', 'RAG'],
    ['Street pastors', 'Police', null],
  ]);
  ws.getCell('C2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00B050' } };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const g = readWorksheet(back.getWorksheet('Plan')!, false);
  expect(g.fills?.[1]?.[2]).toBe('#00B050');
  expect(g.fills?.[0]?.[0]).toBe('#D9D9D9');
  expect(g.rows[1]).toEqual(['Street pastors', 'Police']);
  expect(structurePlan([g]).plan.actions[0].status).toBe('On track');
});
