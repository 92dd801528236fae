import { Body1Strong, Button, Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { formatDateUK } from '../core/grid';
import { capabilitiesOf, excelRunOf, FakeExcel, FakeWorkbookJson } from '../excel/fake';
import { ExcelConnector } from '../taskpane/connector/excel-connector';
import { downloadFile } from '../taskpane/export/download';
import { xlsxBytes } from '../taskpane/export/new-workbook';
import { NoticeBoard } from '../taskpane/notices';
import { missingRequirement } from '../taskpane/office/environment';
import { NotInExcel } from '../taskpane/ui/NotInExcel';
import { Pane } from '../taskpane/ui/Pane';
import { typedValue } from './cell-edit';
import { GridView } from './GridView';
import { loadFile, loadSample } from './load';
import type { WorkbenchParams } from './params';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateRows: 'auto 1fr', height: '100%', background: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: '12px',
    padding: '6px 12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    background: tokens.colorNeutralBackground1,
  },
  spacer: { flexGrow: 1 },
  dev: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
  main: { display: 'grid', minHeight: 0 },
  grid: { minWidth: 0, minHeight: 0, padding: '4px' },
  pane: { borderLeft: `1px solid ${tokens.colorNeutralStroke1}`, overflowY: 'auto', minHeight: 0 },
  hiddenInput: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' },
});

let loads = 0;

interface Loaded {
  id: number;
  fake: FakeExcel;
  connector: ExcelConnector;
  notices: NoticeBoard;
  name: string;
}

function open(json: FakeWorkbookJson, params: WorkbenchParams, redraw: () => void): Loaded {
  const fake = FakeExcel.fromJson(json, { apiVersion: params.apiVersion });
  fake.onRequest = redraw;
  const notices = new NoticeBoard();
  const connector = new ExcelConnector({
    run: excelRunOf(fake),
    capabilities: capabilitiesOf(fake),
    onNotice: notices.add,
    newWorkbook: {
      label: 'Download as a new workbook',
      open: async (specs, fileName) => downloadFile(fileName, await xlsxBytes(specs), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    },
  });
  return { id: ++loads, fake, connector, notices, name: json.name ?? 'workbook.xlsx' };
}

/** The real task pane beside a plain view of an in-memory workbook: SaferPlan without Excel. */
export function Workbench({ params }: { params: WorkbenchParams }) {
  const s = useStyles();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const frame = useRef(0);
  const redraw = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setVersion((v) => v + 1));
  }, []);
  const fileInput = useRef<HTMLInputElement>(null);
  const today = useMemo(() => () => params.today, [params.today]);

  const use = useCallback(
    async (get: () => Promise<FakeWorkbookJson>) => {
      setProblem(null);
      try {
        setLoaded(open(await get(), params, redraw));
      } catch (e) {
        setProblem(e instanceof Error ? e.message : String(e));
      }
    },
    [params, redraw],
  );
  useEffect(() => {
    void use(loadSample);
  }, [use]);

  const onEdit = (sheet: string, address: string, text: string, remote: boolean) => {
    if (!loaded) return;
    // The in-memory Excel raises onChanged to the pane, as Excel does for a typed edit.
    loaded.fake.edit(sheet, address, typedValue(text), remote ? 'Remote' : 'Local');
    redraw();
  };

  const missing = loaded ? missingRequirement(capabilitiesOf(loaded.fake)) : null;
  return (
    <div className={s.page}>
      <header className={s.top}>
        <Body1Strong as="h1" style={{ margin: 0, fontSize: '16px' }}>
          SaferPlan workbench
        </Body1Strong>
        <Caption1>The real task pane on an in-memory Excel. {loaded ? `Workbook: ${loaded.name}.` : 'Loading\u2026'}</Caption1>
        <Button size="small" onClick={() => fileInput.current?.click()}>
          Open an .xlsx workbook
        </Button>
        <input
          ref={fileInput}
          className={s.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="Choose an .xlsx workbook"
          tabIndex={-1}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void use(() => loadFile(f));
            e.target.value = '';
          }}
        />
        <Button size="small" appearance="subtle" onClick={() => void use(loadSample)}>
          Reload the sample
        </Button>
        <span className={s.spacer} />
        <Caption1>
          Today: {formatDateUK(params.today)}
          {params.todayFixed ? ' (fixed)' : ''}
        </Caption1>
        <Caption1 className={s.dev} title="Round trips (context.sync calls) the add-in made to the in-memory Excel" data-testid="syncs">
          ExcelApi {params.apiVersion} · syncs {loaded?.fake.syncCount ?? 0}
        </Caption1>
      </header>
      {problem && (
        <MessageBar intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.main} style={{ gridTemplateColumns: `minmax(0, 1fr) ${params.paneWidth}px` }}>
        <div className={s.grid}>{loaded && <GridView fake={loaded.fake} version={version} touched={redraw} onEdit={onEdit} />}</div>
        <aside className={s.pane} aria-label="SaferPlan task pane">
          {loaded &&
            (missing ? (
              <NotInExcel reason="too-old" detail={missing} />
            ) : (
              <Pane key={loaded.id} connector={loaded.connector} today={today} todayFixed={params.todayFixed} notices={loaded.notices} liveDelayMs={params.liveDelayMs} />
            ))}
        </aside>
      </div>
    </div>
  );
}
