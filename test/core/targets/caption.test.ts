import { parseCaption } from '../../../src/core/targets/caption';

describe('parseCaption', () => {
  test("seed 001's caption: priority, direction, indicator, change, from, to, period", () => {
    const c = parseCaption('Anti-social Behaviour - Strategic target to reduce criminal damage incidents by 16% from 1140 to 960 by 2007/08')!;
    expect(c).toMatchObject({
      priority: 'Anti-social Behaviour',
      saysTarget: true,
      direction: 'reduce',
      indicator: 'criminal damage incidents',
      change: -0.16,
      from: { value: 1140, percent: false },
      to: { value: 960, percent: false },
      baselinePeriod: null,
      targetPeriod: '2007/08',
      unit: null,
    });
  });

  test('a dash with no space before it, and percentages as from/to', () => {
    const c = parseCaption('Fear of Crime & Community Reassurance- Strategic Target to reduce the number of residents feeling unsafe from 11% to 8% by 2007/08')!;
    expect(c.priority).toBe('Fear of Crime & Community Reassurance');
    expect(c.indicator).toBe('the number of residents feeling unsafe');
    expect(c.from).toEqual({ value: 0.11, percent: true });
    expect(c.to).toEqual({ value: 0.08, percent: true });
    expect(c.change).toBeNull();
    expect(c.unit).toBe('percent');
  });

  test('no from/to: the change and period only ("extent to which" is not a "to" value)', () => {
    const c = parseCaption('Anti-social Behaviour - Strategic target to reduce extent to which residents think anti-social behaviour occurs in their neighbourhood by 10% by 2007/08')!;
    expect(c.indicator).toBe('extent to which residents think anti-social behaviour occurs in their neighbourhood');
    expect(c.change).toBe(-0.1);
    expect(c.from).toBeNull();
    expect(c.targetPeriod).toBe('2007/08');
  });

  test('other partnerships: "Target: reduce X by 10% (baseline 2019/20: 500) by 2022/23"', () => {
    const c = parseCaption('Target: reduce serious violence by 10% (baseline 2019/20: 500) by 2022/23')!;
    expect(c).toMatchObject({
      priority: null,
      saysTarget: true,
      direction: 'reduce',
      indicator: 'serious violence',
      change: -0.1,
      from: { value: 500, percent: false },
      baselinePeriod: '2019/20',
      targetPeriod: '2022/23',
    });
  });

  test('from a baseline in one year to a figure in another; increase', () => {
    const c = parseCaption('Strategic target to increase the detection rate for burglary from 14.5% in 2019/20 to 20% in 2023/24')!;
    expect(c).toMatchObject({ direction: 'increase', indicator: 'the detection rate for burglary', baselinePeriod: '2019/20', targetPeriod: '2023/24' });
    expect(c.from).toEqual({ value: 0.145, percent: true });
    expect(c.unit).toBe('percent');
  });

  test('thousands separators and "per cent"', () => {
    const c = parseCaption('Domestic Abuse - target to increase reports of domestic abuse by 5 per cent from 1,250 to 1,313 by 2024/25')!;
    expect(c).toMatchObject({ direction: 'increase', change: 0.05, from: { value: 1250 }, to: { value: 1313 }, targetPeriod: '2024/25' });
  });

  test('text with no direction is not a caption', () => {
    expect(parseCaption('ACTION PLAN TARGETS FOR 2005 – 2006')).toBeNull();
    expect(parseCaption('YEAR 1 – 2005/06')).toBeNull();
  });
});

describe('parseCaption: the priority on a line of its own', () => {
  test('first line is the priority when it is not itself the statement', () => {
    const c = parseCaption('Domestic Burglary\nStrategic Target to reduce house burglaries by 30% from 372 to 260 by 2007/08')!;
    expect(c).toMatchObject({ priority: 'Domestic Burglary', indicator: 'house burglaries', change: -0.3, targetPeriod: '2007/08' });
  });
});

describe('parseCaption: baselines written other ways', () => {
  test('"from a baseline of 850 in 2019/20 to 935 by March 2023"', () => {
    const c = parseCaption('Target 3: increase the number of domestic abuse reports from a baseline of 850 in 2019/20 to 935 by March 2023')!;
    expect(c).toMatchObject({
      priority: null,
      direction: 'increase',
      indicator: 'the number of domestic abuse reports',
      from: { value: 850 },
      to: { value: 935 },
      baselinePeriod: '2019/20',
      targetPeriod: 'Mar 2023',
    });
  });

  test('"from a 2021/22 baseline of 320", after the target period', () => {
    const c = parseCaption('Serious Violence: reduce knife crime offences by 15% by 2024/25 from a 2021/22 baseline of 320')!;
    expect(c).toMatchObject({ priority: 'Serious Violence', indicator: 'knife crime offences', change: -0.15, from: { value: 320 }, baselinePeriod: '2021/22', targetPeriod: '2024/25' });
  });

  test('baseline in brackets after the period, with a thousands separator', () => {
    const c = parseCaption('Reduce anti-social behaviour incidents by 10% by 2022/23 (baseline 2019/20: 1,200)')!;
    expect(c).toMatchObject({ saysTarget: true, indicator: 'anti-social behaviour incidents', from: { value: 1200 }, baselinePeriod: '2019/20', targetPeriod: '2022/23' });
  });
});
