import { Button, Field, makeStyles, ProgressBar } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: '1fr auto', columnGap: '8px', alignItems: 'end' },
});

export interface ProgressPanelProps {
  label: string;
  fraction: number;
  message: string;
  onCancel(): void;
  cancelling: boolean;
}

/** Long work: what is happening, how far, and a way to stop it. */
export function ProgressPanel({ label, fraction, message, onCancel, cancelling }: ProgressPanelProps) {
  const s = useStyles();
  return (
    <div className={s.root}>
      <Field label={label} validationMessage={cancelling ? 'Stopping after the current step\u2026' : message} validationState="none">
        <ProgressBar value={Math.max(0, Math.min(1, fraction))} max={1} thickness="large" aria-label={`${label}: ${Math.round(fraction * 100)}%`} />
      </Field>
      <Button onClick={onCancel} disabled={cancelling}>
        Cancel
      </Button>
    </div>
  );
}
