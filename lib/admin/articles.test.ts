// The newsroom's writes on a real (embedded) database, migrated by the real Prisma CLI: permissions,
// edit conflicts, slugs unique per language, stale translations, revisions and the scheduler.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, db } from '@/lib/db/client';
import type { RichTextDoc } from '@/lib/richtext/types';
import type { ArticleFormData } from './article-schema';
import {
  createStory,
  createTranslation,
  deleteArticle,
  listStories,
  restoreRevision,
  saveArticle,
  type ActorInfo,
} from './articles';
import { publishDue } from './scheduler';
import { resolveArticleUrl } from '@/lib/news/slugs';
import { saveTaxonomy } from './taxonomy';
import { articleForm } from './testing/fixtures';

const root = path.resolve(import.meta.dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekha-admin-'));
const saved = { DATABASE_URL: process.env.DATABASE_URL, PGLITE_DIR: process.env.PGLITE_DIR };

const users: Record<'contributor' | 'author' | 'editor', ActorInfo> = {} as never;
let sectionId = '';

const body: RichTextDoc = {
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Тэкст' }] }],
};
const form = (over: Partial<ArticleFormData> = {}) => articleForm(sectionId, { body, ...over });

beforeAll(() => {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = dir;
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'], {
    cwd: root,
    env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stdout + r.stderr);
}, 120_000);

beforeAll(async () => {
  sectionId = (
    await db().section.create({ data: { translations: { create: { locale: 'be', name: 'Тэст', slug: 'test' } } } })
  ).id;
  for (const role of ['contributor', 'author', 'editor'] as const) {
    const u = await db().user.create({ data: { email: `${role}@test.example`, name: role, role } });
    users[role] = { id: u.id, role, email: u.email };
  }
});

afterAll(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
});

