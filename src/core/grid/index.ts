export * from './cell';
export * from './address';
export * from './grid';
export * from './excel-text';
