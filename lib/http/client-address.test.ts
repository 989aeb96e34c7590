// A client cannot choose the address the sign-in limits see: a real HTTP server, real sockets.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  installClientAddressStamp,
  stampClientAddress,
  trustedProxies,
} from './client-address';

const servers: http.Server[] = [];

/** A server answering with the address the app would read from the request's headers. */
async function serve(listener: (req: http.IncomingMessage) => void = () => {}): Promise<string> {
  const server = http.createServer((req, res) => {
    listener(req);
    const h = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') h.set(k, v);
    res.end(clientAddress(h));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

afterAll(() => servers.forEach((s) => s.close()));

describe('client address', () => {
  it('is the socket peer, whatever X-Forwarded-For or our own header the client sends', async () => {
    await installClientAddressStamp({});
    const url = await serve();
    for (const spoof of ['203.0.113.7', '198.51.100.1, 10.0.0.1', 'unknown']) {
      const res = await fetch(url, {
        headers: { 'x-forwarded-for': spoof, 'x-real-ip': spoof, [CLIENT_ADDRESS_HEADER]: spoof },
      });
      expect(await res.text()).toBe('127.0.0.1');
    }
  });

  it('comes from X-Forwarded-For only when the peer is a trusted proxy', async () => {
    const trusted = await serve((req) =>
      stampClientAddress(req, trustedProxies({ TRUSTED_PROXIES: '127.0.0.1/32, 10.0.0.0/8' })),
    );
    // The proxy appended the client it saw; what the client itself put before that is ignored.
    const res = await fetch(trusted, { headers: { 'x-forwarded-for': '192.0.2.99, 203.0.113.7, 10.1.2.3' } });
    expect(await res.text()).toBe('203.0.113.7');
    const untrusted = await serve((req) => stampClientAddress(req, trustedProxies({ TRUSTED_PROXIES: '10.0.0.0/8' })));
    expect(await (await fetch(untrusted, { headers: { 'x-forwarded-for': '203.0.113.7' } })).text()).toBe('127.0.0.1');
  });

  it('refuses a malformed TRUSTED_PROXIES at start-up', () => {
    expect(() => trustedProxies({ TRUSTED_PROXIES: '10.0.0.0/99' })).toThrow();
  });
});
