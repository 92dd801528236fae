/**
 * The recognition table (test/corpus/RECOGNITION.md): every corpus plan is structured as a paste
 * would leave it and scored against its hand-written truth; how, and the normalisation, are in
 * score.ts. The test fails when any figure is worse than the committed table (a percentage lower,
 * a spurious count higher) or when the plans differ from those recorded. UPDATE_RECOGNITION=1
 * rewrites the file instead, so raising the figures, or adding a plan, is an explicit, reviewed
 * step. RECOGNITION_DETAIL=1 also prints every miss.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS } from './corpus';
import { HEAD, details, parseTable, render, scorePlan, totalOf } from './score';

const FILE = path.join(__dirname, 'RECOGNITION.md');

describe('recognition corpus', () => {
  const scores = CORPUS.map(({ slug, plan }) => ({ slug, kind: plan.kind, score: scorePlan(slug, plan) }));
  const total = totalOf(scores.map((s) => s.score));
  const md = render(scores, total);

  test('every plan has a source address and a truth', () => {
    for (const { slug, plan } of CORPUS) {
      expect([slug, /^https?:\/\//.test(plan.source)]).toEqual([slug, true]);
      expect([slug, plan.truth.actions.length > 0]).toEqual([slug, true]);
    }
  });

  test('every plan has a workbook name: its own name without the excerpt note, saved as .xlsx', () => {
    for (const { slug, plan } of CORPUS) {
      const title = plan.name
        .replace(/ \(excerpt[^)]*\)$/, '')
        .replace(/:/g, ' -')
        .replace(/\//g, '-');
      expect([slug, plan.workbook]).toEqual([slug, `${title}.xlsx`]);
    }
  });

  test('no figure drops below the committed RECOGNITION.md', () => {
    console.log(md);
    if (details.length) console.log(details.join('\n'));
    if (process.env.UPDATE_RECOGNITION === '1') {
      fs.writeFileSync(FILE, md);
      return;
    }
    expect(fs.existsSync(FILE)).toBe(true);
    const before = parseTable(fs.readFileSync(FILE, 'utf8'));
    const now = parseTable(md);
    expect([...now.keys()].sort()).toEqual([...before.keys()].sort()); // a new or removed plan: rerun with UPDATE_RECOGNITION=1
    const SPURIOUS = 2; // index of "spurious" among the figures: lower is better
    const worse: string[] = [];
    for (const [plan, figs] of now) {
      const old = before.get(plan)!;
      figs.forEach((v, i) => {
        const col = HEAD[i + 2];
        if (col === 'truth') {
          if (v !== old[i]) worse.push(`${plan}: truth actions ${old[i]} -> ${v} (rerun with UPDATE_RECOGNITION=1)`);
        } else if (i === SPURIOUS ? v > old[i] : v < old[i]) worse.push(`${plan}: ${col} ${old[i]} -> ${v}`);
      });
    }
    expect(worse).toEqual([]);
  });
});
