import { Caption1, makeStyles, mergeClasses, Subtitle2, ToggleButton, tokens, Tree, TreeItem, TreeItemLayout, type TreeItemValue, type TreeOpenChangeData } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Finding, Severity } from '../../core/plan';
import { countWords, groupFindings, SEVERITIES, SEVERITY_WORD } from './findings';
import { count, num } from '../../core/words';

/** Findings shown at once under one rule; "Show more" adds as many again. */
export const PAGE = 100;
/** Up to this many findings, every rule starts open. */
const OPEN_ALL_UP_TO = 50;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  filters: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  rule: { display: 'flex', flexDirection: 'column', padding: '2px 0' },
  fix: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  leaf: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, padding: '3px 0' },
  current: { background: tokens.colorBrandBackground2, borderRadius: tokens.borderRadiusMedium },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginRight: '6px' },
  more: { color: tokens.colorBrandForegroundLink, fontSize: tokens.fontSizeBase200 },
  /** Severity is said in words beside the mark; the mark's colour and shape only repeat it. */
  mark: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '16px',
    height: '16px',
    borderRadius: '50%',
    fontSize: '11px',
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  error: { background: tokens.colorStatusDangerBackground3 },
  warning: { background: tokens.colorStatusWarningBackground3, color: tokens.colorNeutralForeground1Static },
  info: { background: tokens.colorBrandBackground },
  empty: { color: tokens.colorNeutralForeground1 },
});

const MARK: Record<Severity, string> = { error: '!', warning: '!', info: 'i' };

export interface FindingsListProps {
  findings: readonly Finding[];
  /** The finding last gone to, highlighted. */
  current: Finding | null;
  onSelect(f: Finding): void;
  /** Said when there are no findings (the plan's checks by default). */
  emptyMessage?: string;
  /** The list's heading, "What needs fixing" by default. */
  title?: string;
}

function SeverityMark({ severity }: { severity: Severity }) {
  const s = useStyles();
  return (
    <span aria-hidden="true" className={mergeClasses(s.mark, s[severity])}>
      {MARK[severity]}
    </span>
  );
}

/**
 * What needs fixing, as one tree: sheet, then rule (with its count and, once, its fix), then each
 * finding, which goes to its cell. One tab stop into the tree, arrow keys inside it. Big lists stay
 * collapsed and each rule shows its findings a page at a time, so 10,000 findings stay quick.
 */
export function FindingsList({ findings, current, onSelect, emptyMessage, title = 'What needs fixing' }: FindingsListProps) {
  const s = useStyles();
  const [shown, setShown] = useState<ReadonlySet<Severity>>(() => new Set(SEVERITIES));
  const visible = useMemo(() => findings.filter((f) => shown.has(f.severity)), [findings, shown]);
  const groups = useMemo(() => groupFindings(visible), [visible]);
  const [limits, setLimits] = useState<Record<string, number>>({});
  const [openItems, setOpenItems] = useState<Set<TreeItemValue>>(() => {
    const all = groupFindings(findings);
    const open = new Set<TreeItemValue>(all.map((g) => `s:${g.sheet}`));
    if (findings.length <= OPEN_ALL_UP_TO) for (const g of all) for (const r of g.rules) open.add(`r:${g.sheet}:${r.key}`);
    return open;
  });
  const totals = useMemo(() => Object.fromEntries(SEVERITIES.map((sev) => [sev, findings.filter((f) => f.severity === sev).length])) as Record<Severity, number>, [findings]);

  if (!findings.length) return <Caption1 className={s.empty}>{emptyMessage ?? 'Nothing to fix: every action has a reference, a lead and a due date, and nothing is overdue.'}</Caption1>;

  const toggle = (sev: Severity) =>
    setShown((x) => {
      const next = new Set(x);
      if (next.has(sev)) next.delete(sev);
      else next.add(sev);
      return next;
    });

  return (
    <section className={s.root} aria-labelledby="findings-heading">
      <Subtitle2 as="h2" id="findings-heading" style={{ margin: 0 }}>
        {title}: {countWords(findings)}
      </Subtitle2>
      <div className={s.filters} role="group" aria-label="Show findings of severity">
        {SEVERITIES.filter((sev) => totals[sev] > 0).map((sev) => (
          <ToggleButton key={sev} size="small" checked={shown.has(sev)} onClick={() => toggle(sev)} icon={<SeverityMark severity={sev} />}>
            {`${SEVERITY_WORD[sev].many} ${num(totals[sev])}`}
          </ToggleButton>
        ))}
      </div>
      <Caption1>Arrow keys move through the list; Enter on a finding goes to its cell.</Caption1>
      {groups.length === 0 ? (
        <Caption1>No findings of the severities chosen.</Caption1>
      ) : (
        <Tree aria-labelledby="findings-heading" openItems={openItems} onOpenChange={(_, d: TreeOpenChangeData) => setOpenItems(new Set(d.openItems))} data-testid="findings">
          {groups.map((g) => (
            <TreeItem key={g.sheet} itemType="branch" value={`s:${g.sheet}`} data-sheet={g.sheet}>
              <TreeItemLayout>
                {g.sheet}: {countWords(g.rules.flatMap((r) => r.findings.map((x) => x.finding)))}
              </TreeItemLayout>
              <Tree>
                {g.rules.map((r) => {
                  const id = `r:${g.sheet}:${r.key}`;
                  const limit = limits[id] ?? PAGE;
                  const more = r.findings.length - limit;
                  return (
                    <TreeItem key={r.key} itemType="branch" value={id} data-rule={r.code}>
                      <TreeItemLayout iconBefore={<SeverityMark severity={r.severity} />}>
                        <span className={s.rule}>
                          <span>
                            {SEVERITY_WORD[r.severity].one}: {r.title} ({num(r.findings.length)})
                          </span>
                          {r.fix && <span className={s.fix}>To fix: {r.fix}</span>}
                        </span>
                      </TreeItemLayout>
                      <Tree>
                        {r.findings.slice(0, limit).map(({ finding: f, text }, i) => (
                          <TreeItem
                            key={`${f.cell}-${i}`}
                            itemType="leaf"
                            value={`f:${g.sheet}:${r.key}:${i}`}
                            aria-current={current === f ? 'true' : undefined}
                            className={current === f ? s.current : undefined}
                            onClick={() => onSelect(f)}
                            data-finding={f.code}
                            data-cell={f.cell ?? ''}
                          >
                            <TreeItemLayout className={s.leaf}>
                              <span className={s.cell}>{f.cell ?? g.sheet}</span>
                              {text}
                            </TreeItemLayout>
                          </TreeItem>
                        ))}
                        {more > 0 && (
                          <TreeItem itemType="leaf" value={`more:${id}`} onClick={() => setLimits((l) => ({ ...l, [id]: limit + PAGE }))} data-testid="show-more">
                            <TreeItemLayout className={s.more}>
                              Show {count(Math.min(PAGE, more), 'more finding')} ({num(more)} not shown)
                            </TreeItemLayout>
                          </TreeItem>
                        )}
                      </Tree>
                    </TreeItem>
                  );
                })}
              </Tree>
            </TreeItem>
          ))}
        </Tree>
      )}
    </section>
  );
}
