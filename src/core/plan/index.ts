export * from './source';
export * from './status';
export * from './action';
export * from './target';
export * from './finding';
export * from './plan';
