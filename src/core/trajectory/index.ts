/** Trajectories: milestones, checks of stated figures, RAG, forecast outturn, Poisson significance, the Trajectories sheet. */
export * from './rounding';
export * from './precision';
export * from './milestones';
export * from './change';
export * from './infer';
export * from './rag';
export * from './forecast';
export * from './gamma';
export * from './significance';
export * from './periods';
export * from './trajectory';
export * from './check';
export * from './progress';
export * from './rows';
export * from './sheet';
