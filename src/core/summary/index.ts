/** The committee's Summary: figures from the plan, and the sheet spec with its charts. */
export * from './input';
export * from './labels';
export * from './period';
export * from './agencies';
export * from './indicators';
export * from './returns';
export * from './figures';
export * from './charts';
export * from './summary-sheet';
export { indicatorsFromTrajectoryRows } from './indicator-input';
export { estimateRowHeights, wrappedLines } from '../sheets/row-heights';
export { completenessFigures } from './completeness';
export type { CompletenessFigures } from './completeness';
