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

/** Host names the workbench answers to: a DNS-rebinding page's host name is none of them. */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The Host header's name when it is a localhost one (any port), else null. */
function localHost(host: string | undefined): string | null {
  if (!host) return null;
  const m = /^(localhost|127\.0\.0\.1|\[::1\])(?::(\d{1,5}))?$/i.exec(host.trim());
  return m && LOCAL_HOSTS.has(m[1].toLowerCase()) ? host.trim().toLowerCase() : null;
}

/**
 * Why a request to the API is refused, or null. The API runs on the person's machine, so a page on
 * the web must not reach it: the Host must be a localhost one (against DNS rebinding), an Origin,
 * when the browser sends one, must be the workbench's own (scheme, host and port), and an upload
 * must come from the workbench page itself (an Origin is required) as application/octet-stream,
 * which no HTML form can send and which a cross-site fetch cannot send without a CORS preflight
 * that this API never grants.
 */
export function refusal(req: IncomingMessage): { status: number; error: string } | null {
  const host = localHost(req.headers.host);
  if (!host) return { status: 403, error: 'The workbench answers only on localhost.' };
  const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `${scheme}://${host}`) return { status: 403, error: 'Only the workbench page may use this API.' };
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return { status: 403, error: 'Only the workbench page may use this API.' };
  if (req.method === 'POST') {
    if (origin === undefined) return { status: 403, error: 'Only the workbench page may upload a workbook.' };
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/octet-stream') return { status: 415, error: 'Send the workbook as application/octet-stream.' };
  }
  return null;
}

/** The request's path, percent-decoded; null when the URL is malformed (a bad escape such as %E0%A4%A). */
export function requestPath(req: IncomingMessage): string | null {
  const raw = (req.url ?? '/').split(/[?#]/)[0];
  if (!raw.startsWith('/')) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

async function toJson(host: XlsxFileHost, name: string) {
  return workbookJson(name, await host.readGrids(), await host.generatedSheets());
}

/**
 * The workbench's only server piece: GET /api/workbook returns the bundled sample, POST
 * /api/workbook (the .xlsx bytes as the body, its name in X-File-Name) returns that workbook, both
 * as the JSON the in-memory Excel loads. Plain Node (req, res, next), for webpack-dev-server's
 * setupMiddlewares (mounted after its own host and origin checks) and for the small static server
 * the browser tests use. Every request is checked by `refusal` first.
 */
export function workbenchApi(options: { samplePath?: string } = {}) {
  const sample = options.samplePath ?? SAMPLE_WORKBOOK;
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const pathname = requestPath(req);
    if (pathname !== '/api/workbook') return next();
    // The dev server's headers (Access-Control-Allow-Origin: * for the add-in's files) never apply here.
    res.removeHeader('Access-Control-Allow-Origin');
    const refused = refusal(req);
    if (refused) {
      req.resume();
      send(res, refused.status, { error: refused.error });
      return;
    }
    const work = async () => {
      if (req.method === 'GET') {
        send(res, 200, await toJson(await XlsxFileHost.open(sample), path.basename(sample)));
      } else if (req.method === 'POST') {
        const body = await readBody(req);
        if (body.subarray(0, 2).toString('latin1') !== 'PK') {
          send(res, 400, { error: 'That file is not an .xlsx workbook (Excel 2007 or later). Save it as .xlsx and try again.' });
          return;
        }
        let name: string;
        try {
          name = decodeURIComponent(String(req.headers['x-file-name'] ?? 'workbook.xlsx'));
        } catch {
          send(res, 400, { error: 'The file name (X-File-Name) is not percent-encoded text.' });
          return;
        }
        send(res, 200, await toJson(await XlsxFileHost.fromBuffer(body, name), name));
      } else send(res, 405, { error: 'Use GET or POST.' });
    };
    work().catch((e: unknown) => send(res, 400, { error: `Could not read the workbook: ${e instanceof Error ? e.message : String(e)}` }));
  };
}

/** Serves a folder (a webpack build) and the API; for tests and `npm run workbench:static`. */
export async function serveFile(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const pathname = requestPath(req);
  if (pathname === null) {
    res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request: malformed URL');
    return;
  }
  if (localHost(req.headers.host) === null) {
    res.writeHead(403, { 'Content-Type': 'text/plain' }).end('The workbench answers only on localhost.');
    return;
  }
  const rel = pathname === '/' ? '/workbench.html' : pathname;
  const file = path.join(root, path.normalize(rel).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(path.resolve(root))) {
    res.writeHead(403).end();
    return;
  }
  try {
    const data = await fs.readFile(file);
    const type =
      (
        { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.xml': 'application/xml', '.css': 'text/css', '.json': 'application/json' } as Record<
          string,
          string
        >
      )[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, { 'Content-Type': type });
    res.end(data);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  }
}
