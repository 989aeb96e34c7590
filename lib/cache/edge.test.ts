import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { edgeTags, purgeEdge, setEdgeTags } from './edge';
import { invalidate } from './invalidate';

describe('edgeTags', () => {
  it('tags a reader page with its language, banner, site and most-read tags, an article also with its story', () => {
    expect(edgeTags('/ru')).toEqual(['lang:ru', 'banner:ru', 'site', 'mostread:ru']);
    expect(edgeTags('/be/news/x', 'st1')).toEqual(['lang:be', 'banner:be', 'site', 'mostread:be', 'story:st1']);
    expect(edgeTags('/en/feed/rss.xml')).toEqual(['lang:en', 'banner:en', 'site', 'mostread:en']);
  });

  it('tags what every language shows with every language, and nothing the edge must not keep', () => {
    expect(edgeTags('/sitemap.xml')).toEqual(expect.arrayContaining(['lang:be', 'lang:ru', 'lang:en', 'site']));
    expect(edgeTags('/media/uploads/a.webp')).toEqual(['media']);
    for (const p of ['/api/views/1', '/api', '/admin/desk', '/_next/static/x.js']) expect(edgeTags(p)).toEqual([]);
  });

  it('writes one header, named by EDGE_TAG_HEADER (Fastly, Cloudflare)', () => {
    const h = new Headers();
    setEdgeTags(h, ['lang:be', 'site']);
    expect(h.get('xkey')).toBe('lang:be site');
    vi.stubEnv('EDGE_TAG_HEADER', 'Cache-Tag');
    vi.stubEnv('EDGE_TAG_SEPARATOR', ',');
    const cf = new Headers();
    setEdgeTags(cf, ['lang:be', 'site']);
    expect(cf.get('cache-tag')).toBe('lang:be,site');
    vi.unstubAllEnvs();
  });
});

/** A real HTTP server standing in for the edge: answers `fail` times 503, then 200; records each purge. */
async function fakeEdge(fail = 0) {
  const purges: { method: string; keys: string }[] = [];
  let failures = fail;
  const server = http.createServer((req, res) => {
    purges.push({ method: req.method!, keys: String(req.headers['xkey-purge']) });
    res.statusCode = failures-- > 0 ? 503 : 200;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, purges, close: () => new Promise((r) => server.close(r)) };
}

describe('purgeEdge', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('sends PURGE with the tags to every edge', async () => {
    const [a, b] = [await fakeEdge(), await fakeEdge()];
    await purgeEdge(['lang:be', 'story:s1'], { targets: [a.url, b.url] });
    expect(a.purges).toEqual([{ method: 'PURGE', keys: 'lang:be story:s1' }]);
    expect(b.purges).toEqual([{ method: 'PURGE', keys: 'lang:be story:s1' }]);
    await Promise.all([a.close(), b.close()]);
  });

  it('retries a failing edge, and logs when it gives up', async () => {
    const flaky = await fakeEdge(2);
    await purgeEdge(['site'], { targets: [flaky.url], delays: [1, 1, 1] });
    expect(flaky.purges).toHaveLength(3);
    const down = await fakeEdge(100);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await purgeEdge(['site'], { targets: [down.url], delays: [1, 1] });
    expect(down.purges).toHaveLength(3);
    expect(error.mock.calls[0][0]).toMatch(/edge purge failed.*503/);
    error.mockRestore();
    await Promise.all([flaky.close(), down.close()]);
  });

  it('does not make the caller wait for the edge', async () => {
    const slow = http.createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    vi.stubEnv('EDGE_PURGE_URL', `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // invalidate() returns while the purge is still waiting for an answer.
    expect(invalidate({ kind: 'banner', locale: 'be' })).toEqual(['banner:be']);
    slow.closeAllConnections();
    slow.close();
    error.mockRestore();
  });

  it('is what every invalidation does when EDGE_PURGE_URL is set', async () => {
    const edge = await fakeEdge();
    vi.stubEnv('EDGE_PURGE_URL', edge.url);
    invalidate({ kind: 'article', locale: 'ru', storyId: 'st9' });
    await vi.waitFor(() => expect(edge.purges[0]).toEqual({ method: 'PURGE', keys: 'lang:ru story:st9' }));
    await edge.close();
  });
});
