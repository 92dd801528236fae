import { Button, Caption1, Checkbox, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { a1, CellValue, cellText, columnLetters } from '../core/grid';
import type { FakeExcel } from '../excel/fake';
import { formatCell } from './cell-format';

/** The most of a sheet the grid draws; the rest is still in the workbook. */
const MAX_ROWS = 400;
const MAX_COLS = 30;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minWidth: 0, minHeight: 0, height: '100%' },
  tabs: { display: 'flex', flexWrap: 'wrap', gap: '2px', padding: '4px 4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  tab: {
    padding: '4px 10px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: 'none',
    borderRadius: '4px 4px 0 0',
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  tabActive: { background: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold },
  generated: { borderTop: `3px solid ${tokens.colorBrandStroke1}` },
  bar: { display: 'grid', gridTemplateColumns: '64px 1fr auto', gap: '6px', alignItems: 'center', padding: '6px 4px' },
  address: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, textAlign: 'center', padding: '4px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: '2px' },
  scroller: { overflow: 'auto', flexGrow: 1, border: `1px solid ${tokens.colorNeutralStroke2}`, background: tokens.colorNeutralBackground1 },
  table: { borderCollapse: 'collapse', fontSize: '12px', tableLayout: 'fixed' },
  head: {
    position: 'sticky',
    top: 0,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: 'normal',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '1px 4px',
    zIndex: 1,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: 'right',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '1px 4px',
    minWidth: '28px',
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '1px 4px',
    maxWidth: '180px',
    minWidth: '40px',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    color: tokens.colorNeutralForeground1,
    cursor: 'cell',
  },
  number: { textAlign: 'right' },
  selected: { outline: `3px solid ${tokens.colorPaletteRedBorderActive}`, outlineOffset: '-2px', background: tokens.colorPaletteYellowBackground2 },
  note: { padding: '4px', color: tokens.colorNeutralForeground3 },
});

export interface GridViewProps {
  fake: FakeExcel;
  /** Bumped after every change to the in-memory workbook, to redraw. */
  version: number;
  /** Redraw after the view itself changed the model (tab or cell picked). */
  touched(): void;
  /** A person typed into a cell (as Excel's UI would); remote: as if a co-author did. */
  onEdit(sheet: string, address: string, value: string, remote: boolean): void;
}

function shown(v: CellValue): string {
  return cellText(v);
}

/** A plain view of the in-memory workbook: sheet tabs, a formula bar to edit a cell, and the cells. */
export function GridView({ fake, version, touched, onEdit }: GridViewProps) {
  const s = useStyles();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the mutable fake's change counter: it is what makes dump() stale.
  const dump = useMemo(() => fake.dump(), [fake, version]);
  const model = fake.model;
  const active = model.sheets.find((x) => x.id === model.activeSheetId && !x.deleted && x.visibility === 'Visible') ?? model.sheets.find((x) => !x.deleted && x.visibility === 'Visible');
  const sheet = dump.sheets.find((x) => x.name === active?.name) ?? dump.sheets[0];
  const selection = model.selection && !model.selection.sheet.deleted && model.selection.sheet.name === sheet?.name ? model.selection.ref : null;
  const selAddress = selection ? a1(selection.top, selection.left) : null;
  const selValue = selection && sheet ? shown(sheet.values[selection.top - 1]?.[selection.left - 1] ?? null) : '';
  const [draft, setDraft] = useState(selValue);
  const [remote, setRemote] = useState(false);
  useEffect(() => setDraft(selValue), [selAddress, selValue, sheet?.name]);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selAddress) return;
    scroller.current?.querySelector(`[data-cell="${selAddress}"]`)?.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selAddress, sheet?.name, version]);

  const generated = new Set(dump.names.filter((n) => n.name.startsWith('SaferPlan_')).map((n) => /^=?'?(.*?)'?!/.exec(n.formula)?.[1]?.replace(/''/g, "'")));
  if (!sheet) return <Caption1 className={s.note}>The workbook has no visible sheets.</Caption1>;
  const rows = sheet.values.slice(0, MAX_ROWS);
  const cols = Math.min(MAX_COLS, Math.max(1, ...rows.map((r) => r.length)));

  const pick = (row: number, col: number) => {
    if (active) model.selection = { sheet: active, ref: { top: row, left: col, bottom: row, right: col } };
    touched();
  };

  return (
    <section className={s.root} aria-label="Workbook">
      <div className={s.tabs} role="tablist" aria-label="Sheets">
        {dump.sheets
          .filter((x) => x.visibility === 'Visible')
          .map((x) => {
            const m = model.sheets.find((y) => y.name === x.name && !y.deleted);
            return (
              <button
                key={x.name}
                type="button"
                role="tab"
                aria-selected={x.name === sheet.name}
                className={mergeClasses(s.tab, x.name === sheet.name && s.tabActive, generated.has(x.name) && s.generated)}
                title={generated.has(x.name) ? 'Written by SaferPlan' : 'Your sheet'}
                onClick={() => {
                  if (m) model.activeSheetId = m.id;
                  touched();
                }}
              >
                {x.name}
              </button>
            );
          })}
      </div>
      <form
        className={s.bar}
        onSubmit={(e) => {
          e.preventDefault();
          if (selAddress) onEdit(sheet.name, selAddress, draft, remote);
        }}
      >
        <span className={s.address} aria-label="Selected cell">
          {selAddress ?? '\u2014'}
        </span>
        <Input
          value={draft}
          onChange={(_, d) => setDraft(d.value)}
          disabled={!selAddress}
          aria-label={selAddress ? `Value of ${sheet.name} ${selAddress}; press Enter to change it` : 'Select a cell to edit it'}
          placeholder="Select a cell, type, press Enter"
        />
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <Checkbox checked={remote} onChange={(_, d) => setRemote(!!d.checked)} label="as a co-author" />
          <Button type="submit" size="small" disabled={!selAddress}>
            Enter
          </Button>
        </div>
      </form>
      <div className={s.scroller} ref={scroller}>
        <table className={s.table} aria-label={`Sheet ${sheet.name}`} data-sheet={sheet.name}>
          <thead>
            <tr>
              <th className={s.head} />
              {Array.from({ length: cols }, (_, c) => (
                <th key={c} scope="col" className={s.head}>
                  {columnLetters(c + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                <th scope="row" className={s.rowHead}>
                  {r + 1}
                </th>
                {Array.from({ length: cols }, (_, c) => {
                  const v = row[c] ?? null;
                  const address = a1(r + 1, c + 1);
                  const isSel = address === selAddress;
                  const text = formatCell(v, sheet.numberFormats[r]?.[c]);
                  return (
                    <td
                      key={c}
                      data-cell={address}
                      aria-selected={isSel || undefined}
                      className={mergeClasses(s.cell, typeof v === 'number' && s.number, isSel && s.selected)}
                      title={text.length > 20 ? text : undefined}
                      onClick={() => pick(r + 1, c + 1)}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Caption1 className={s.note}>
        {sheet.values.length > MAX_ROWS || cols === MAX_COLS ? `Showing the first ${MAX_ROWS} rows and ${MAX_COLS} columns. ` : ''}
        {sheet.tables.length ? `Tables: ${sheet.tables.map((t) => `${t.name} (${t.range})`).join(', ')}. ` : ''}
        {sheet.charts.length ? `Charts: ${sheet.charts.map((c) => c.title || c.name).join('; ')}.` : ''}
      </Caption1>
    </section>
  );
}
