import { Button, Caption1, Field, Input, makeStyles, Subtitle2, Switch, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { isoDate } from '../../core/grid';
import type { Connector } from '../connector/connector';
import { downloadFile } from '../export/download';
import { describeError } from './errors';
import type { Outcome } from './Pane';
import { count, listWords } from '../../core/words';
import { ReturnTemplateSection } from './ReturnTemplateSection';

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
  buttons: { display: 'flex', flexWrap: 'wrap', gap: '6px' },
});

export interface ExportPanelProps {
  connector: Connector;
  today: () => Date;
  /** Each button's outcome, shown and announced by the pane. */
  onOutcome(o: Outcome): void;
  onClose(): void;
}

/** Export in the uniform format (loaded only when asked for: it is rarely used). */
export default function ExportPanel({ connector, today, onOutcome, onClose }: ExportPanelProps) {
  const s = useStyles();
  const [depersonalise, setDepersonalise] = useState(true);
  const [suppress, setSuppress] = useState('');
  const [busy, setBusy] = useState(false);
  const suppressBelow = /^\d+$/.test(suppress.trim()) ? Number(suppress.trim()) : null;
  const badSuppress = suppress.trim() !== '' && suppressBelow === null;

  /** Every button of the panel: one job at a time, its outcome in the pane's message bar. */
  const run = async (what: string, work: () => Promise<string>) => {
    setBusy(true);
    onOutcome({ intent: 'info', title: `${what}\u2026`, body: '' });
    try {
      onOutcome({ intent: 'success', title: 'Done', body: await work() });
    } catch (e) {
      const shown = describeError(e, what.toLowerCase());
      onOutcome({ intent: 'error', title: shown.title, body: shown.advice });
    } finally {
      setBusy(false);
    }
  };
  const act = (what: string, work: (r: Awaited<ReturnType<Connector['prepareExport']>>) => Promise<string>) =>
    run(what, async () => work(await connector.prepareExport({ today: today(), depersonalise, suppressBelow })));
  const records = (n: number) => `${count(n, 'record')} in uniform format v1${depersonalise ? ', de-personalised' : ''}`;
  const fileBase = `saferplan-uniform-${isoDate(today())}`;

  return (
    <section className={s.root} aria-labelledby="export-heading">
      <Subtitle2 as="h2" id="export-heading" style={{ margin: 0 }}>
        Export in the uniform format
      </Subtitle2>
      <Switch checked={depersonalise} onChange={(_, d) => setDepersonalise(d.checked)} label="De-personalise: replace named officers with their agency or role" />
      <Field
        label="Hide counts below"
        hint="Small counts are shown as suppressed. Leave empty to keep every count."
        validationState={badSuppress ? 'error' : 'none'}
        validationMessage={badSuppress ? 'Enter a whole number, such as 5.' : undefined}
      >
        <Input type="number" min={0} value={suppress} onChange={(_, d) => setSuppress(d.value)} />
      </Field>
      <div className={s.buttons}>
        <Button
          appearance="primary"
          disabled={busy || badSuppress}
          onClick={() =>
            act('Adding the Data sharing sheet', async (r) => {
              const written = await connector.writeSheets(r.specs);
              return `Wrote ${listWords(written)}: ${records(r.records.length)}.`;
            })
          }
        >
          Add Data sharing sheet
        </Button>
        <Button
          disabled={busy || badSuppress}
          onClick={() =>
            act('Preparing the CSV file', async (r) => {
              downloadFile(`${fileBase}.csv`, r.csv, 'text/csv;charset=utf-8');
              return `Saved ${fileBase}.csv: ${records(r.records.length)}.`;
            })
          }
        >
          Download CSV
        </Button>
        {connector.newWorkbook && (
          <Button
            disabled={busy || badSuppress}
            onClick={() =>
              act('Preparing the new workbook', async (r) => {
                await connector.newWorkbook!.open(r.specs, `${fileBase}.xlsx`);
                return `${connector.newWorkbook!.label}: done, ${records(r.records.length)}.`;
              })
            }
          >
            {connector.newWorkbook.label}
          </Button>
        )}
        <Button appearance="subtle" onClick={onClose}>
          Close export
        </Button>
      </div>
      <Caption1>The CSV is safe to open: text that Excel would read as a formula is neutralised.</Caption1>
      <ReturnTemplateSection connector={connector} today={today} busy={busy} run={run} />
    </section>
  );
}
