import { Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/plan';
import { countWords, findingLabel, groupFindings, SEVERITY_WORD } from './findings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  sheet: { display: 'flex', flexDirection: 'column', gap: '4px' },
  sheetHeading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  severityHeading: { margin: '4px 0 0', fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    display: 'grid',
    gridTemplateColumns: '16px 44px 1fr',
    alignItems: 'start',
    columnGap: '6px',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  current: { border: `1px solid ${tokens.colorBrandStroke1}`, background: tokens.colorBrandBackground2 },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  dot: { width: '12px', height: '12px', borderRadius: '50%', marginTop: '2px' },
  error: { background: tokens.colorPaletteRedBackground3 },
  warning: { background: tokens.colorPaletteMarigoldBackground3 },
  info: { background: tokens.colorPaletteBlueBorderActive },
  empty: { color: tokens.colorPaletteGreenForeground1 },
});

export interface FindingsListProps {
  findings: readonly Finding[];
  /** The finding last gone to, highlighted. */
  current: Finding | null;
  onSelect(f: Finding): void;
  /** Said when there are no findings (the plan's checks by default). */
  emptyMessage?: string;
}

function SeverityDot({ severity }: { severity: Severity }) {
  const s = useStyles();
  return <span aria-hidden="true" className={mergeClasses(s.dot, s[severity])} />;
}

/** What needs fixing, by sheet and severity; each finding is a button that goes to its cell. */
export function FindingsList({ findings, current, onSelect, emptyMessage }: FindingsListProps) {
  const s = useStyles();
  if (!findings.length) return <Caption1 className={s.empty}>{emptyMessage ?? 'Nothing to fix: every action has a reference, a lead and a due date, and nothing is overdue.'}</Caption1>;
  return (
    <section className={s.root} aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading" style={{ margin: 0 }}>
        What needs fixing: {countWords(findings)}
      </Subtitle2>
      <Caption1>Select a finding to go to its cell.</Caption1>
      {groupFindings(findings).map((group) => (
        <div key={group.sheet} className={s.sheet} role="group" aria-label={`Sheet ${group.sheet}: ${countWords(group.severities.flatMap((g) => g.findings))}`}>
          <h3 className={s.sheetHeading}>
            {group.sheet} <Caption1>({countWords(group.severities.flatMap((g) => g.findings))})</Caption1>
          </h3>
          {group.severities.map((sev) => (
            <div key={sev.severity}>
              <h4 className={s.severityHeading}>{SEVERITY_WORD[sev.severity].many}</h4>
              <ul className={s.list}>
                {sev.findings.map((f, i) => (
                  <li key={`${f.code}-${f.cell}-${i}`}>
                    <button type="button" className={mergeClasses(s.item, current === f && s.current)} aria-label={findingLabel(f)} aria-current={current === f ? 'true' : undefined} onClick={() => onSelect(f)} data-finding={f.code}>
                      <SeverityDot severity={f.severity} />
                      <span className={s.cell}>{f.cell ?? '—'}</span>
                      <span>{f.message}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
