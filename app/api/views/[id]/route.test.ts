// The read pixel as a flooder and a reader see it: only published articles count, one client cannot crowd
// out everyone else's reads, and no query runs per request (decision 0009).
import { beforeAll, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { createDraftBeside, publishedArticleIds, setArticlePublished } from '@/lib/news/testing/articles';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { LiveArticleIds, ReadLimiter } from '@/lib/news/mostRead';
import { GET } from './route';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

/** A pixel request from `ip` as the server stamps it (lib/http/client-address.ts); `spoofed` is what the client claims. */
async function pixel(id: string, ip: string, spoofed?: string): Promise<boolean> {
  const headers: Record<string, string> = { 'user-agent': BROWSER, [CLIENT_ADDRESS_HEADER]: ip };
  if (spoofed) headers['x-forwarded-for'] = spoofed;
  const res = await GET(new Request(`http://localhost/api/views/${id}`, { headers }), {
    params: Promise.resolve({ id }),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/gif');
  return res.headers.get('x-counted') === '1';
}

describeOnDatabases('the read pixel', () => {
  let published: string[] = [];
  let draft = '';
  beforeAll(async () => {
    // Each database starts with a fresh counter, limiter and id set (they live on globalThis, like the server's).
    for (const key of ['rekha.viewCounter', 'rekha.readLimiter', 'rekha.liveArticleIds'])
      delete (globalThis as Record<symbol, unknown>)[Symbol.for(key)];
    published = await publishedArticleIds(30);
    draft = await createDraftBeside(published[0]);
    expect(published.length).toBeGreaterThan(ReadLimiter.PER_CLIENT);
  });

  it('drafts and unknown ids do not count', async () => {
    expect(await pixel(draft, '192.0.2.2')).toBe(false);
    expect(await pixel('no-such-article', '192.0.2.2')).toBe(false);
  });

  it('20,000 fake ids from many clients do not stop a real read from counting', async () => {
    for (let i = 0; i < 20_000; i++) await pixel(`fake${i}`, `10.0.${i >> 8}.${i & 255}`);
    expect(await pixel(published[0], '192.0.2.1')).toBe(true);
  });

  it('one client counts each article once per window and a bounded number of articles', async () => {
    let counted = 0;
    for (let i = 0; i < 500; i++) if (await pixel(published[1], '192.0.2.3')) counted++;
    expect(counted).toBe(1);
    counted = 0;
    for (const id of published) if (await pixel(id, '192.0.2.4')) counted++;
    expect(counted).toBe(ReadLimiter.PER_CLIENT);
    // Another reader is not affected.
    expect(await pixel(published[1], '192.0.2.5')).toBe(true);
  });

  it('a client that claims other addresses in X-Forwarded-For is still one client', async () => {
    let counted = 0;
    for (let i = 0; i < 50; i++) if (await pixel(published[2], '192.0.2.6', `198.51.100.${i}`)) counted++;
    expect(counted).toBe(1);
  });

  it('a version published after the ids were loaded counts within seconds; an unpublished one stops counting', async () => {
    const live = new LiveArticleIds();
    const t = Date.now();
    expect(await live.has(draft, t)).toBe(false);
    await setArticlePublished(draft, true);
    expect(await live.has(draft, t + 1000)).toBe(false); // no query per request: the miss is looked up again only after MISS_REFRESH_MS
    expect(await live.has(draft, t + LiveArticleIds.MISS_REFRESH_MS + 1000)).toBe(true);
    await setArticlePublished(draft, false);
    expect(await live.has(draft, t + LiveArticleIds.MISS_REFRESH_MS + 2000)).toBe(true); // until the next refresh
    await live.refresh(t + LiveArticleIds.MISS_REFRESH_MS + LiveArticleIds.REFRESH_MS);
    expect(await live.has(draft, t + LiveArticleIds.MISS_REFRESH_MS + LiveArticleIds.REFRESH_MS + 1)).toBe(false);
  });
});
