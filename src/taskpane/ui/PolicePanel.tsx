import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import type { Connector } from '../connector/connector';
import { monthLabel, noProgressReason, progressRowsWritten } from '../connector/outcomes';
import { readPoliceFiles } from '../police/read-files';
import type { RunJob } from './Pane';
import { count, listWords } from '../../core/words';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '10px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
  },
  /** The browser's own file input stays for the file dialog; people use the button. */
  input: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
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

/** "Apr 2019 to May 2019", or one month. */
function span(months: readonly string[]): string {
  if (!months.length) return 'no months';
  return months.length === 1 ? monthLabel(months[0]) : `${monthLabel(months[0])} to ${monthLabel(months[months.length - 1])}`;
}

/** "T1 criminal damage <- Criminal damage and arson (default mapping)" said in words. */
function mappingLine(line: string): string {
  return line.trim().replace(/\s*<-\s*/, ' counted from ');
}

/**
 * Import data.police.uk street-level files into Progress (loaded only when asked for). The files
 * are read here, in the browser; the connector writes Targets and Progress through the same
 * use-case as the command line, and writes nothing when no count would go into Progress.
 */
export default function PolicePanel({ connector, today, busy, onRun, onClose }: PolicePanelProps) {
  const s = useStyles();
  const inputId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);

  const importFiles = () =>
    onRun('Importing police data', 'police', async (o) => {
      const read = await readPoliceFiles(files, { signal: o.signal, onProgress: (f, m) => o.onProgress?.(0.4 * f, m) });
      const r = await connector.importPolice(read.combined, { today: today(), signal: o.signal, onProgress: (f, m) => o.onProgress?.(0.4 + 0.6 * f, m) });
      const rows = progressRowsWritten(r);
      const forces = read.combined.forces.length ? ` (${listWords(read.combined.forces)})` : '';
      const progress = r.written.find((w) => /^Progress/.test(w));
      // The Police data sheet is written first, whatever matched.
      const counts = r.written[0];
      const readLine = `Read ${count(read.records, 'record')} for ${span(read.months)}${forces} from ${count(files.length, 'file')}.`;
      const none = noProgressReason(r, read.months);
      if (none) {
        return {
          findings: r.findings,
          intent: 'warning',
          title: none.title,
          body: `${readLine} Wrote ${listWords(r.written)}. ${none.advice}`,
          open: counts ? { sheet: counts, now: false } : undefined,
        };
      }
      return {
        findings: r.findings,
        title: 'Police data imported',
        body: `${readLine}${rows !== null ? ` ${count(rows, 'Progress row')} written.` : ''} Wrote ${listWords(r.written)}.`,
        details: r.lines.slice(1).map(mappingLine),
        open: progress ? { sheet: progress, now: false } : undefined,
      };
    });

  return (
    <section className={s.root} aria-labelledby="police-heading">
      <Subtitle2 as="h2" id="police-heading" style={{ margin: 0 }}>
        Import police data
      </Subtitle2>
      <Caption1 id={hintId}>
        Street-level crime files from data.police.uk, one per force and month. Counts by crime type and month go to the Police data sheet. Each target whose indicator names a crime type also gets its
        counts in Progress; a sheet named &ldquo;Crime type mapping&rdquo; (Crime type, Indicator) decides instead. Importing a month again replaces it; actuals you typed are kept.
      </Caption1>
      <input
        ref={input}
        id={inputId}
        className={s.input}
        type="file"
        accept=".csv"
        multiple
        tabIndex={-1}
        aria-label="Street-level crime files (.csv)"
        disabled={busy}
        onChange={(e) => setFiles(Array.from(e.target.files ?? []))}
        data-testid="police-files"
      />
      <div className={s.buttons}>
        <Button autoFocus aria-describedby={hintId} disabled={busy} onClick={() => input.current?.click()}>
          {files.length ? 'Choose other files\u2026' : 'Choose files\u2026'}
        </Button>
        <Button appearance="primary" disabled={busy || files.length === 0} onClick={() => void importFiles()}>
          Import police data
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          Close
        </Button>
      </div>
      {files.length > 0 ? (
        <ul className={s.chosen} aria-label={`${count(files.length, 'file')} chosen`}>
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`}>{f.name}</li>
          ))}
        </ul>
      ) : (
        <Caption1>No files chosen.</Caption1>
      )}
    </section>
  );
}
