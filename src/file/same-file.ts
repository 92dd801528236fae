import { promises as fs } from 'fs';
import path from 'path';

/**
 * True when two paths name the same file on disk: the same path, or the same inode through a
 * symbolic or hard link. Comparing path strings alone lets a link overwrite the input.
 * A path that does not exist yet is never the same file as another.
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}
