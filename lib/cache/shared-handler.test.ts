// The shared cache handler against a real redis-server of the test's own (port 6390): what one instance writes
// or invalidates through Redis is what every other instance sees; without Redis the process's memory answers.
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ownRedis } from '@/lib/ops/testing/redis';
// @ts-expect-error plain JavaScript module (Next loads it with Node's own loader), no type declarations
import SharedCacheHandler, { closeSharedCache, decode, encode, entryTags } from './shared-handler.mjs';

const redis = ownRedis(6390);
const ctx = {
  fs: undefined,
  flushToDisk: false,
  serverDistDir: '/nonexistent',
  revalidatedTags: [],
  maxMemoryCacheSize: 1e6,
};
const page = (html: string, tags: string) => ({
  kind: 'APP_PAGE',
  html,
  rscData: Buffer.from(`flight ${html}`),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
});
const pageCtx = { kind: 'APP_PAGE', isFallback: false };

let prefix = '';
function handler() {
  return new SharedCacheHandler(ctx);
}
async function raw() {
  const c = createClient({ url: redis.url });
  await c.connect();
  return c;
}

beforeAll(async () => {
  await redis.start();
});
afterAll(async () => {
  await closeSharedCache();
  await redis.stop();
});
afterEach(async () => {
  await closeSharedCache();
  vi.unstubAllEnvs();
});

async function connected() {
  prefix = `t${Math.random().toString(36).slice(2, 8)}`;
  vi.stubEnv('REDIS_URL', redis.url);
  vi.stubEnv('REDIS_PREFIX', prefix);
  const h = handler();
  await vi.waitFor(() => expect(h.shared.client?.isReady).toBe(true), { timeout: 5000 });
  return h;
}

describe('encode/decode', () => {
  it('keeps Buffers and Maps of a page entry', () => {
    const value = page('<p>a</p>', 'lang:be');
    const back = decode(encode({ value, lastModified: 1 }));
    expect(Buffer.isBuffer(back.value.rscData)).toBe(true);
    expect(back.value.rscData.toString()).toBe('flight <p>a</p>');
    expect(back.value.segmentData.get('/_tree').toString()).toBe('tree');
    expect(back.value.headers).toEqual(value.headers);
  });

  it('names a page by its stored tags and a value by its lookup and stored tags', () => {
    expect(entryTags({ value: page('x', 'lang:be,story:1') }, pageCtx)).toEqual(['lang:be', 'story:1']);
    expect(
      entryTags({ value: { kind: 'FETCH', data: {}, tags: ['site'] } }, { tags: ['lang:ru'], softTags: ['_N_T_/'] }),
    ).toEqual(['lang:ru', '_N_T_/', 'site']);
  });
});

