import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';

/** A job of product.md, in the order a user meets them. */
export interface Job {
  id: 'structure' | 'validate' | 'trajectories' | 'police' | 'build' | 'export';
  title: string;
  button: string;
  description: string;
}

export const JOBS: readonly Job[] = [
  { id: 'structure', title: 'Structure', button: 'Structure', description: 'Find the actions and targets in your plan, however it is laid out, and list them on new Actions, Targets and Progress sheets. Your own sheets are not changed.' },
  { id: 'validate', title: 'Validate', button: 'Validate', description: 'Check every action has a reference, a lead and a due date, and list what is overdue or does not add up. Nothing is written.' },
  { id: 'trajectories', title: 'Trajectories', button: 'Trajectories', description: 'Work out the milestones between each baseline and target, and compare the actuals entered on Progress.' },
  { id: 'police', title: 'Police data', button: 'Import police data', description: 'Add recorded crime from data.police.uk street-level files to Progress, by month and financial year, against the targets each crime type measures.' },
  { id: 'build', title: 'Build summary', button: 'Build summary', description: 'Write every SaferPlan sheet in one go: the committee Summary with charts, Actions, Targets, Trajectories and Data sharing. Run it again after each update.' },
  { id: 'export', title: 'Export', button: 'Export', description: 'Share the plan in the partnership\u2019s uniform format: a sheet, a CSV or a new workbook, de-personalised if the agreement says so.' },
];

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  job: { display: 'grid', gridTemplateColumns: '24px 1fr auto', columnGap: '8px', alignItems: 'start' },
  number: {
    width: '22px',
    height: '22px',
    borderRadius: '50%',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    background: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  description: { color: tokens.colorNeutralForeground3 },
  /** Still read by screen readers (aria-describedby), no longer taking room once the steps are familiar. */
  hidden: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  compactJob: { alignItems: 'center' },
  button: { minWidth: '112px' },
});

export interface JobListProps {
  busy: boolean;
  /** The job that ran last, marked as done. */
  done: ReadonlySet<Job['id']>;
  /** Descriptions folded away (after the first run) so findings fit in the pane. */
  compact?: boolean;
  onRun(job: Job): void;
}

/** The jobs as numbered steps, each with one button. */
export function JobList({ busy, done, onRun, compact }: JobListProps) {
  const s = useStyles();
  return (
    <ol className={s.list} aria-label="Steps">
      {JOBS.map((job, i) => (
        <li key={job.id} className={mergeClasses(s.job, compact && s.compactJob)}>
          <span className={s.number} aria-hidden="true">
            {done.has(job.id) ? '\u2713' : i + 1}
          </span>
          <div className={s.text}>
            <Subtitle2 as="h3" id={`job-${job.id}`} style={{ margin: 0 }}>
              {job.title}
            </Subtitle2>
            <Caption1 className={compact ? s.hidden : s.description} id={`job-${job.id}-text`}>
              {job.description}
            </Caption1>
          </div>
          <Button className={s.button} appearance={job.id === 'build' ? 'primary' : 'secondary'} disabled={busy} aria-describedby={`job-${job.id}-text`} onClick={() => onRun(job)} data-job={job.id}>
            {job.button}
          </Button>
        </li>
      ))}
    </ol>
  );
}
