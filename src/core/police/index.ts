export * from './street';
export * from './street-reader';
export * from './counts';
export * from './aggregate';
export * from './mapping';
export * from './into-progress';
export * from './police-sheet';
