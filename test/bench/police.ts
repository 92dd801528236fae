/**
 * data.police.uk street-level files for the import-police benchmark, made from the real 2019 City
 * of London records in ../shared/data/police-uk: each file is one force's month, as the download
 * folders hold them, with the real rows' fields (crime ids, coordinates, locations, LSOAs, crime
 * types, outcomes) and that file's month and force. Rows are taken in turn from the real files,
 * so the shape (field lengths, empty crime ids for anti-social behaviour, "No Location" rows)
 * is the published one.
 */
import { promises as fs, readdirSync, readFileSync } from 'fs';
import path from 'path';

const REAL = path.resolve(__dirname, '..', '..', '..', 'shared', 'data', 'police-uk');

/** Forces of England and Wales, as "Falls within" names them. */
const FORCES = [
  'Avon and Somerset Constabulary',
  'Bedfordshire Police',
  'Cambridgeshire Constabulary',
  'Cheshire Constabulary',
  'City of London Police',
  'Cleveland Police',
  'Cumbria Constabulary',
  'Derbyshire Constabulary',
  'Devon & Cornwall Police',
  'Dorset Police',
  'Durham Constabulary',
  'Dyfed-Powys Police',
  'Essex Police',
  'Gloucestershire Constabulary',
  'Greater Manchester Police',
  'Gwent Police',
  'Hampshire Constabulary',
  'Hertfordshire Constabulary',
  'Humberside Police',
  'Kent Police',
  'Lancashire Constabulary',
  'Leicestershire Police',
  'Lincolnshire Police',
  'Merseyside Police',
  'Metropolitan Police Service',
  'Norfolk Constabulary',
  'North Wales Police',
  'North Yorkshire Police',
  'Northamptonshire Police',
  'Northumbria Police',
  'Nottinghamshire Police',
  'South Wales Police',
  'South Yorkshire Police',
  'Staffordshire Police',
  'Suffolk Constabulary',
  'Surrey Police',
  'Sussex Police',
  'Thames Valley Police',
  'Warwickshire Police',
  'West Mercia Police',
  'West Midlands Police',
  'West Yorkshire Police',
  'Wiltshire Police',
];

/** The real records' lines (no header), fields after "Falls within" kept as published. */
function realTails(): string[] {
  const tails: string[] = [];
  for (const f of readdirSync(REAL)
    .filter((n) => n.endsWith('.csv'))
    .sort()) {
    const lines = readFileSync(path.join(REAL, f), 'utf8').split(/\r?\n/).slice(1);
    for (const l of lines) {
      if (!l) continue;
      // Crime ID, Month, Reported by, Falls within, then the rest: keep the id and the rest.
      const parts = l.split(',');
      tails.push(`${parts[0]}\u0000${parts.slice(4).join(',')}`);
    }
  }
  return tails;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, '-');

/**
 * Writes street files holding `rows` records in all, `perFile` to a file (one force's month each,
 * forces and months in turn from April 2019), and gives back their paths and total size.
 */
export async function writeStreetFiles(dir: string, rows: number, perFile = 20_000): Promise<{ files: string[]; bytes: number }> {
  const tails = realTails();
  const header = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
  const files: string[] = [];
  let bytes = 0;
  let next = 0;
  for (let done = 0, k = 0; done < rows; k++) {
    const force = FORCES[k % FORCES.length];
    const m = Math.floor(k / FORCES.length);
    const month = `${2019 + Math.floor((3 + m) / 12)}-${String(((3 + m) % 12) + 1).padStart(2, '0')}`;
    const file = path.join(dir, `${month}-${slug(force)}-street.csv`);
    const n = Math.min(perFile, rows - done);
    const lines: string[] = [header];
    for (let i = 0; i < n; i++) {
      const [id, rest] = tails[next++ % tails.length].split('\u0000');
      lines.push(`${id},${month},${force},${force},${rest}`);
    }
    const text = `${lines.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    await fs.writeFile(file, text);
    files.push(file);
    done += n;
  }
  return { files, bytes };
}
