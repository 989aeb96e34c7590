// The WordPress import on PGlite and PostgreSQL: the test exports in ./testing imported twice (after an
// interrupted first attempt), checked through the reader's own slug resolution and the report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import type { ActorInfo } from '@/lib/admin/articles';
import { createActor, snapshotTables } from '@/lib/admin/testing/fixtures';
import { normalizeDoc } from '@/lib/admin/richtext-schema';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { legacyPathKey, resolveArticleUrl, resolveLegacyPath } from '@/lib/news/slugs';
import { importWordPress, WxrError, type ImportReport } from './importer';

const here = path.join(import.meta.dirname, 'testing');
const exportXml = fs.readFileSync(path.join(here, 'export.xml'));
const uploadsDir = path.join(here, 'uploads');
const TABLES = [
  'Story',
  'Article',
  'ArticleRevision',
  'Media',
  'MediaTranslation',
  'Section',
  'SectionTranslation',
  'Tag',
  'TagTranslation',
  'Author',
  'AuthorTranslation',
  'StoryTag',
  'StoryAuthor',
  'ArticleSlugHistory',
  'LegacyUrl',
  'ImportedItem',
] as const;

describeOnDatabases('WordPress import', () => {
  let admin: ActorInfo;
  let mediaStore: string;
  let interrupted: unknown;
  let storiesAfterInterruption = 0;
  let first: ImportReport;
  let second: ImportReport;
  let before: Record<string, string[]>;
  let after: Record<string, string[]>;
  const run = (onProgress?: (done: number, total: number) => void) =>
    importWordPress(exportXml, { actor: admin, uploadsDir, mediaStore, onProgress });
  const articleOf = async (postId: number) => {
    const item = await db().importedItem.findFirstOrThrow({ where: { externalId: `post:${postId}` } });
    return db().article.findUniqueOrThrow({ where: { id: item.entityId }, include: { story: true } });
  };

  beforeAll(async () => {
    admin = await createActor('admin', 'wp-import');
    mediaStore = fs.mkdtempSync(path.join(os.tmpdir(), 'wp-media-'));
    const storiesBefore = await db().story.count();
    // An interruption after the first story: what it finished stays, the next run continues.
    interrupted = await run((done) => {
      if (done === 1) throw new Error('interrupted');
    }).catch((e) => e);
    storiesAfterInterruption = (await db().story.count()) - storiesBefore;
    first = await run();
    before = await snapshotTables(TABLES);
    second = await run();
    after = await snapshotTables(TABLES);
  });
  afterAll(() => fs.rmSync(mediaStore, { recursive: true, force: true }));

  it('continues after an interruption and changes nothing the second time', () => {
    expect(String(interrupted)).toContain('interrupted');
    expect(storiesAfterInterruption).toBe(1);
    expect(first.counts.failed).toBe(0);
    // 100–102 (one story), 103, 105, 106–107 (one story): seven posts, one of them already in by the first try.
    expect(first.counts.imported + first.counts.unchanged).toBe(7);
    expect(first.counts.unchanged).toBeGreaterThan(0);
    expect(second.counts).toEqual({ imported: 0, unchanged: 7, skipped: 1, failed: 0 });
    expect(after).toEqual(before);
  });

  it('keeps what it imported when WordPress changed a post since, and says so', async () => {
    const changed = Buffer.from(
      exportXml.toString('latin1').replace('<title>Flood warning for Homiel region</title>', '<title>Edited</title>'),
      'latin1',
    );
    const snapshot = await snapshotTables(TABLES);
    const report = await importWordPress(changed, { actor: admin, uploadsDir, mediaStore });
    expect(report.items.find((i) => i.postId === 106)).toMatchObject({
      outcome: 'unchanged',
      reason: 'changed in WordPress since it was imported: the imported version is kept',
    });
    expect((await articleOf(106)).title).toBe('Flood warning for Homiel region');
    expect(await snapshotTables(TABLES)).toEqual(snapshot);
  });

  it('makes one story of a Polylang translation group, with times, section, tags and authors', async () => {
    const be = await articleOf(100);
    const articles = await db().article.findMany({ where: { storyId: be.storyId }, orderBy: { locale: 'asc' } });
    expect(articles.map((a) => a.locale)).toEqual(['be', 'ru', 'en']);
    expect(articles.every((a) => a.status === 'PUBLISHED')).toBe(true);
    expect(be.title).toBe('Новы мост праз Свіслач адкрылі');
    expect(be.lede).toBe('Праз Свіслач адкрылі новы пешаходны мост.');
    expect(be.publishedAt?.toISOString()).toBe('2025-09-05T13:41:00.000Z');
    expect(be.contentUpdatedAt.toISOString()).toBe('2025-09-06T08:00:00.000Z');
    expect(be.slug).toBe('novy-most');
    expect((await articleOf(101)).slug).toBe('novyy-most');
    const section = await db().sectionTranslation.findFirstOrThrow({
      where: { sectionId: be.story.sectionId, locale: 'be' },
    });
    expect(section.name).toBe('Рэгіёны');
    const tags = await db().storyTag.findMany({
      where: { storyId: be.storyId },
      include: { tag: { include: { translations: true } } },
    });
    expect(tags.map((t) => t.tag.translations.find((x) => x.locale === 'be')?.name)).toEqual(['Масты']);
    const authors = await db().storyAuthor.findMany({
      where: { storyId: be.storyId },
      include: { author: { include: { translations: { where: { locale: 'be' } } } } },
      orderBy: { position: 'asc' },
    });
    expect(authors.map((a) => a.author.translations[0]?.name)).toEqual(['Алеся Рачыцкая', 'Иван Крылов']);
  });

  it('makes one story of a WPML translation group (its trid)', async () => {
    const en = await articleOf(106);
    const be = await articleOf(107);
    expect(en.storyId).toBe(be.storyId);
    expect([en.locale, be.locale]).toEqual(['en', 'be']);
  });

  it('brings pictures through the upload pipeline: main picture, body picture and gallery', async () => {
    const be = await articleOf(100);
    expect(be.story.mainMediaId).toBeTruthy();
    const main = await db().media.findUniqueOrThrow({
      where: { id: be.story.mainMediaId! },
      include: { translations: true },
    });
    expect(main.mimeType).toBe('image/webp');
    expect(main.file).toMatch(/^\/media\/uploads\/[a-z0-9]+-w\d+\.webp$/);
    expect([main.width, main.height]).toEqual([64, 48]);
    expect(main.translations.find((t) => t.locale === 'be')?.alt).toBe('Рака і мост у тумане');
    expect(fs.readdirSync(mediaStore).length).toBe(3);
    const body = normalizeDoc(be.body);
    const image = body.content.find((n) => n.type === 'image');
    expect(image?.type === 'image' && image.attrs.mediaId).toBe(main.id);
    const gallery = body.content.find((n) => n.type === 'gallery');
    expect(gallery?.type === 'gallery' && gallery.attrs.items.length).toBe(2);
    // Stored as the editor's normaliser leaves it: normalising again changes nothing.
    expect(normalizeDoc(be.body)).toEqual(be.body);
  });

  it('maps embeds (a bare URL, a known iframe, a WordPress embed block) and keeps hostile markup out', async () => {
    const be = await articleOf(100);
    const embeds = normalizeDoc(be.body).content.filter((n) => n.type === 'embed');
    expect(embeds.map((e) => e.type === 'embed' && e.attrs)).toEqual([
      { provider: 'youtube', id: 'dQw4w9WgXcQ' },
      { provider: 'youtube', id: 'aqz-KE-bpKQ' },
    ]);
    const en = normalizeDoc((await articleOf(102)).body);
    expect(en.content.at(-1)).toEqual({ type: 'embed', attrs: { provider: 'telegram', id: 'examplechannel/123' } });
    const stored = JSON.stringify(be.body);
    for (const bad of ['<script', 'alert(', 'onerror', 'onclick', 'javascript:', 'evil.example'])
      expect(stored).not.toContain(bad);
    const report = first.items.find((i) => i.postId === 100) ?? second.items.find((i) => i.postId === 100);
    expect(report).toBeTruthy();
  });

  it('imports drafts as drafts and skips private posts with a reason', async () => {
    const draft = await articleOf(103);
    expect(draft.status).toBe('DRAFT');
    expect(draft.publishedAt).toBeNull();
    const skipped = second.items.filter((i) => i.outcome === 'skipped');
    expect(skipped).toEqual([expect.objectContaining({ postId: 104, reason: 'private posts are not imported' })]);
  });

  it('repairs a broken encoding and reports it', async () => {
    const fixed = await articleOf(105);
    expect(fixed.title).toBe('Старая заметка о зиме');
    expect(JSON.stringify(fixed.body)).toContain('Снег выпал рано, дороги расчистили к утру.');
    expect(fixed.lede).toBe('Заметка из старого архива.');
    expect(first.repairedLines.length).toBe(1);
    const all = [...first.items, ...second.items].filter((i) => i.postId === 105).flatMap((i) => i.issues);
    expect(all).toContain('title: broken encoding (Windows-1251 read as UTF-8) repaired');
  });

  it('reports what it did not carry over, and every story is audited as an import', async () => {
    // Post 100 went in during the interrupted run; post 105 in the first full one, with its report.
    const fixed = first.items.find((i) => i.postId === 105);
    expect(fixed?.outcome).toBe('imported');
    expect(fixed?.issues).toContain('body: broken encoding (Windows-1251 read as UTF-8) repaired');
    const stories = await db().importedItem.findMany({ where: { entityType: 'story' } });
    expect(stories.length).toBe(4);
    const audits = await db().auditLog.findMany({ where: { action: 'import', userId: admin.id } });
    expect(audits.map((a) => a.targetId).sort()).toEqual(stories.map((s) => s.entityId).sort());
  });

  it('old addresses lead to the new article through the reader slug resolution', async () => {
    const be = await articleOf(100);
    const ru = await articleOf(101);
    expect(await resolveLegacyPath(legacyPathKey('/2025/09/05/novy-most')!)).toEqual({
      kind: 'moved',
      locale: 'be',
      slug: be.slug,
    });
    expect(
      await resolveLegacyPath(legacyPathKey('/2025/09/05/%D0%BD%D0%BE%D0%B2%D1%8B%D0%B9-%D0%BC%D0%BE%D1%81%D1%82')!),
    ).toEqual({ kind: 'moved', locale: 'ru', slug: ru.slug });
    expect(await resolveLegacyPath(legacyPathKey('/', '?p=101')!)).toEqual({
      kind: 'moved',
      locale: 'ru',
      slug: ru.slug,
    });
    expect(await resolveArticleUrl('be', be.slug)).toEqual({ kind: 'live', storyId: be.storyId });
    // A draft's old address answers like an unknown one.
    expect(await resolveLegacyPath(legacyPathKey('/', '?p=103')!)).toEqual({ kind: 'missing' });
    expect(await resolveLegacyPath(legacyPathKey('/', '?p=104')!)).toEqual({ kind: 'missing' });
  });

  it('refuses a malformed file with its line number, and writes nothing', async () => {
    const snapshot = await snapshotTables(TABLES);
    const error = await importWordPress(fs.readFileSync(path.join(here, 'malformed.xml')), {
      actor: admin,
      uploadsDir,
      mediaStore,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(WxrError);
    expect((error as WxrError).line).toBe(14);
    expect(await snapshotTables(TABLES)).toEqual(snapshot);
  });

  it('refuses anyone but an admin, before writing', async () => {
    const snapshot = await snapshotTables(TABLES);
    for (const role of ['contributor', 'author', 'editor'] as const) {
      const actor = await createActor(role, 'wp-import');
      await expect(importWordPress(exportXml, { actor, uploadsDir, mediaStore }), role).rejects.toThrow(/admin/);
      // A forged role string is no role.
      await expect(
        importWordPress(exportXml, { actor: { ...actor, role: 'Admin' as 'admin' }, uploadsDir, mediaStore }),
      ).rejects.toThrow(/admin/);
    }
    expect(await snapshotTables(TABLES)).toEqual(snapshot);
  });

  it('keeps pictures inside the uploads folder', async () => {
    const xml = `<rss><channel><wp:wxr_version>1.2</wp:wxr_version><link>https://hostile.example</link>
<item><title>Шлях</title><wp:post_id>900</wp:post_id><wp:post_type>post</wp:post_type><wp:status>draft</wp:status>
<content:encoded><![CDATA[<p><img src="https://hostile.example/wp-content/uploads/../../../../etc/passwd"></p>]]></content:encoded></item>
</channel></rss>`;
    const report = await importWordPress(new TextEncoder().encode(xml), { actor: admin, uploadsDir, mediaStore });
    expect(report.items[0].outcome).toBe('imported');
    expect(report.items[0].issues.join('\n')).toMatch(/outside the uploads folder/);
  });
});
