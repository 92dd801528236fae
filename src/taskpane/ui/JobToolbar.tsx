import { Button, makeStyles } from '@fluentui/react-components';
import { useRef, useState, type KeyboardEvent } from 'react';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: '2px 4px' },
});

export interface ToolbarJob {
  id: string;
  label: string;
  pressed?: boolean;
}

export interface JobToolbarProps {
  jobs: readonly ToolbarJob[];
  disabled: boolean;
  labelledBy: string;
  onRun(id: string): void;
}

/**
 * The secondary jobs as one toolbar: one tab stop, Left/Right (and Home/End) move between its
 * buttons (a roving tabindex, as WAI-ARIA's toolbar pattern says). Written here rather than with
 * Fluent's Toolbar, whose focus helpers add hidden focusable elements that fail WCAG's
 * aria-hidden-focus rule.
 */
export function JobToolbar({ jobs, disabled, labelledBy, onRun }: JobToolbarProps) {
  const s = useStyles();
  const [active, setActive] = useState(0);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (i: number) => {
    const next = (i + jobs.length) % jobs.length;
    setActive(next);
    buttons.current[next]?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = { ArrowRight: () => move(active + 1), ArrowLeft: () => move(active - 1), Home: () => move(0), End: () => move(jobs.length - 1) };
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  };
  return (
    <div role="toolbar" aria-labelledby={labelledBy} className={s.root} onKeyDown={onKeyDown}>
      {jobs.map((j, i) => (
        <Button
          key={j.id}
          ref={(b) => {
            buttons.current[i] = b as HTMLButtonElement | null;
          }}
          size="small"
          appearance="subtle"
          tabIndex={i === active ? 0 : -1}
          disabledFocusable={disabled}
          aria-pressed={j.pressed === undefined ? undefined : j.pressed}
          onFocus={() => setActive(i)}
          onClick={() => !disabled && onRun(j.id)}
          data-job={j.id}
        >
          {j.label}
        </Button>
      ))}
    </div>
  );
}
