import { existsSync, readFileSync } from 'fs';
import path from 'path';
import type { IconFiles } from './manifest-check';
import { pngSize } from './png';

/** Icons looked up in a folder laid out like the served site (/assets/... -> <root>/assets/...). */
export function iconFilesIn(root: string): IconFiles {
  return {
    sizeOf(urlPath: string) {
      const file = path.join(root, decodeURIComponent(urlPath.replace(/^\//, '')));
      return existsSync(file) ? pngSize(readFileSync(file)) : null;
    },
  };
}
