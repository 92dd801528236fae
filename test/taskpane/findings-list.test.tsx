/**
 * The findings tree at scale, rendered by React on the server side of the same components: 10,000
 * findings keep the page small (collapsed rules, a page of findings per open rule), and each
 * finding's visible text is its accessible name (no aria-label that could disagree with it).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { renderToString } from 'react-dom/server';
import { finding, type Finding } from '../../src/core/plan';
import { FindingsList } from '../../src/taskpane/ui/FindingsList';

function many(n: number): Finding[] {
  return Array.from({ length: n }, (_, i) =>
    i % 10 === 0
      ? finding('error', 'missing-lead', 'Plan', `C${i + 2}`, `Action ${i} has no lead. Name the lead officer or agency responsible for it.`)
      : finding('warning', 'overdue', i % 2 ? 'Plan' : 'Actions', `E${i + 2}`, `Action ${i} was due 30/09/2005 and is not marked Complete. Update its status, or agree a new timescale.`),
  );
}

/** The markup without React's text separators and the theme's style block. */
const render = (findings: Finding[]) =>
  renderToString(
    <FluentProvider theme={webLightTheme}>
      <FindingsList findings={findings} current={null} onSelect={() => undefined} />
    </FluentProvider>,
  )
    .replace(/<!-- -->/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '');

describe('findings list', () => {
  it('10,000 findings: grouped with counts and thousands separators, rules collapsed, no finding rendered until opened', () => {
    const html = render(many(10_000));
    expect(html).toContain('What needs fixing: 1,000 errors and 9,000 warnings');
    expect(html).toContain('Warning: Overdue actions (5,000)');
    expect(html).toContain('Actions: 4,000 warnings');
    expect((html.match(/data-finding=/g) ?? []).length).toBe(0);
    expect(html.length).toBeLessThan(30_000);
  });

  it('a small list opens every rule, says each rule\u2019s fix once, and names findings by their visible text', () => {
    const html = render(many(30));
    const leaves = html.match(/data-finding=/g) ?? [];
    expect(leaves).toHaveLength(30);
    expect((html.match(/Update its status, or agree a new timescale\./g) ?? []).length).toBe(2); // once per sheet's overdue rule
    expect(html).not.toMatch(/<[^>]*role="treeitem"[^>]*aria-label=/);
    expect(html).toMatch(/role="tree"/);
  });

  it('over 50 findings, rules start collapsed: nothing is rendered per finding until a rule is opened', () => {
    const f = many(10_000)
      .filter((x) => x.code === 'overdue' && x.sheet === 'Plan')
      .slice(0, 40);
    const html = render([...f, ...f, ...f]); // 120 findings in one rule: over the open-all limit, so collapsed
    expect((html.match(/data-finding=/g) ?? []).length).toBe(0);
  });
});
