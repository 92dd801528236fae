import path from 'path';

/** The shared/ folder that sits beside the checkout (on a developer's machine and in CI alike). */
export const SHARED = path.resolve(__dirname, '..', '..', '..', 'shared');
export const POLICE_UK = path.join(SHARED, 'data', 'police-uk');
export const SEEDS = path.join(SHARED, 'seeds');
