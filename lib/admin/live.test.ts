// Live blogs on real databases (decision 0033): the newsroom's commands (start, post, pin, key events, remove,
// end) through the one door — what they audit and which cache tags they drop — hostile input, and the reader
// queries that follow: pages newest first, the pinned entry, key events with their page, permalinks.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { takeRevalidatedTags } from '@/lib/cache/testing/revalidations';
import { getLatestLiveEntries, getLiveBlogPage, getLiveEntryLocation, getLiveBlogBySlug } from '@/lib/news/live';
import { LIVE_PAGE_SIZE } from '@/lib/news/pageSizes';
import { getArticle, getLatestNews } from '@/lib/news/queries';
import { newsSitemapRows } from '@/lib/news/crawl';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { insertLiveEntries } from '@/lib/news/testing/live';
import type { ActorInfo } from './articles';
import { changeLiveEntry, postLiveEntry, setLiveCoverage } from './live';
import { makeUser, makeVersion } from './testing/lifecycle';

const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const auditCount = (targetId: string, action: string) => db().auditLog.count({ where: { targetId, action } });

describeOnDatabases('live blogs', () => {
  let editor: ActorInfo;
  let author: ActorInfo;
  beforeAll(async () => {
    [editor, author] = [await makeUser('editor'), await makeUser('author')];
  });
  beforeEach(() => void takeRevalidatedTags());

  it('starts, posts, pins, marks key events, removes and ends, dropping only what readers see', async () => {
    const v = await makeVersion(author, 'PUBLISHED');
    // Not live yet: no entries can be posted.
    expect(await postLiveEntry(author, v.id, { body: para('Рана') })).toMatchObject({ ok: false, kind: 'invalid' });

    expect(await setLiveCoverage(author, v.id, true)).toEqual({ ok: true, articleId: v.id });
    expect(takeRevalidatedTags()).toEqual(expect.arrayContaining(['lang:be', `story:${v.storyId}`, `live:${v.id}`]));
    expect((await getArticle('be', v.slug))?.live?.status).toBe('LIVE');
    expect((await getLatestNews('be', 50)).find((i) => i.id === v.id)?.live).toBe(true);
    expect(await auditCount(v.id, 'live-start')).toBe(1);

    const t0 = Date.now();
    const ids: string[] = [];
    for (const [i, text] of ['Першы', 'Другі', 'Трэці'].entries()) {
      const r = await postLiveEntry(
        author,
        v.id,
        { title: i === 1 ? 'Галоўнае' : '', body: JSON.stringify(para(text)) },
        new Date(t0 + i * 1000),
      );
      if (!r.ok) throw new Error(JSON.stringify(r));
      ids.push(r.entryId!);
      // An entry drops the story's pages and the updates JSON — not every list of the language.
      expect(takeRevalidatedTags().sort()).toEqual([`live:${v.id}`, `story:${v.storyId}`]);
    }
    expect(await auditCount(ids[0], 'live-entry-post')).toBe(1);
    expect((await changeLiveEntry(author, ids[0], { pinned: true })).ok).toBe(true);
    expect((await changeLiveEntry(author, ids[2], { pinned: true })).ok).toBe(true);
    expect((await changeLiveEntry(author, ids[1], { keyEvent: true })).ok).toBe(true);
    expect(takeRevalidatedTags()).toContain(`live:${v.id}`);

    let page = await getLiveBlogPage(v.id);
    expect(page?.entries.map((e) => e.id)).toEqual([...ids].reverse());
    // One pinned entry per live blog: the later pin replaced the first.
    expect(page?.pinned?.id).toBe(ids[2]);
    expect(page?.entries.filter((e) => e.pinned)).toHaveLength(1);
    expect(page?.keyEvents).toEqual([expect.objectContaining({ id: ids[1], title: 'Галоўнае', page: 1 })]);
    expect(page?.entries[2].authorName).toBe('author');

    expect((await changeLiveEntry(author, ids[0], { deleted: true })).ok).toBe(true);
    expect(await auditCount(ids[0], 'live-entry-delete')).toBe(1);
    page = await getLiveBlogPage(v.id);
    expect(page?.total).toBe(2);
    expect((await getLatestLiveEntries(v.id)).map((e) => e.id)).toEqual([ids[2], ids[1]]);
    // A removed entry cannot be changed again and has no permalink.
    expect(await changeLiveEntry(author, ids[0], { pinned: true })).toEqual({ ok: false, kind: 'notFound' });
    expect(await getLiveEntryLocation('be', ids[0])).toBeNull();

    expect((await setLiveCoverage(author, v.id, false)).ok).toBe(true);
    const ended = await getArticle('be', v.slug);
    expect(ended?.live?.status).toBe('ENDED');
    expect(ended?.live?.endedAt).toBeInstanceOf(Date);
    expect((await getLatestNews('be', 50)).find((i) => i.id === v.id)?.live).toBe(false);
    // Ended: no more entries.
    expect(await postLiveEntry(author, v.id, { body: para('Позна') })).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('the news sitemap keeps a live blog while it is live, however old (and drops it once ended)', async () => {
    const old = new Date(Date.now() - 10 * 86_400_000);
    const v = await makeVersion(editor, 'PUBLISHED', { now: old });
    const inSitemap = async () => (await newsSitemapRows('be')).some((r) => r.slug === v.slug);
    expect(await inSitemap()).toBe(false);
    await setLiveCoverage(editor, v.id, true);
    expect(await inSitemap()).toBe(true);
    await setLiveCoverage(editor, v.id, false);
    expect(await inSitemap()).toBe(false);
  });

  it('refuses hostile entries with field errors and stores payloads as text, never markup', async () => {
    const v = await makeVersion(editor, 'PUBLISHED');
    await setLiveCoverage(editor, v.id, true);
    const payload = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    const ok = await postLiveEntry(editor, v.id, { title: payload, body: para(payload) });
    if (!ok.ok) throw new Error(JSON.stringify(ok));
    const row = await db().liveEntry.findUniqueOrThrow({ where: { id: ok.entryId } });
    expect(row.title).toBe(payload);
    expect(JSON.stringify(row.body)).toContain('<script>');
    // A node type the body does not know, a javascript: link: normalised away.
    const sneaky = await postLiveEntry(editor, v.id, {
      body: {
        type: 'doc',
        content: [
          { type: 'html', content: '<script>alert(1)</script>' },
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'спасылка', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            ],
          },
        ],
      },
    });
    if (!sneaky.ok) throw new Error(JSON.stringify(sneaky));
    const body = JSON.stringify((await db().liveEntry.findUniqueOrThrow({ where: { id: sneaky.entryId } })).body);
    expect(body).not.toContain('javascript:');
    expect(body).not.toContain('"html"');

    expect(await postLiveEntry(editor, v.id, { title: 'a\u0000b', body: para('x') })).toMatchObject({
      ok: false,
      errors: { title: 'controlChars' },
    });
    expect(await postLiveEntry(editor, v.id, { title: 'x'.repeat(201), body: para('x') })).toMatchObject({
      ok: false,
      errors: { title: 'tooLong' },
    });
    expect(await postLiveEntry(editor, v.id, { body: '{not json' })).toMatchObject({
      ok: false,
      errors: { body: 'bodyInvalid' },
    });
    expect(await postLiveEntry(editor, v.id, { body: '' })).toMatchObject({ ok: false, errors: { body: 'required' } });
    // A picture that does not exist (or whose file the editor names): refused, as in the article body.
    const forged = {
      type: 'doc',
      content: [
        {
          type: 'image',
          attrs: {
            mediaId: 'forged-media',
            src: 'https://evil.example/x.png',
            width: 1,
            height: 1,
            alt: 'x',
            caption: '',
            credit: '',
          },
        },
      ],
    };
    expect(await postLiveEntry(editor, v.id, { body: forged })).toMatchObject({
      ok: false,
      errors: { body: 'unknown' },
    });
    // Booleans only: a string "true" does not pin.
    expect((await changeLiveEntry(editor, ok.entryId!, { pinned: 'true' as unknown as boolean })).ok).toBe(false);
  });

  it('authors post plain entries: pinning and key events stay with who may run the live blog', async () => {
    const owner = await makeUser('author');
    const v = await makeVersion(owner, 'PUBLISHED');
    await setLiveCoverage(editor, v.id, true);
    // The editor may post to it; the author owns it and may mark too (canRunLiveBlog on their own story).
    const r = await postLiveEntry(owner, v.id, { body: para('x'), pinned: true, keyEvent: true });
    expect(r.ok).toBe(true);
    const row = await db().liveEntry.findUniqueOrThrow({ where: { id: (r as { entryId: string }).entryId } });
    expect(row).toMatchObject({ pinned: true, keyEvent: true });
  });

  it('pages 2,000 entries newest first and every permalink lands on the right page', async () => {
    const v = await makeVersion(editor, 'PUBLISHED');
    await db().article.update({ where: { id: v.id }, data: { liveStatus: 'LIVE', liveStartedAt: new Date() } });
    const ids = await insertLiveEntries(v.id, 2000, { newest: new Date(Date.now() - 60_000) });
    const pages = Math.ceil(2000 / LIVE_PAGE_SIZE);
    const first = await getLiveBlogPage(v.id, 1);
    expect(first).toMatchObject({ total: 2000, pages });
    expect(first?.entries[0].id).toBe(ids[1999]);
    const last = await getLiveBlogPage(v.id, pages);
    expect(last?.entries.at(-1)?.id).toBe(ids[0]);
    expect(await getLiveBlogPage(v.id, pages + 1)).toBeNull();
    expect(await getLiveBlogPage(v.id, 0)).toBeNull();
    // The oldest entry: the last page; one in the middle: its page.
    expect(await getLiveEntryLocation('be', ids[0])).toEqual({ slug: v.slug, page: pages });
    const middle = 2000 - 1 - 3 * LIVE_PAGE_SIZE; // the first entry of page 4
    expect(await getLiveEntryLocation('be', ids[middle])).toEqual({ slug: v.slug, page: 4 });
    expect((await getLiveBlogPage(v.id, 4))?.entries[0].id).toBe(ids[middle]);
    // Key events (every 500th) carry their page.
    for (const k of first!.keyEvents)
      expect((await getLiveBlogPage(v.id, k.page))?.entries.some((e) => e.id === k.id)).toBe(true);
    // Another language, a forged id, an unpublished live blog: no permalink.
    expect(await getLiveEntryLocation('ru', ids[0])).toBeNull();
    expect(await getLiveEntryLocation('be', "x' OR '1'='1")).toBeNull();
    expect(await getLiveBlogBySlug('be', v.slug)).toMatchObject({ id: v.id, liveStatus: 'LIVE' });
    await db().article.update({ where: { id: v.id }, data: { status: 'UNPUBLISHED' } });
    expect(await getLiveEntryLocation('be', ids[0])).toBeNull();
  });
});
