import { Button, Caption1, Divider, Link, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, Switch, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CommandResult } from '../../core/app/commands';
import type { WorkOptions } from '../../core/host/workbook-host';
import type { Finding } from '../../core/plan';
import type { ChangeEvent, CommandName, Connector } from '../connector/connector';
import { isNothingDone } from '../connector/nothing-done';
import { LiveValidation } from '../live/live-validation';
import type { NoticeBoard } from '../notices';
import { describeError, isAbort } from './errors';
import { countWords } from './findings';
import { FindingsList } from './FindingsList';
import { JobToolbar } from './JobToolbar';
import { ProgressPanel } from './ProgressPanel';
import { count, listWords } from '../../core/words';

const ExportPanel = lazy(() => import(/* webpackChunkName: "export" */ './ExportPanel'));
const PolicePanel = lazy(() => import(/* webpackChunkName: "police" */ './PolicePanel'));

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '0 12px 12px',
    minHeight: '100%',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
    background: tokens.colorNeutralBackground2,
  },
  brand: {
    display: 'flex',
    alignItems: 'center',
    gap: '8px',
    margin: '0 -12px',
    padding: '8px 12px',
    background: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  brandName: { flexGrow: 1, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  primary: { display: 'flex', flexDirection: 'column', gap: '6px' },
  build: { width: '100%' },
  explain: { color: tokens.colorNeutralForeground2 },
  others: { display: 'flex', flexDirection: 'column', gap: '2px' },
  live: { color: tokens.colorNeutralForeground2 },
  details: { margin: '4px 0 0', paddingLeft: '18px' },
  srOnly: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

/** A job of product.md; Build does Structure, Validate and Trajectories as well. */
export type JobId = CommandName | 'police' | 'export';

const RUNNING_LABEL: Record<CommandName, string> = {
  structure: 'Structuring the plan',
  validate: 'Checking the plan',
  trajectories: 'Working out trajectories',
  build: 'Building the committee summary',
};

const DONE_TITLE: Record<CommandName, string> = {
  structure: 'Plan structured',
  validate: 'Plan checked',
  trajectories: 'Trajectories worked out',
  build: 'Committee summary built',
};

/** The sheet each job's result opens at: its most useful sheet, if it wrote it. */
const OPENS: Record<CommandName, RegExp | null> = { build: /^Summary/, structure: /^Actions/, trajectories: /^Trajectories/, validate: null };

export interface PaneProps {
  connector: Connector;
  /** Today, for what is overdue (the workbench can fix it). */
  today: () => Date;
  /**
   * True when `today` is a date fixed for the session (the workbench's ?today=): the Summary's As at
   * cell then holds that date. Otherwise it holds =TODAY() and its counts move on by themselves.
   */
  todayFixed?: boolean;
  /** Debounce for live re-checking after edits, in ms. */
  liveDelayMs?: number;
  /** What the host left out on this Excel (features from later requirement sets). */
  notices?: NoticeBoard;
  /** The help page shipped with the add-in. */
  helpUrl?: string;
}

/** What a job tells the pane when it is done. */
export interface JobOutcome {
  findings: Finding[];
  /** 'warning' when the job wrote something but not all that was asked (police counts with none for Progress). */
  intent?: 'success' | 'warning';
  /** What was done, one short title: "Committee summary built". */
  title: string;
  /** What was written, in a sentence. */
  body: string;
  details?: string[];
  /** A sheet to offer to open, and whether to go there at once. */
  open?: { sheet: string; now: boolean };
}

/** Runs a job with the pane's progress bar, cancel and outcome. Panels (police data) use it for their own work; resolves to true when the job did something. */
export type RunJob = (label: string, job: JobId, work: (o: WorkOptions) => Promise<JobOutcome>) => Promise<boolean>;

interface Outcome {
  intent: 'success' | 'warning' | 'error' | 'info';
  title: string;
  body: string;
  details?: string[];
  open?: string;
}

interface Running {
  label: string;
  fraction: number;
  message: string;
  controller: AbortController;
  cancelling: boolean;
}

/** Findings about a chosen file (a .csv), not a sheet of this workbook: there is no cell to go to. */
function isFileFinding(f: Finding): boolean {
  return /\.csv$/i.test(f.sheet);
}

/** A command's result in the pane's words. */
export function commandOutcome(name: CommandName, r: CommandResult): JobOutcome {
  const found = `${count(r.plan.actions.length, 'action')} and ${count(r.plan.targets.length, 'target')} found; ${countWords(r.findings)}.`;
  const wrote = r.written.length ? ` Wrote ${listWords(r.written)}.` : ' Nothing was written.';
  const sheet = OPENS[name] && r.written.find((w) => OPENS[name]!.test(w));
  return { findings: r.findings, title: DONE_TITLE[name], body: `${found}${wrote}`, open: sheet ? { sheet, now: name === 'build' } : undefined };
}

/** The task pane: one primary job (the committee summary), the others beside it, and honest outcomes. */
export function Pane({ connector, today, todayFixed = false, liveDelayMs, notices, helpUrl = 'help.html' }: PaneProps) {
  const s = useStyles();
  const [running, setRunning] = useState<Running | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [importNotes, setImportNotes] = useState<Finding[] | null>(null);
  const [current, setCurrent] = useState<Finding | null>(null);
  const [panel, setPanel] = useState<'police' | 'export' | null>(null);
  const [personal, setPersonal] = useState(false);
  const [liveOn, setLiveOn] = useState(false);
  const [summarySheet, setSummarySheet] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [leftOut, setLeftOut] = useState<string[]>([]);
  const [announce, setAnnounce] = useState('');
  useEffect(() => notices?.subscribe(setLeftOut), [notices]);
  const findingsShown = useRef(false);
  findingsShown.current = findings !== null;
  const summaryRef = useRef<string | null>(null);
  summaryRef.current = summarySheet;
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let alive = true;
    connector.generatedSheets().then(
      (g) => alive && g.Summary && setSummarySheet(g.Summary),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [connector]);

  const live = useMemo(
    () =>
      new LiveValidation({
        debounceMs: liveDelayMs,
        revalidate: async (changes: ChangeEvent[]) => {
          if (!findingsShown.current) return;
          const r = await connector.runCommand('validate', { today: today() });
          setFindings(r.findings);
          setCurrent(null);
          const who = changes.some((c) => c.source === 'Remote') ? 'a co-author\u2019s edit' : 'your edit';
          setAnnounce(`Findings updated after ${who}: ${countWords(r.findings)}.`);
        },
      }),
    [connector, today, liveDelayMs],
  );

  useEffect(() => {
    let alive = true;
    const onEdit = (c: ChangeEvent) => {
      live.onChange(c);
      // Edits to the plan, Actions or Progress leave the built Summary behind until it is rebuilt.
      if (summaryRef.current && c.worksheet !== summaryRef.current) setStale(true);
    };
    connector.watchChanges(onEdit).then(
      (ok) => alive && setLiveOn(ok),
      () => undefined,
    );
    return () => {
      alive = false;
      live.dispose();
    };
  }, [connector, live]);

  const openSheet = useCallback(
    async (sheet: string) => {
      try {
        await connector.selectCell(sheet, 'A1');
        setAnnounce(`Went to ${sheet}.`);
      } catch (e) {
        const shown = describeError(e, `going to ${sheet}`);
        setOutcome({ intent: 'error', title: shown.title, body: shown.advice });
      }
    },
    [connector],
  );

  const runJob: RunJob = useCallback(
    async (label, job, work) => {
      const controller = new AbortController();
      setOutcome(null);
      notices?.clear();
      setRunning({ label, fraction: 0, message: 'Starting', controller, cancelling: false });
      setAnnounce(`${label}\u2026`);
      try {
        const r = await live.whileCommand(() =>
          work({
            signal: controller.signal,
            onProgress: (fraction, message) => setRunning((x) => (x ? { ...x, fraction, message } : x)),
          }),
        );
        if (job === 'police') setImportNotes(r.findings);
        else {
          setFindings(r.findings);
          setImportNotes(null);
        }
        setCurrent(null);
        if (job === 'build') {
          setStale(false);
          if (r.open) setSummarySheet(r.open.sheet);
        }
        setOutcome({ intent: r.intent ?? 'success', title: r.title, body: r.body, details: r.details, open: r.open?.sheet });
        setAnnounce(`${r.title}. ${r.body}`);
        if (r.open?.now) await openSheet(r.open.sheet);
        requestAnimationFrame(() => outcomeRef.current?.scrollIntoView?.({ block: 'nearest' }));
        return true;
      } catch (e) {
        let shown: Outcome;
        if (isAbort(e)) shown = { intent: 'info', title: 'Stopped', body: 'Nothing was written: the job stopped before any sheet changed, or after a whole sheet.' };
        else if (isNothingDone(e)) shown = { intent: 'warning', title: e.message, body: e.advice };
        else {
          const d = describeError(e, label.toLowerCase());
          shown = { intent: 'error', title: d.title, body: d.advice };
        }
        setOutcome(shown);
        setAnnounce(`${shown.title}. ${shown.body}`);
        return false;
      } finally {
        setRunning(null);
      }
    },
    [live, notices, openSheet],
  );

  const runCommand = (name: CommandName) =>
    runJob(RUNNING_LABEL[name], name, async (o) => commandOutcome(name, await connector.runCommand(name, { ...o, today: today(), ...(name === 'build' ? { personal, liveToday: !todayFixed } : {}) })));

  const onSelect = async (f: Finding) => {
    setCurrent(f);
    if (isFileFinding(f)) {
      setAnnounce(`That is about the file ${f.sheet}, not a sheet of this workbook.`);
      return;
    }
    try {
      await connector.selectCell(f.sheet, f.cell);
      setAnnounce(`Went to ${f.sheet}${f.cell ? ', cell ' + f.cell : ''}.`);
    } catch (e) {
      const shown = describeError(e, `going to ${f.sheet}`);
      setOutcome({ intent: 'error', title: shown.title, body: shown.advice });
    }
  };

  const busy = !!running;
  return (
    <main className={s.root} aria-busy={busy ? 'true' : 'false'}>
      <div className={s.brand}>
        <img src="assets/icon-32.png" width={20} height={20} alt="" />
        <Text className={s.brandName}>SaferPlan</Text>
        <Link href={helpUrl} target="_blank" rel="noopener">
          Help
        </Link>
      </div>

      <section className={s.primary} aria-label="Committee summary">
        <Button appearance="primary" size="large" className={s.build} disabled={busy} onClick={() => void runCommand('build')} aria-describedby="build-explain" data-job="build">
          Build committee summary
        </Button>
        <Caption1 id="build-explain" className={s.explain}>
          Reads your plan and writes the Summary with charts, Actions, Targets, Trajectories and Data sharing beside your sheets. Your own sheets are not changed.
        </Caption1>
        <Switch checked={personal} onChange={(_, d) => setPersonal(d.checked)} label="Name lead officers in Data sharing" disabled={busy} />
        {personal && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              The workbook will hold personal data: lead officers&rsquo; names go into the Data sharing sheet. Share it only as your information sharing agreement allows.
            </MessageBarBody>
          </MessageBar>
        )}
      </section>

      <div className={s.others}>
        <Caption1 id="other-jobs">Or one step at a time:</Caption1>
        <JobToolbar
          labelledBy="other-jobs"
          disabled={busy}
          jobs={[
            { id: 'structure', label: 'Structure' },
            { id: 'validate', label: 'Check' },
            { id: 'trajectories', label: 'Trajectories' },
            { id: 'police', label: 'Police data', pressed: panel === 'police' },
            { id: 'export', label: 'Export', pressed: panel === 'export' },
          ]}
          onRun={(id) => {
            if (id === 'police' || id === 'export') setPanel((p) => (p === id ? null : id));
            else void runCommand(id as CommandName);
          }}
        />
      </div>

      {running && (
        <ProgressPanel
          label={running.label}
          fraction={running.fraction}
          message={running.message}
          cancelling={running.cancelling}
          onCancel={() => {
            running.controller.abort();
            setRunning((x) => (x ? { ...x, cancelling: true } : x));
          }}
        />
      )}

      <div role="status" aria-live="polite" aria-atomic="true" className={s.srOnly} data-testid="announce">
        {announce}
      </div>

      {outcome && (
        <div ref={outcomeRef} data-testid="outcome" data-intent={outcome.intent}>
          <MessageBar intent={outcome.intent} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{outcome.title}</MessageBarTitle> {outcome.body}
              {outcome.details && outcome.details.length > 0 && (
                <ul className={s.details} data-testid="outcome-details">
                  {outcome.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
            {outcome.open && (
              <MessageBarActions>
                <Button size="small" onClick={() => void openSheet(outcome.open!)}>
                  Open {outcome.open}
                </Button>
              </MessageBarActions>
            )}
          </MessageBar>
        </div>
      )}

      {stale && summarySheet && !busy && (
        <div data-testid="stale">
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{summarySheet} is out of date</MessageBarTitle> The workbook changed after it was built.
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={() => void runCommand('build')}>
                Rebuild
              </Button>
            </MessageBarActions>
          </MessageBar>
        </div>
      )}

      {leftOut.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This Excel cannot do everything SaferPlan offers</MessageBarTitle>
            {leftOut.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}

      {panel === 'police' && (
        <Suspense fallback={<Spinner size="tiny" label="Opening police data" />}>
          <PolicePanel connector={connector} today={today} busy={busy} onRun={runJob} onClose={() => setPanel(null)} />
        </Suspense>
      )}
      {panel === 'export' && (
        <Suspense fallback={<Spinner size="tiny" label="Opening export" />}>
          <ExportPanel
            connector={connector}
            today={today}
            onOutcome={(o) => {
              setOutcome(o);
              setAnnounce(`${o.title}. ${o.body}`);
            }}
            onClose={() => setPanel(null)}
          />
        </Suspense>
      )}

      {importNotes && importNotes.length > 0 && (
        <>
          <Divider />
          <FindingsList key="import" findings={importNotes} current={current} onSelect={onSelect} title="Notes from this import" />
        </>
      )}
      {findings && (
        <>
          <Divider />
          <FindingsList key={[...new Set(findings.map((f) => f.sheet))].join('|')} findings={findings} current={current} onSelect={onSelect} />
          {liveOn && <Caption1 className={s.live}>Findings refresh by themselves as you and co-authors edit the workbook.</Caption1>}
        </>
      )}
    </main>
  );
}

export type { Outcome };
