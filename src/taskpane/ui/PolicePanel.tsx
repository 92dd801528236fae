import { Button, Caption1, Label, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { PoliceImportError } from '../../core/app/police';
import { periodOfMonth } from '../../core/police/aggregate';
import type { Connector } from '../connector/connector';
import { readPoliceFiles } from '../police/read-files';
import { ExplainedError } from './errors';
import type { RunJob } from './Pane';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', padding: '10px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, background: tokens.colorNeutralBackground1 },
  input: {
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    maxWidth: '100%',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
  },
  chosen: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
});

export interface PolicePanelProps {
  connector: Connector;
  today: () => Date;
  busy: boolean;
  onRun: RunJob;
  onClose(): void;
}

const n = (k: number, word: string) => `${k.toLocaleString('en-GB')} ${word}${k === 1 ? '' : 's'}`;
const monthName = (m: string) => periodOfMonth(m, 'month')?.label ?? m;

/** "Read 1,706 records for 2 months (Apr 2019 to May 2019) from 2 files." */
function readSentence(records: number, months: string[], files: number): string {
  const span = months.length ? ` for ${n(months.length, 'month')} (${monthName(months[0])}${months.length > 1 ? ` to ${monthName(months[months.length - 1])}` : ''})` : '';
  return `Read ${n(records, 'record')}${span} from ${n(files, 'file')}.`;
}

/**
 * Import data.police.uk street-level files into Progress (loaded only when asked for). The files
 * are read here, in the browser; the connector writes Targets and Progress through the same
 * use-case as the command line.
 */
export default function PolicePanel({ connector, today, busy, onRun, onClose }: PolicePanelProps) {
  const s = useStyles();
  const inputId = useId();
  const hintId = useId();
  const [files, setFiles] = useState<File[]>([]);

  const importFiles = () =>
    onRun('Importing police data', 'police', async (o) => {
      const read = await readPoliceFiles(files, { signal: o.signal, onProgress: (f, m) => o.onProgress?.(0.4 * f, m) });
      let r;
      try {
        r = await connector.importPolice(read.combined, { today: today(), signal: o.signal, onProgress: (f, m) => o.onProgress?.(0.4 + 0.6 * f, m) });
      } catch (e) {
        if (e instanceof PoliceImportError) throw new ExplainedError(`Nothing was imported: ${e.message}`, 'Your workbook was not changed.');
        throw e;
      }
      return { findings: r.findings, summary: `${readSentence(read.records, read.months, files.length)} ${r.summary}`, details: r.lines.slice(1) };
    });

  return (
    <section className={s.root} aria-labelledby="police-heading">
      <Subtitle2 as="h2" id="police-heading" style={{ margin: 0 }}>
        Import police data
      </Subtitle2>
      <Caption1 id={hintId}>
        Street-level crime files from data.police.uk, one per force and month. Each target whose indicator names a crime type gets its counts; a sheet named &ldquo;Crime type mapping&rdquo; (Crime type, Indicator) decides instead. Importing a month again replaces it; actuals you typed are kept.
      </Caption1>
      <Label htmlFor={inputId} weight="semibold">
        Street-level crime files (.csv)
      </Label>
      <input
        id={inputId}
        className={s.input}
        type="file"
        accept=".csv"
        multiple
        autoFocus
        aria-describedby={hintId}
        disabled={busy}
        onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
        data-testid="police-files"
      />
      {files.length > 0 && (
        <ul className={s.chosen} aria-label={`${n(files.length, 'file')} chosen`}>
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`}>{f.name}</li>
          ))}
        </ul>
      )}
      <div className={s.buttons}>
        <Button appearance="primary" disabled={busy || files.length === 0} onClick={() => void importFiles()}>
          Import into Progress
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          Close police data
        </Button>
      </div>
    </section>
  );
}
