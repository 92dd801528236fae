import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import { serveFile, workbenchApi } from './api';

export interface WorkbenchServer {
  url: string;
  close(): Promise<void>;
}

/** A built workbench (webpack output folder) plus its API on localhost; port 0 picks a free one. */
export function startWorkbenchServer(options: { root: string; port?: number; samplePath?: string }): Promise<WorkbenchServer> {
  const api = workbenchApi({ samplePath: options.samplePath });
  const root = path.resolve(options.root);
  const server = http.createServer((req, res) => {
    const fail = () => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end();
    };
    try {
      api(req, res, () => serveFile(root, req, res).catch(fail));
    } catch {
      fail();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (require.main === module) {
  const root = process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'dist', 'workbench');
  const port = Number(process.env.PORT ?? 3001);
  startWorkbenchServer({ root, port }).then((s) => console.log(`SaferPlan workbench: ${s.url}/workbench.html`));
}
