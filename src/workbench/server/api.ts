import { promises as fs } from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import path from 'path';
import { XlsxFileHost } from '../../file/xlsx-host';
import { workbookJson } from './workbook-json';

export const SAMPLE_WORKBOOK = path.join(__dirname, '..', '..', '..', 'assets', 'sample', 'south-derbyshire-2005-06.xlsx');
const MAX_UPLOAD = 50 * 1024 * 1024;

type Next = (err?: unknown) => void;

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_UPLOAD) {
        reject(new Error('The workbook is larger than 50 MB.'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function toJson(host: XlsxFileHost, name: string) {
  return workbookJson(name, await host.readGrids(), await host.generatedSheets());
}

/**
 * The workbench's only server piece: GET /api/workbook returns the bundled sample, POST
 * /api/workbook (the .xlsx bytes as the body, its name in X-File-Name) returns that workbook, both
 * as the JSON the in-memory Excel loads. Plain Node (req, res, next), for webpack-dev-server's
 * setupMiddlewares and for the small static server the browser tests use.
 */
export function workbenchApi(options: { samplePath?: string } = {}) {
  const sample = options.samplePath ?? SAMPLE_WORKBOOK;
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/api/workbook') return next();
    const work = async () => {
      if (req.method === 'GET') {
        send(res, 200, await toJson(await XlsxFileHost.open(sample), path.basename(sample)));
      } else if (req.method === 'POST') {
        const body = await readBody(req);
        if (body.subarray(0, 2).toString('latin1') !== 'PK') {
          send(res, 400, { error: 'That file is not an .xlsx workbook (Excel 2007 or later). Save it as .xlsx and try again.' });
          return;
        }
        const name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'workbook.xlsx'));
        send(res, 200, await toJson(await XlsxFileHost.fromBuffer(body, name), name));
      } else send(res, 405, { error: 'Use GET or POST.' });
    };
    work().catch((e: unknown) => send(res, 400, { error: `Could not read the workbook: ${e instanceof Error ? e.message : String(e)}` }));
  };
}

/** Serves a folder (a webpack build) and the API; for tests and `npm run workbench:static`. */
export async function serveFile(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const rel = decodeURIComponent(url.pathname === '/' ? '/workbench.html' : url.pathname);
  const file = path.join(root, path.normalize(rel).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(path.resolve(root))) {
    res.writeHead(403).end();
    return;
  }
  try {
    const data = await fs.readFile(file);
    const type = ({ '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css', '.json': 'application/json' } as Record<string, string>)[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type });
    res.end(data);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
}
