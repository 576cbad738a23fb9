/** Small node:http helpers shared by the vendor emulators. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fault } from './faults.js';

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(text ? { 'content-type': 'application/json' } : {}),
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** Drop the connection without any response bytes: the client sees a socket error. */
export function dropConnection(res: ServerResponse): void {
  res.socket?.destroy();
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type ErrorBody = (status: number, message: string) => unknown;

/**
 * Serve a fault that replaces the response (429, 500, 503, reset, hang). Returns the status sent, or null
 * when the connection was dropped or is left hanging. `latency` and `lost-create` are not handled here: they wrap normal
 * serving and the caller handles them.
 */
export function serveReplacingFault(res: ServerResponse, fault: Fault, errorBody: ErrorBody): number | null {
  switch (fault.kind) {
    case '429':
      sendJson(res, 429, errorBody(429, 'Too Many Requests'), { 'retry-after': String(fault.retryAfterSeconds) });
      return 429;
    case '500':
      sendJson(res, 500, errorBody(500, 'Internal Server Error'));
      return 500;
    case '503':
      sendJson(res, 503, errorBody(503, 'Service Unavailable'), { 'retry-after': String(fault.retryAfterSeconds) });
      return 503;
    case 'reset':
      dropConnection(res);
      return null;
    case 'hang':
      // Never answer; the connection stays open until the client gives up or the emulator closes.
      return null;
    default:
      throw new Error(`fault ${fault.kind} does not replace the response`);
  }
}

export interface Served {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Serves one request through the fault decided for it: a replacing fault (429, 5xx, reset) instead of the
 * reply; latency before it; a lost create performs the request, then drops the connection. Returns the
 * status sent, or null when the client got no response.
 */
export async function serveThroughFault(res: ServerResponse, fault: Fault | null, errorBody: ErrorBody, respond: () => Served): Promise<number | null> {
  if (fault && fault.kind !== 'latency' && fault.kind !== 'lost-create') return serveReplacingFault(res, fault, errorBody);
  if (fault?.kind === 'latency') await sleep(fault.latencyMs);
  const reply = respond();
  if (fault?.kind === 'lost-create') {
    dropConnection(res);
    return null;
  }
  sendJson(res, reply.status, reply.body, reply.headers);
  return reply.status;
}

/** Listens on 127.0.0.1 (port 0: any free one) and returns the port and a close that ends open connections. */
export async function listenLoopback(server: Server, port = 0, host = '127.0.0.1'): Promise<{ port: number; close(): Promise<void> }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** A node:http server for an emulator: an error escaping the handler becomes a 500 in the vendor's shape. */
export function emulatorServer(handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>, errorBody: ErrorBody): Server {
  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent && !res.destroyed) sendJson(res, 500, errorBody(500, `Emulator error: ${String(err)}`));
    });
  });
}

/** A JSON request body; unparsable text becomes `{ __invalidJson: <first 200 characters> }` for the emulator to refuse. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return { __invalidJson: text.slice(0, 200) };
  }
}
