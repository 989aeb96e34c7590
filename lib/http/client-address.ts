// The address a request really comes from, for sign-in limits, sessions and the audit log.
// `next start` only fills X-Forwarded-For from the socket when the client did not send one
// (node_modules/next/dist/server/base-server.js: `x-forwarded-for ??= socket.remoteAddress`), so that
// header is whatever the client wants it to be. Instead, the Node.js server stamps every request with
// CLIENT_ADDRESS_HEADER before Next sees it (installed from instrumentation.ts), overwriting any value a
// client sent: the socket's peer, or — only when that peer is a trusted proxy (TRUSTED_PROXIES, IPs or
// CIDRs) — the nearest untrusted address in X-Forwarded-For, as proxy-addr (Express's) computes it.
// See docs/decisions/0019-account-security.md.
import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

export const CLIENT_ADDRESS_HEADER = 'x-rekha-client-address';

type Trust = (address: string, hop: number) => boolean;

/** TRUSTED_PROXIES: comma/space-separated IPs, CIDRs or proxy-addr names (`loopback`, `uniquelocal`). */
export function trustedProxies(env: Record<string, string | undefined> = process.env): Trust {
  const list = (env.TRUSTED_PROXIES ?? '').split(/[\s,]+/).filter(Boolean);
  // An invalid entry throws here, when the server starts: better than trusting the wrong hop.
  return list.length ? proxyaddr.compile(list) : () => false;
}

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) → `10.0.0.1`, so one client has one key. */
function normalise(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (m ? m[1] : address).toLowerCase();
}

/** The client's address for a raw Node.js request. */
export function clientAddressOf(req: IncomingMessage, trust: Trust): string {
  if (!req.socket?.remoteAddress) return 'unknown';
  return normalise(proxyaddr(req, trust));
}

/** Overwrite the header on a raw request (a client's own value never survives). */
export function stampClientAddress(req: IncomingMessage, trust: Trust): void {
  req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req, trust);
}

const INSTALLED = Symbol.for('rekha.clientAddressInstalled');

/**
 * Stamp every request the process's HTTP(S) servers receive. Runs once, at server start, before
 * the first request (Next awaits instrumentation's register()).
 */
export async function installClientAddressStamp(env: Record<string, string | undefined> = process.env): Promise<void> {
  const g = globalThis as typeof globalThis & { [INSTALLED]?: boolean };
  if (g[INSTALLED]) return;
  g[INSTALLED] = true;
  const trust = trustedProxies(env);
  const http = await import('node:http');
  const https = await import('node:https');
  for (const proto of [http.Server.prototype, https.Server.prototype]) {
    const emit = proto.emit;
    proto.emit = function stampingEmit(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === 'request') stampClientAddress(args[0] as IncomingMessage, trust);
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof proto.emit;
  }
}

let warned = false;

/** Read the stamped address from a request's headers (server actions, route handlers). */
export function clientAddress(headers: Headers): string {
  const value = headers.get(CLIENT_ADDRESS_HEADER);
  if (value) return value;
  if (!warned) {
    warned = true;
    console.warn(
      `[auth] no ${CLIENT_ADDRESS_HEADER} header: instrumentation.ts did not install the client address stamp`,
    );
  }
  return 'unknown';
}
