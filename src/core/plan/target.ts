import { SourceRef } from './source';

export type Unit = 'count' | 'percent' | 'index' | 'rate';
export type Direction = 'reduce' | 'increase';

export interface PeriodValue {
  period: string;
  value: number;
}

export interface StatedMilestone extends PeriodValue {
  cell: string;
}

/** An indicator with a baseline and a target. Field names fixed by model.md. */
export interface Target {
  id: string;
  priority: string | null;
  indicator: string;
  unit: Unit;
  direction: Direction;
  baseline: PeriodValue | null;
  target: { period: string; value?: number; change?: number } | null;
  stated: StatedMilestone[];
  source: SourceRef;
}
