/** The uniform data-sharing format, version 1: build, de-personalise, write safely, read back, collate. */
export * from './uniform-format';
export * from './neutralise';
export * from './csv';
export * from './people';
export * from './patterns';
export * from './learn';
export * from './residual';
export * from './suppress';
export * from './depersonalise';
export * from './sheets';
export * from './read';
export * from './collate';