describe('newsroom writes on a real database', () => {
  it("a contributor saves a draft but cannot publish it, nor anyone else's story", async () => {
    const created = await createStory(users.contributor, 'be', form({ title: 'Чарнавік кантрыб’ютара' }));
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(await createStory(users.contributor, 'be', form({ title: 'Адразу ў эфір', intent: 'publish' }))).toEqual({
      ok: false,
      kind: 'forbidden',
    });
    expect(await saveArticle(users.contributor, created.articleId, form({ version: 1, intent: 'publish' }))).toEqual({
      ok: false,
      kind: 'forbidden',
    });
    expect(await deleteArticle(users.contributor, created.articleId)).toEqual({ ok: false, kind: 'forbidden' });
    const submitted = await saveArticle(users.contributor, created.articleId, form({ version: 1, intent: 'submit' }));
    expect(submitted.ok).toBe(true);
    const row = await db().article.findUniqueOrThrow({ where: { id: created.articleId } });
    expect(row.status).toBe('DRAFT');
    expect(row.reviewRequestedAt).not.toBeNull();
    expect((await listStories({ status: 'REVIEW' }, 'be')).map((s) => s.versions.be?.id)).toContain(created.articleId);

    const editors = await createStory(users.editor, 'be', form({ title: 'Рэдактарская' }));
    if (!editors.ok) throw new Error('editor could not create');
    // Someone else's draft answers as if it did not exist (decision 0020).
    expect(await saveArticle(users.contributor, editors.articleId, form({ version: 1 }))).toEqual({
      ok: false,
      kind: 'notFound',
    });
    expect(await saveArticle(users.author, editors.articleId, form({ version: 1, intent: 'publish' }))).toEqual({
      ok: false,
      kind: 'notFound',
    });
    expect((await saveArticle(users.editor, created.articleId, form({ version: 2, intent: 'publish' }))).ok).toBe(true);
  });

  it('slugs come from the headline, unique per language; a taken slug is a field error', async () => {
    const a = await createStory(users.editor, 'be', form({ title: 'Ўсход і захад' }));
    const b = await createStory(users.editor, 'be', form({ title: 'Ўсход і захад' }));
    if (!a.ok || !b.ok) throw new Error('not created');
    const slugs = await db().article.findMany({
      where: { id: { in: [a.articleId, b.articleId] } },
      select: { slug: true },
    });
    expect(slugs.map((s) => s.slug).sort()).toEqual(['wskhod-i-zakhad', 'wskhod-i-zakhad-2']);
    expect(await saveArticle(users.editor, b.articleId, form({ version: 1, slug: 'wskhod-i-zakhad' }))).toEqual({
      ok: false,
      kind: 'invalid',
      errors: { slug: 'slugTaken' },
    });
    // The same slug in another language is fine.
    const en = await createTranslation(users.editor, a.articleId, 'en', form({ title: 'x', slug: 'wskhod-i-zakhad' }));
    expect(en.ok).toBe(true);
  });

  it('saving over a newer version is refused and nothing is overwritten', async () => {
    const a = await createStory(users.editor, 'be', form({ title: 'Канфлікт' }));
    if (!a.ok) throw new Error('not created');
    expect((await saveArticle(users.editor, a.articleId, form({ title: 'Першы', version: 1 }))).ok).toBe(true);
    const second = await saveArticle(users.editor, a.articleId, form({ title: 'Другі', version: 1 }));
    expect(second).toMatchObject({ ok: false, kind: 'conflict', currentVersion: 2, updatedBy: 'editor' });
    const row = await db().article.findUniqueOrThrow({ where: { id: a.articleId } });
    expect([row.title, row.version]).toEqual(['Першы', 2]);
    expect(await db().articleRevision.count({ where: { articleId: a.articleId } })).toBe(2);
  });

  it('a translation records its source version and is stale when the source changes, until confirmed', async () => {
    const src = await createStory(users.editor, 'be', form({ title: 'Арыгінал' }));
    if (!src.ok) throw new Error('not created');
    const tr = await createTranslation(users.editor, src.articleId, 'ru', form({ title: 'Оригинал' }));
    if (!tr.ok) throw new Error('not created');
    expect(
      await db().article.findUniqueOrThrow({
        where: { id: tr.articleId },
        select: { translatedFromId: true, translatedFromVersion: true },
      }),
    ).toEqual({
      translatedFromId: src.articleId,
      translatedFromVersion: 1,
    });
    const stale = async () => (await listStories({ q: 'Оригинал' }, 'be'))[0].versions.ru!.stale;
    expect(await stale()).toBe(false);
    await saveArticle(users.editor, src.articleId, form({ title: 'Арыгінал 2', version: 1 }));
    expect(await stale()).toBe(true);
    expect((await listStories({ status: 'STALE' }, 'be')).some((s) => s.versions.ru?.id === tr.articleId)).toBe(true);
    await saveArticle(users.editor, tr.articleId, form({ title: 'Оригинал', version: 1, intent: 'confirm' }));
    expect(await stale()).toBe(false);
    // A second translation into the same language is refused.
    expect(await createTranslation(users.editor, src.articleId, 'ru', form({ title: 'Ещё' }))).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
  });

  it('restoring a revision makes a new version with the old text', async () => {
    const a = await createStory(users.author, 'be', form({ title: 'Версія адна' }));
    if (!a.ok) throw new Error('not created');
    await saveArticle(users.author, a.articleId, form({ title: 'Версія два', version: 1 }));
    const first = await db().articleRevision.findFirstOrThrow({ where: { articleId: a.articleId, version: 1 } });
    expect(await restoreRevision(users.author, first.id, 1)).toMatchObject({ ok: false, kind: 'conflict' });
    const restored = await restoreRevision(users.author, first.id, 2);
    expect(restored).toMatchObject({ ok: true, version: 3 });
    expect((await db().article.findUniqueOrThrow({ where: { id: a.articleId } })).title).toBe('Версія адна');
  });

  it('renaming a published version keeps its old address answering 301; a draft’s old slug is not kept', async () => {
    const a = await createStory(
      users.editor,
      'be',
      form({ title: 'Стары загаловак', slug: 'stary-zahalovak', intent: 'publish' }),
    );
    if (!a.ok) throw new Error('not created');
    expect(
      await saveArticle(
        users.editor,
        a.articleId,
        form({ title: 'Новы загаловак', slug: 'novy-zahalovak', version: 1 }),
      ),
    ).toMatchObject({ ok: true });
    expect(await resolveArticleUrl('be', 'stary-zahalovak')).toEqual({ kind: 'moved', slug: 'novy-zahalovak' });
    const d = await createStory(users.editor, 'be', form({ title: 'Чарнавік', slug: 'charnavik-adzin' }));
    if (!d.ok) throw new Error('not created');
    expect(
      await saveArticle(users.editor, d.articleId, form({ title: 'Чарнавік', slug: 'charnavik-dva', version: 1 })),
    ).toMatchObject({ ok: true });
    expect(await db().articleSlugHistory.count({ where: { articleId: d.articleId } })).toBe(0);
  });

  it('a staged edit of a published version leaves readers on the published text until it is applied', async () => {
    const a = await createStory(users.editor, 'be', form({ title: 'Апублікаваная', intent: 'publish' }));
    if (!a.ok) throw new Error('not created');
    const staged = await saveArticle(users.editor, a.articleId, form({ title: 'Праўка', version: 1, intent: 'stage' }));
    expect(staged).toMatchObject({ ok: true, version: 1 });
    let row = await db().article.findUniqueOrThrow({ where: { id: a.articleId } });
    expect([row.title, row.version, row.status]).toEqual(['Апублікаваная', 1, 'PUBLISHED']);
    expect(row.stagedRevisionId).not.toBeNull();
    // A form loaded before the staged edit may not silently replace it.
    expect(await saveArticle(users.editor, a.articleId, form({ title: 'Старая форма', version: 1 }))).toMatchObject({
      ok: false,
      kind: 'conflict',
    });
    const applied = await saveArticle(
      users.editor,
      a.articleId,
      form({ title: 'Праўка', version: 1, stagedId: row.stagedRevisionId! }),
    );
    expect(applied).toMatchObject({ ok: true, version: 2 });
    row = await db().article.findUniqueOrThrow({ where: { id: a.articleId } });
    expect([row.title, row.version, row.stagedRevisionId]).toEqual(['Праўка', 2, null]);
  });

  it('editors manage tags with per-language slugs; authors may not; a slug taken in a language is refused', async () => {
    const names = { be: { name: 'Рака', slug: '' }, en: { name: 'River', slug: '' } };
    expect(await saveTaxonomy(users.author, 'tag', null, names)).toEqual({ ok: false, kind: 'forbidden' });
    const made = await saveTaxonomy(users.editor, 'tag', null, names);
    if (!made.ok) throw new Error('not saved');
    const rows = await db().tagTranslation.findMany({
      where: { tagId: made.id },
      orderBy: { locale: 'asc' },
      select: { locale: true, slug: true },
    });
    expect(rows).toEqual([
      { locale: 'be', slug: 'raka' },
      { locale: 'en', slug: 'river' },
    ]);
    expect(await saveTaxonomy(users.editor, 'tag', null, { be: { name: 'Рака', slug: '' } })).toEqual({
      ok: false,
      kind: 'invalid',
      errors: { form: 'slugTaken' },
    });
    expect((await saveTaxonomy(users.editor, 'tag', made.id, { ...names, ru: { name: 'Река', slug: '' } })).ok).toBe(
      true,
    );
    expect(await db().tagTranslation.count({ where: { tagId: made.id } })).toBe(3);
  });

  it('a scheduled version goes live when its time comes, dated at that time; deletion hides it', async () => {
    const now = new Date();
    const past = await createStory(
      users.author,
      'be',
      form({ title: 'Учора', intent: 'schedule', scheduledFor: '1.01.2020, 10:00' }),
      now,
    );
    expect(past).toEqual({ ok: false, kind: 'invalid', errors: { scheduledFor: 'datePast' } });
    const a = await createStory(
      users.author,
      'be',
      form({ title: 'Пазней', intent: 'schedule', scheduledFor: '1.01.2099, 10:00' }),
      now,
    );
    if (!a.ok) throw new Error('not scheduled');
    expect(await publishDue(now)).not.toContain(a.articleId);
    const at = new Date('2099-01-01T07:00:00Z');
    expect(await publishDue(new Date(at.getTime() + 1000))).toContain(a.articleId);
    const row = await db().article.findUniqueOrThrow({ where: { id: a.articleId } });
    expect([row.status, row.publishedAt?.toISOString()]).toEqual(['PUBLISHED', at.toISOString()]);

    expect((await deleteArticle(users.author, a.articleId)).ok).toBe(true);
    const gone = await db().article.findUniqueOrThrow({ where: { id: a.articleId } });
    expect(gone.status).toBe('UNPUBLISHED');
    expect(gone.deletedAt).not.toBeNull();
    expect(await saveArticle(users.author, a.articleId, form({ version: gone.version }))).toEqual({
      ok: false,
      kind: 'notFound',
    });
  });
});
