import { CliIO } from '../../src/cli/io';
import { parseChange, trajectory } from '../../src/cli/commands/trajectory';

function fakeIO(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), today: new Date(Date.UTC(2006, 0, 1)) };
}

async function run(args: string[]) {
  const io = fakeIO();
  const code = await trajectory(args, io);
  return { code, out: io.stdout.join('\n'), err: io.stderr };
}

describe('saferplan trajectory --json', () => {
  it('prints exactly { milestones: [{ period, value }] }, baseline period through target period', async () => {
    const r = await run(['--baseline', '64', '--from', '2003/04', '--to', '2007/08', '--target', '54', '--rounding', 'floor', '--json']);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(JSON.parse(r.out)).toEqual({
      milestones: [
        { period: '2003/04', value: 64 },
        { period: '2004/05', value: 61 },
        { period: '2005/06', value: 59 },
        { period: '2006/07', value: 56 },
        { period: '2007/08', value: 54 },
      ],
    });
  });

  it('defaults to linear without rounding', async () => {
    const r = await run(['--baseline', '217', '--from', '2003/04', '--to', '2007/08', '--target', '206', '--json']);
    expect(JSON.parse(r.out).milestones.map((m: { value: number }) => m.value)).toEqual([217, 214.25, 211.5, 208.75, 206]);
  });

  it('--change accepts -16%, -16 and -0.16 as the same 16% reduction', async () => {
    const outs = await Promise.all(
      [['--change', '-16%'], ['--change', '-16'], ['--change', '-0.16'], ['--change=-16']].map((c) => run(['--baseline', '1140', '--from', '2003/04', '--to', '2007/08', ...c, '--json'])),
    );
    for (const o of outs) expect(o.code).toBe(0);
    const values = outs.map((o) => JSON.parse(o.out).milestones.map((m: { value: number }) => m.value));
    expect(values[0]).toEqual([1140, 1094.4, 1048.8, 1003.2, 957.6]);
    for (const v of values) expect(v).toEqual(values[0]);
    expect(parseChange('-0.5')).toBe(-0.5);
    expect(parseChange('-0.5%')).toBe(-0.005);
    expect(parseChange('+5')).toBe(0.05);
    expect(parseChange('ten')).toBeNull();
  });

  it('compound, quarters and months', async () => {
    const c = await run(['--baseline', '100', '--from', '2019/20', '--to', '2021/22', '--target', '81', '--method', 'compound', '--json']);
    expect(JSON.parse(c.out).milestones.map((m: { value: number }) => m.value)).toEqual([100, 90, 81]);
    const q = await run(['--baseline', '100', '--from', 'Q1 2019/20', '--to', 'Q3 2019/20', '--target', '90', '--json']);
    expect(JSON.parse(q.out).milestones).toEqual([
      { period: 'Q1 2019/20', value: 100 },
      { period: 'Q2 2019/20', value: 95 },
      { period: 'Q3 2019/20', value: 90 },
    ]);
    const m = await run(['--baseline', '30', '--from', 'Jan 2020', '--to', 'Mar 2020', '--target', '20', '--rounding', 'ceil', '--json']);
    expect(JSON.parse(m.out).milestones).toEqual([
      { period: 'Jan 2020', value: 30 },
      { period: 'Feb 2020', value: 25 },
      { period: 'Mar 2020', value: 20 },
    ]);
  });

  it('writes periods in their usual form whatever was typed', async () => {
    const r = await run(['--baseline', '10', '--from', '2003-04', '--to', 'FY 2005/06', '--target', '8', '--json']);
    expect(JSON.parse(r.out).milestones.map((m: { period: string }) => m.period)).toEqual(['2003/04', '2004/05', '2005/06']);
  });
});

describe('saferplan trajectory as a table', () => {
  it('prints a readable table', async () => {
    const r = await run(['--baseline', '1140', '--from', '2003/04', '--to', '2007/08', '--target', '960']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2005\/06\s+1050/);
    expect(r.out).toContain('(baseline)');
    expect(r.out).toContain('(target)');
    expect(() => JSON.parse(r.out)).toThrow();
  });
});

describe('saferplan trajectory: bad arguments exit 2 with one line on stderr', () => {
  const good = ['--baseline', '1140', '--from', '2003/04', '--to', '2007/08'];
  it.each([
    ['neither --target nor --change', [...good], /--target N or --change/],
    ['both --target and --change', [...good, '--target', '960', '--change', '-16%'], /not both/],
    ['unknown method', [...good, '--target', '960', '--method', 'exponential'], /--method must be linear or compound/],
    ['unknown rounding', [...good, '--target', '960', '--rounding', 'up'], /--rounding must be/],
    ['unparseable period', ['--baseline', '1140', '--from', 'someday', '--to', '2007/08', '--target', '960'], /someday/],
    ['to before from', ['--baseline', '1140', '--from', '2007/08', '--to', '2003/04', '--target', '960'], /not after/],
    ['to equal to from', ['--baseline', '1140', '--from', '2007/08', '--to', '2007/08', '--target', '960'], /not after/],
    ['non-numeric baseline', ['--baseline', 'lots', '--from', '2003/04', '--to', '2007/08', '--target', '960'], /--baseline must be a number/],
    ['non-numeric target', [...good, '--target', '9x0'], /--target must be a number/],
    ['non-numeric change', [...good, '--change', 'some'], /--change must be a percentage/],
    ['missing baseline', ['--from', '2003/04', '--to', '2007/08', '--target', '960'], /--baseline is required/],
    ['unknown option', [...good, '--target', '960', '--colour', 'red'], /colour/],
    ['compound through zero', [...good, '--target', '0', '--method', 'compound'], /compound/],
    ['mixed kinds of period', ['--baseline', '10', '--from', '2003/04', '--to', 'Mar 2005', '--target', '8'], /different kinds/],
  ])('%s', async (_label, args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).not.toContain('\n');
    expect(r.err[0]).toMatch(message as RegExp);
  });
});
