/**
 * A scripted vendor in front of an emulator: a node:http proxy on 127.0.0.1 that forwards every request,
 * unless `tamper` answers for it — a whole scripted response, or a rewrite of the emulator's. The proxy
 * logs what reached it, so a test can also assert "zero vendor requests".
 */
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  path: string;
  /** The request's Authorization header and body, for vendors that (carelessly) echo them. */
  authorization?: string;
  body?: string;
}

export interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body: string;
  /** Send the headers and `body`, then drop the connection: a response cut off mid-body. */
  cut?: boolean;
}

export type Tamper = (req: Seen) => Scripted | { rewrite: (status: number, body: string) => Scripted } | null;

export interface Proxy {
  url: string;
  seen: Seen[];
  tamper: Tamper;
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<Proxy> {
  const upstream = new URL(target);
  const proxy: Proxy = { url: '', seen: [], tamper: () => null, close: async () => undefined };
  const server = createServer(async (req, res) => {
    const body = await readAll(req);
    const seen = { method: req.method ?? 'GET', path: req.url ?? '/' };
    proxy.seen.push(seen);
    const full: Seen = { ...seen, authorization: req.headers.authorization ?? '', body: body.toString('utf8') };
    const send = (s: Scripted) => {
      res.writeHead(s.status, { 'content-length': String(Buffer.byteLength(s.body)), ...(s.headers ?? {}) });
      if (s.cut) res.write(s.body, () => res.socket?.destroy());
      else res.end(s.body);
    };
    const action = proxy.tamper(full);
    if (action && !('rewrite' in action)) return send(action);
    const forwarded = request(
      { host: upstream.hostname, port: upstream.port, method: seen.method, path: seen.path, headers: { ...req.headers, host: upstream.host } },
      async (up) => {
        const text = (await readAll(up)).toString('utf8');
        if (action) return send(action.rewrite(up.statusCode ?? 502, text));
        res.writeHead(up.statusCode ?? 502, up.headers);
        res.end(text);
      },
    );
    forwarded.on('error', () => res.destroy());
    forwarded.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  proxy.url = `http://127.0.0.1:${port}${upstream.pathname}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export const json = (status: number, value: unknown): Scripted => ({ status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) });
