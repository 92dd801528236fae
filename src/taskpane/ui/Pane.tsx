import { Button, Caption1, Divider, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Title3, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { WorkOptions } from '../../core/host/workbook-host';
import type { Finding } from '../../core/plan';
import type { ChangeEvent, CommandName, Connector } from '../connector/connector';
import { LiveValidation } from '../live/live-validation';
import type { NoticeBoard } from '../notices';
import { describeError, isAbort, ShownError } from './errors';
import { countWords } from './findings';
import { FindingsList } from './FindingsList';
import { Job, JobList } from './JobList';
import { ProgressPanel } from './ProgressPanel';

const ExportPanel = lazy(() => import(/* webpackChunkName: "export" */ './ExportPanel'));
const PolicePanel = lazy(() => import(/* webpackChunkName: "police" */ './PolicePanel'));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px', minHeight: '100%', boxSizing: 'border-box', color: tokens.colorNeutralForeground1, background: tokens.colorNeutralBackground2 },
  header: { display: 'flex', flexDirection: 'column', gap: '0' },
  title: { margin: 0 },
  toggle: { alignSelf: 'flex-start', minWidth: 0, padding: '0 4px', height: 'auto' },
  status: { minHeight: '1.2em', fontSize: tokens.fontSizeBase200 },
  live: { color: tokens.colorNeutralForeground3 },
  details: { margin: '2px 0 0', paddingLeft: '18px', color: tokens.colorNeutralForeground2 },
});

const RUNNING_LABEL: Record<CommandName, string> = {
  structure: 'Structuring the plan',
  validate: 'Checking the plan',
  trajectories: 'Working out trajectories',
  build: 'Building the summary',
};

export interface PaneProps {
  connector: Connector;
  /** Today, for what is overdue (the workbench can fix it). */
  today: () => Date;
  /** Debounce for live re-checking after edits, in ms. */
  liveDelayMs?: number;
  /** What the host left out on this Excel (features from later requirement sets). */
  notices?: NoticeBoard;
}

/** What a job tells the pane when it is done: its findings, one sentence, and any further lines. */
export interface JobOutcome {
  findings: Finding[];
  summary: string;
  details?: string[];
}

/**
 * Runs a job with the pane's progress bar, cancel, status and findings. Panels (police data) use
 * it for their own work; resolves to true when the job finished.
 */
export type RunJob = (label: string, job: Job['id'], work: (o: WorkOptions) => Promise<JobOutcome>) => Promise<boolean>;

/** Findings about a chosen file (a .csv), not a sheet of this workbook: there is no cell to go to. */
function isFileFinding(f: Finding): boolean {
  return /\.csv$/i.test(f.sheet);
}

interface Running {
  label: string;
  fraction: number;
  message: string;
  controller: AbortController;
  cancelling: boolean;
}

