// The request hook on a real HTTP server: request ids, the 503 that replaces a reader 500 while the database
// fails, and the bounded route labels of the metrics.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMetricsRequest } from './metricsAccess';
import { metrics, routeLabel } from './metrics';
import { onRequest } from './server';
import { unavailableHtml } from './unavailable';

let server: http.Server;
let origin = '';
beforeAll(async () => {
  process.env.LOG_REQUESTS = '0';
  // Every path fails as a render would while the database is gone.
  server = http.createServer((req, res) => {
    onRequest(server, req, res);
    res.statusCode = req.url === '/be/ok' ? 200 : 500;
    res.end('boom');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  delete process.env.LOG_REQUESTS;
  server.close();
});

describe('request hook', () => {
  it("keeps the edge's request id when it looks like one, else makes one, and answers it", async () => {
    const given = await fetch(`${origin}/be/ok`, { headers: { 'X-Request-Id': 'edge-1733-42' } });
    expect(given.headers.get('x-request-id')).toBe('edge-1733-42');
    const forged = await fetch(`${origin}/be/ok`, { headers: { 'X-Request-Id': '<script>' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("answers a reader page's failed render 503 with Retry-After and the short page; other paths keep their status", async () => {
    const down = await fetch(`${origin}/be/news/x`);
    expect(down.status).toBe(503);
    expect(down.headers.get('retry-after')).toBe('5');
    expect(down.headers.get('cache-control')).toBe('no-store');
    expect(await down.text()).toMatch(/<html lang="be">[\s\S]*Сайт часова недаступны/);
    const en = await fetch(`${origin}/en/section/x`);
    expect([en.status, await en.text()]).toEqual([503, expect.stringMatching(/briefly unavailable/)]);
    // The newsroom and the API keep their real status.
    expect((await fetch(`${origin}/admin/desk`)).status).toBe(500);
    expect((await fetch(`${origin}/api/views/1`)).status).toBe(500);
    // Counted as the 500 it was.
    expect(await metrics().registry.metrics()).toMatch(/http_requests_total\{route="article",status="500"\} \d+/);
  });

  it('counts requests by a bounded route label', async () => {
    await fetch(`${origin}/be/ok`);
    const text = await metrics().registry.metrics();
    expect(text).toMatch(/http_requests_total\{route="page",status="200"\} \d+/);
    expect(routeLabel('/be')).toBe('front');
    expect(routeLabel('/ru/news/some-slug')).toBe('article');
    expect(routeLabel('/en/feed/rss.xml')).toBe('feed');
    expect(routeLabel('/wp-login.php')).toBe('other');
    expect(routeLabel(`/be/${'x'.repeat(50)}`)).toBe('page');
  });
});

describe('/metrics access', () => {
  it('is closed without METRICS_TOKEN and needs the exact bearer token with it', () => {
    delete process.env.METRICS_TOKEN;
    expect(isMetricsRequest('Bearer anything')).toBe('disabled');
    process.env.METRICS_TOKEN = 'tok-123';
    expect(isMetricsRequest('Bearer tok-123')).toBe('ok');
    expect(isMetricsRequest('Bearer tok-12')).toBe('unauthorized');
    expect(isMetricsRequest(null)).toBe('unauthorized');
    delete process.env.METRICS_TOKEN;
  });
});

describe('the 503 page', () => {
  it("is short, in the reader's language", () => {
    expect(unavailableHtml('be')).toMatch(/<html lang="be">[\s\S]*Сайт часова недаступны/);
    expect(unavailableHtml('en')).toMatch(/briefly unavailable/);
  });
});
