import type { Target } from '../plan';

export type { Target };

export type Method = 'linear' | 'compound';
export type Rounding = 'none' | 'nearest' | 'floor' | 'ceil';
export const METHODS: readonly Method[] = ['linear', 'compound'];
export const ROUNDINGS: readonly Rounding[] = ['none', 'nearest', 'floor', 'ceil'];

/**
 * How a target's trajectory is drawn. Not part of Target (model.md fixes its fields): it lives in
 * the Targets sheet's Method, Rounding and Tolerance columns, where analysts choose it.
 */
export interface TargetSettings {
  method: Method;
  rounding: Rounding;
  /** Fraction: 0.05 = amber up to 5% worse than the milestone. */
  tolerance: number;
}

export const DEFAULT_SETTINGS: Readonly<TargetSettings> = { method: 'linear', rounding: 'none', tolerance: 0.05 };
