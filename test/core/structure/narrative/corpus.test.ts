/**
 * The narrative plans of the recognition corpus (test/corpus/plans/narrative-*.ts), real plans
 * transcribed as a paste from Word or the web: the recogniser finds at least 95% of each one's
 * activities under the right priority, and takes next to nothing else for an activity.
 */
import { readdirSync } from 'fs';
import path from 'path';
import { makeGrid, parseRange } from '../../../../src/core/grid';
import { structurePlan } from '../../../../src/core/structure/structure';
import { CorpusPlan } from '../../../corpus/types';

const DIR = path.resolve(__dirname, '../../../corpus/plans');
const fold = (t: string | null) =>
  (t ?? '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const plans: [string, CorpusPlan][] = readdirSync(DIR)
  .filter((f) => /^narrative-.*\.ts$/.test(f))
  .sort()
  .map((f) => [f, (require(path.join(DIR, f)) as { plan: CorpusPlan }).plan]);

test('the corpus holds at least three narrative plans from partnerships other than seed 004, each with its source address', () => {
  expect(plans.length).toBeGreaterThanOrEqual(3);
  for (const [, p] of plans) {
    expect(p.kind).toBe('narrative');
    expect(p.source).toMatch(/^https?:\/\//);
    expect(p.truth.actions.length).toBeGreaterThan(0);
  }
});

describe.each(plans)('%s', (_, p) => {
  const grids = p.sheets.map((s) =>
    makeGrid(
      s.name,
      s.rows,
      (s.merges ?? []).map((m) => parseRange(m)),
    ),
  );
  const actions = structurePlan(grids).plan.actions;

  test('at least 95% of its activities are found, under their priority and with their theme', () => {
    const found = p.truth.actions.filter((t) =>
      actions.some((a) => fold(a.action).startsWith(fold(t.action)) && fold(a.priority) === fold(t.priority) && (t.theme === null || fold(a.theme) === fold(t.theme))),
    );
    expect(found.length / p.truth.actions.length).toBeGreaterThanOrEqual(0.95);
  });

  test('nothing else is taken for an activity (at most 5% extra)', () => {
    const extra = actions.filter((a) => !p.truth.actions.some((t) => fold(a.action).startsWith(fold(t.action))));
    expect(extra.map((a) => a.action).length).toBeLessThanOrEqual(Math.floor(p.truth.actions.length * 0.05));
  });
});