describe('SharedCacheHandler with Redis', () => {
  it('stores an entry in Redis, where another instance finds it', async () => {
    const h = await connected();
    await h.set('/be/news/x', page('<p>x</p>', 'lang:be,story:s1'), { cacheControl: { revalidate: 60 } });
    const r = await raw();
    const stored = await r.get(`${prefix}:cache:/be/news/x`);
    await r.close();
    expect(decode(stored!).value.html).toBe('<p>x</p>');
    // Written by "another instance" straight into Redis: this one serves it.
    const r2 = await raw();
    await r2.set(`${prefix}:cache:/ru`, encode({ value: page('<p>ru</p>', 'lang:ru'), lastModified: Date.now() }));
    await r2.close();
    expect((await h.get('/ru', pageCtx)).value.html).toBe('<p>ru</p>');
  });

  it("serves its decoded copy while Redis has that version, and another instance's newer one when it has", async () => {
    const h = await connected();
    await h.set('/be/news/v', page('<p>first</p>', 'lang:be'), {});
    expect((await h.get('/be/news/v', pageCtx)).value.html).toBe('<p>first</p>');
    const later = Date.now() + 1;
    const other = await raw();
    await other.set(
      `${prefix}:cache:/be/news/v`,
      encode({ value: page('<p>second</p>', 'lang:be'), lastModified: later }),
    );
    await other.set(`${prefix}:cache:v:/be/news/v`, String(later));
    await other.close();
    expect((await h.get('/be/news/v', pageCtx)).value.html).toBe('<p>second</p>');
  });

  it('drops an entry whose tag another instance invalidated, and keeps the others', async () => {
    const h = await connected();
    await h.set('/be/news/x', page('<p>x</p>', 'lang:be,story:s1'), {});
    await h.set('/ru/news/y', page('<p>y</p>', 'lang:ru,story:s2'), {});
    await new Promise((r) => setTimeout(r, 5));
    const other = await raw();
    await other.hSet(`${prefix}:cache:tags`, { 'story:s1': String(Date.now()) });
    await other.close();
    expect(await h.get('/be/news/x', pageCtx)).toBeNull();
    expect((await h.get('/ru/news/y', pageCtx)).value.html).toBe('<p>y</p>');
  });

  it("records its own invalidations in Redis for the other instances, values' tags included", async () => {
    const h = await connected();
    await h.set(
      'value-key',
      { kind: 'FETCH', data: { body: '1' }, tags: ['lang:be'], revalidate: 60 },
      { fetchCache: true },
    );
    const fetchCtx = { kind: 'FETCH', tags: ['lang:be'], softTags: [] };
    expect((await h.get('value-key', fetchCtx)).value.data.body).toBe('1');
    await new Promise((r) => setTimeout(r, 5));
    await h.revalidateTag(['lang:be'], { expire: 0 });
    const r = await raw();
    expect(Number(await r.hGet(`${prefix}:cache:tags`, 'lang:be'))).toBeGreaterThan(0);
    await r.close();
    expect(await h.get('value-key', fetchCtx)).toBeNull();
    // Rendered again after the invalidation: served.
    await h.set(
      'value-key',
      { kind: 'FETCH', data: { body: '2' }, tags: ['lang:be'], revalidate: 60 },
      { fetchCache: true },
    );
    expect((await h.get('value-key', fetchCtx)).value.data.body).toBe('2');
  });

  it('falls back to memory while Redis is down, then uses Redis again and sends the tags dropped meanwhile', async () => {
    const h = await connected();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await h.set('/be', page('<p>before</p>', 'lang:be'), {});
    await redis.stop();
    await vi.waitFor(() => expect(h.shared.client.isReady).toBe(false), { timeout: 5000 });
    // Nothing from before the outage (it may be stale elsewhere); what is rendered now is kept in memory.
    expect(await h.get('/be', pageCtx)).toBeNull();
    await h.set('/be', page('<p>during</p>', 'lang:be'), {});
    expect((await h.get('/be', pageCtx)).value.html).toBe('<p>during</p>');
    await h.revalidateTag(['lang:ru'], { expire: 0 });
    expect(warn.mock.calls.flat().join(' ')).toMatch(/memory/);
    await redis.start();
    await vi.waitFor(() => expect(h.shared.client.isReady).toBe(true), { timeout: 10000 });
    const r = await raw();
    await vi.waitFor(async () => expect(await r.hGet(`${prefix}:cache:tags`, 'lang:ru')).not.toBeNull());
    await r.close();
    await h.set('/ru', page('<p>ru</p>', 'lang:ru'), {});
    expect((await h.get('/ru', pageCtx)).value.html).toBe('<p>ru</p>');
    warn.mockRestore();
  });
});

describe('SharedCacheHandler without REDIS_URL', () => {
  it("is Next's own memory store", async () => {
    vi.stubEnv('REDIS_URL', '');
    const h = handler();
    expect(h.shared.client).toBeNull();
    await h.set('/en', page('<p>en</p>', 'lang:en'), {});
    expect((await h.get('/en', pageCtx)).value.html).toBe('<p>en</p>');
  });
});
