// A live blog's own feed (decision 0033) from real databases: it parses as Atom, lists the entries newest first
// with their permalinks, authors and bodies, hostile entry text stays text, and an article that is not a live
// blog has none.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { beforeAll, expect, it } from 'vitest';
import { postLiveEntry, setLiveCoverage, changeLiveEntry } from '@/lib/admin/live';
import type { ActorInfo } from '@/lib/admin/articles';
import { makeUser, makeVersion } from '@/lib/admin/testing/lifecycle';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { insertLiveEntries } from '@/lib/news/testing/live';
import { absoluteUrl, liveEntryPath, liveFeedPath } from '@/lib/paths';
import { BODY_TAGS, htmlElements, htmlProblems, htmlText } from '@/lib/security/inspect';
import { loadLiveFeed } from './handler';
import { LIVE_FEED_SIZE } from './live';

const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const HOSTILE = '<img src=x onerror=alert(1)> ]]></content><script>alert(1)</script> & "q"';
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['entry', 'link', 'author'].includes(name),
});

describeOnDatabases("a live blog's feed", () => {
  let editor: ActorInfo;
  beforeAll(async () => {
    editor = await makeUser('editor');
  });

  it('parses as Atom and lists the entries newest first, each with its permalink, time, author and body', async () => {
    const v = await makeVersion(editor, 'PUBLISHED');
    // Not a live blog (yet): no feed, the route answers 404.
    expect(await loadLiveFeed('be', v.slug)).toBeNull();
    expect((await setLiveCoverage(editor, v.id, true)).ok).toBe(true);
    const t0 = Date.now() - 10_000;
    const ids: string[] = [];
    for (const [i, text] of ['Першы', 'Другі', 'Трэці'].entries()) {
      const r = await postLiveEntry(
        editor,
        v.id,
        { title: i === 1 ? 'Галоўнае' : '', body: para(text) },
        new Date(t0 + i * 1000),
      );
      if (!r.ok) throw new Error(JSON.stringify(r));
      ids.push(r.entryId!);
    }
    // A removed entry leaves the feed.
    expect((await changeLiveEntry(editor, ids[0], { deleted: true })).ok).toBe(true);

    const feed = await loadLiveFeed('be', v.slug);
    expect(feed).not.toBeNull();
    expect(XMLValidator.validate(feed!.xml)).toBe(true);
    expect(feed!.updated).toBe(new Date(t0 + 2000).toISOString());
    const parsed = await new Parser().parseString(feed!.xml);
    expect(parsed.items.map((i) => i.id)).toEqual([ids[2], ids[1]].map((id) => absoluteUrl(liveEntryPath('be', id))));
    expect(parsed.items.map((i) => i.link)).toEqual([ids[2], ids[1]].map((id) => absoluteUrl(liveEntryPath('be', id))));
    const raw = parser.parse(feed!.xml).feed;
    expect(raw.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(
      absoluteUrl(liveFeedPath('be', v.slug)),
    );
    const [newest, titled] = raw.entry;
    // An untitled entry is named by the start of its text.
    expect(htmlText(newest.title['#text'])).toBe('Трэці');
    expect(htmlText(titled.title['#text'])).toBe('Галоўнае');
    expect(newest.published).toBe(new Date(t0 + 2000).toISOString());
    expect(newest.author[0].name).toBe('editor');
    expect(newest.content['@_type']).toBe('html');
    expect(htmlText(newest.content['#text'])).toBe('Трэці');
    // Ending the coverage keeps the feed (an ended live blog is still a live blog).
    expect((await setLiveCoverage(editor, v.id, false)).ok).toBe(true);
    expect(await loadLiveFeed('be', v.slug)).not.toBeNull();
    // Another language, an unknown slug: no feed.
    expect(await loadLiveFeed('ru', v.slug)).toBeNull();
    expect(await loadLiveFeed('be', `${v.slug}-x`)).toBeNull();
  });

  it(`holds the newest ${LIVE_FEED_SIZE} entries of a long live blog`, async () => {
    const v = await makeVersion(editor, 'PUBLISHED');
    expect((await setLiveCoverage(editor, v.id, true)).ok).toBe(true);
    const ids = await insertLiveEntries(v.id, LIVE_FEED_SIZE + 10, { newest: new Date(Date.now() - 60_000) });
    const raw = parser.parse((await loadLiveFeed('be', v.slug))!.xml).feed;
    expect(raw.entry.map((e: { id: string }) => e.id)).toEqual(
      ids
        .slice(-LIVE_FEED_SIZE)
        .reverse()
        .map((id) => absoluteUrl(liveEntryPath('be', id))),
    );
  });

  it('hostile entry text is text: the title, the author and the body hold no element of their own', async () => {
    const v = await makeVersion(editor, 'PUBLISHED');
    expect((await setLiveCoverage(editor, v.id, true)).ok).toBe(true);
    await editorNamed(editor, HOSTILE);
    for (const title of [HOSTILE, '']) {
      const r = await postLiveEntry(editor, v.id, { title, body: para(HOSTILE) });
      if (!r.ok) throw new Error(JSON.stringify(r));
    }
    const { xml } = (await loadLiveFeed('be', v.slug))!;
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<![CDATA[');
    const raw = parser.parse(xml).feed;
    expect(raw.entry).toHaveLength(2);
    for (const entry of raw.entry) {
      expect(
        Object.keys(entry)
          .filter((k) => !k.startsWith('#'))
          .sort(),
      ).toEqual(['author', 'content', 'id', 'link', 'published', 'title', 'updated']);
      expect(htmlProblems(entry.title['#text'], { allowedTags: new Set() })).toEqual([]);
      expect(htmlText(entry.title['#text'])).toBe(HOSTILE);
      expect(entry.author[0].name).toBe(HOSTILE);
      expect(htmlProblems(entry.content['#text'], { allowedTags: BODY_TAGS })).toEqual([]);
      expect(htmlElements(entry.content['#text']).map((e) => e.tag)).toEqual(['p']);
      expect(htmlText(entry.content['#text'])).toBe(HOSTILE);
    }
  });
});

/** The name readers see on the actor's entries. */
async function editorNamed(actor: ActorInfo, name: string) {
  const { db } = await import('@/lib/db/client');
  await db().user.update({ where: { id: actor.id }, data: { name } });
}