/** The task pane: the jobs, progress with cancel, status, and what needs fixing. */
export function Pane({ connector, today, liveDelayMs, notices }: PaneProps) {
  const s = useStyles();
  const [running, setRunning] = useState<Running | null>(null);
  const [status, setStatus] = useState('Start with Structure, or Build summary to do everything at once.');
  const [details, setDetails] = useState<string[]>([]);
  const [error, setError] = useState<ShownError | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [current, setCurrent] = useState<Finding | null>(null);
  const [done, setDone] = useState<Set<Job['id']>>(new Set());
  const [exportOpen, setExportOpen] = useState(false);
  const [policeOpen, setPoliceOpen] = useState(false);
  /** Whose findings are listed: the plan's checks, or the last police import's. */
  const [findingsOf, setFindingsOf] = useState<'plan' | 'police'>('plan');
  const [liveOn, setLiveOn] = useState(false);
  const [showHelp, setShowHelp] = useState(true);
  const results = useRef<HTMLDivElement>(null);
  const [leftOut, setLeftOut] = useState<string[]>([]);
  useEffect(() => notices?.subscribe(setLeftOut), [notices]);
  const findingsShown = useRef(false);
  findingsShown.current = findings !== null;

  const live = useMemo(
    () =>
      new LiveValidation({
        debounceMs: liveDelayMs,
        revalidate: async (changes: ChangeEvent[]) => {
          if (!findingsShown.current) return;
          const r = await connector.runCommand('validate', { today: today() });
          setFindings(r.findings);
          setFindingsOf('plan');
          setDetails([]);
          setCurrent(null);
          const who = changes.some((c) => c.source === 'Remote') ? 'a co-author\u2019s edit' : 'your edit';
          setStatus(`Findings updated after ${who}: ${countWords(r.findings)}.`);
        },
      }),
    [connector, today, liveDelayMs],
  );

  useEffect(() => {
    let alive = true;
    connector.watchChanges(live.onChange).then((ok) => alive && setLiveOn(ok), () => undefined);
    return () => {
      alive = false;
      live.dispose();
    };
  }, [connector, live]);

  const runJob: RunJob = useCallback(
    async (label, job, work) => {
      const controller = new AbortController();
      setError(null);
      setDetails([]);
      notices?.clear();
      setRunning({ label, fraction: 0, message: 'Starting', controller, cancelling: false });
      setStatus(`${label}\u2026`);
      try {
        const r = await live.whileCommand(() =>
          work({
            signal: controller.signal,
            onProgress: (fraction, message) => setRunning((x) => (x ? { ...x, fraction, message } : x)),
          }),
        );
        setFindings(r.findings);
        setFindingsOf(job === 'police' ? 'police' : 'plan');
        setCurrent(null);
        setDone((d) => new Set(d).add(job));
        setShowHelp(false);
        setStatus(r.summary);
        setDetails(r.details ?? []);
        requestAnimationFrame(() => results.current?.scrollIntoView?.({ block: 'nearest' }));
        return true;
      } catch (e) {
        if (isAbort(e)) setStatus('Stopped. Any sheet already written is complete; the others were left as they were.');
        else {
          const shown = describeError(e, label.toLowerCase());
          setError(shown);
          setStatus(shown.title);
        }
        return false;
      } finally {
        setRunning(null);
      }
    },
    [live, notices],
  );

  const runCommand = (name: CommandName) => runJob(RUNNING_LABEL[name], name, (o) => connector.runCommand(name, { ...o, today: today() }));

  const onRun = (job: Job) => {
    if (job.id === 'export') {
      setExportOpen(true);
      setStatus('Choose how to share the plan below.');
      return;
    }
    if (job.id === 'police') {
      setPoliceOpen(true);
      setStatus('Choose the data.police.uk files below.');
      return;
    }
    void runCommand(job.id);
  };

  const onSelect = async (f: Finding) => {
    setCurrent(f);
    if (isFileFinding(f)) {
      setStatus(`That is about the file ${f.sheet}, not a sheet of this workbook.`);
      return;
    }
    try {
      await connector.selectCell(f.sheet, f.cell);
      setStatus(`Went to ${f.sheet}${f.cell ? ', cell ' + f.cell : ''}.`);
    } catch (e) {
      const shown = describeError(e, `going to ${f.sheet}`);
      setError(shown);
      setStatus(shown.title);
    }
  };

  return (
    <main className={s.root} aria-busy={running ? 'true' : 'false'}>
      <header className={s.header}>
        <Title3 as="h1" className={s.title}>
          SaferPlan
        </Title3>
        <Caption1>Structure, check and summarise your partnership action plan.</Caption1>
      </header>
      <JobList busy={!!running} done={done} onRun={onRun} compact={!showHelp} />
      {done.size > 0 && (
        <Button appearance="transparent" size="small" className={s.toggle} aria-expanded={showHelp} onClick={() => setShowHelp((x) => !x)}>
          {showHelp ? 'Hide what each step does' : 'Show what each step does'}
        </Button>
      )}
      <div ref={results} />
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
      <div role="status" aria-live="polite" className={s.status} data-testid="status">
        {running ? <Spinner size="tiny" label={status} labelPosition="after" /> : status}
        {!running && details.length > 0 && (
          <ul className={s.details} data-testid="status-details">
            {details.map((d) => (
              <li key={d}>{d.trim()}</li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{error.title}</MessageBarTitle> {error.advice}
          </MessageBarBody>
        </MessageBar>
      )}
      {leftOut.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>This Excel cannot do everything SaferPlan offers</MessageBarTitle>
            {leftOut.join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {policeOpen && (
        <Suspense fallback={<Spinner size="tiny" label="Opening police data" />}>
          <PolicePanel connector={connector} today={today} busy={!!running} onRun={runJob} onClose={() => setPoliceOpen(false)} />
        </Suspense>
      )}
      {exportOpen && (
        <Suspense fallback={<Spinner size="tiny" label="Opening export" />}>
          <ExportPanel connector={connector} today={today} onStatus={setStatus} onError={setError} onClose={() => setExportOpen(false)} />
        </Suspense>
      )}
      {findings && (
        <>
          <Divider />
          <FindingsList findings={findings} current={current} onSelect={onSelect} emptyMessage={findingsOf === 'police' ? 'Nothing to look at from this import.' : undefined} />
          {liveOn && <Caption1 className={s.live}>Findings refresh by themselves as you and co-authors edit the workbook.</Caption1>}
        </>
      )}
    </main>
  );
}
