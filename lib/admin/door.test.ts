// The one door for newsroom writes (docs/decisions/0021), on real databases: every command drops exactly the
// cached reader output that shows what it changed (the tags Next is asked to revalidate), writes its audit
// line, and a refusal drops nothing, records nothing and leaves no half-done write behind.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { changeRole, createAccount, endUserSessions, setTwoFactorPolicy } from '@/lib/auth/accounts';
import { takeRevalidatedTags } from '@/lib/cache/testing/revalidations';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import type { ArticleFormData } from './article-schema';
import {
  createStory,
  createTranslation,
  deleteArticle,
  restoreRevision,
  saveArticle,
  type ActorInfo,
} from './articles';
import { changeLiveEntry, postLiveEntry, setLiveCoverage } from './live';
import { clearBreaking, saveBreaking } from './breaking';
import { addCorrection, editCorrection, withdrawCorrection } from './corrections';
import { createPreviewLink, revokePreviewLink } from './preview-links';
import { cancelUnpublish, scheduleUnpublish } from './unpublish';
import { newsroomWrite } from './door';
import { attachPicture, savePictureTexts } from './media';
import { saveTaxonomy } from './taxonomy';
import { articleForm, createActor, pictureTexts, storedImage, uid } from './testing/fixtures';

const sorted = (tags: string[]) => [...new Set(tags)].sort();

describeOnDatabases('one door for newsroom writes', () => {
  let editor: ActorInfo;
  let admin: ActorInfo;
  let contributor: ActorInfo;
  let sectionId = '';

  const form = (over: Partial<ArticleFormData> = {}) => articleForm(sectionId, { title: `Навіна ${uid()}`, ...over });
  const storyOf = async (articleId: string) =>
    (await db().article.findUniqueOrThrow({ where: { id: articleId }, select: { storyId: true } })).storyId;
  const auditCount = () => db().auditLog.count();
  /** A story published in Belarusian and translated (published) into `other`; the tags those writes dropped are taken. */
  const publishedInBelarusianAnd = async (other: 'ru' | 'en') => {
    const be = await createStory(editor, 'be', form({ intent: 'publish' }));
    if (!be.ok) throw new Error('create');
    const storyId = await storyOf(be.articleId);
    const translated = await createTranslation(editor, be.articleId, other, form({ intent: 'publish' }));
    if (!translated.ok) throw new Error('translate');
    takeRevalidatedTags();
    return { be, storyId };
  };

  beforeAll(async () => {
    [editor, admin, contributor] = [
      await createActor('editor', 'door'),
      await createActor('admin', 'door'),
      await createActor('contributor', 'door'),
    ];
    sectionId = (await db().section.findFirstOrThrow({ orderBy: { position: 'asc' } })).id;
  });
  beforeEach(() => void takeRevalidatedTags());

  it('live-blog writes (decision 0033): start/end drop the language, the story and the live blog; entries only the story and the live blog; refusals nothing', async () => {
    const be = await createStory(editor, 'be', form({ intent: 'publish' }));
    if (!be.ok) throw new Error('create');
    const storyId = await storyOf(be.articleId);
    takeRevalidatedTags();
    const before = await auditCount();
    expect((await setLiveCoverage(editor, be.articleId, true)).ok).toBe(true);
    expect(sorted(takeRevalidatedTags())).toEqual(sorted(['lang:be', `story:${storyId}`, `live:${be.articleId}`]));
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Запіс' }] }] };
    const posted = await postLiveEntry(editor, be.articleId, { body });
    if (!posted.ok) throw new Error('post');
    expect(sorted(takeRevalidatedTags())).toEqual(sorted([`story:${storyId}`, `live:${be.articleId}`]));
    expect((await changeLiveEntry(editor, posted.entryId!, { keyEvent: true })).ok).toBe(true);
    expect(sorted(takeRevalidatedTags())).toEqual(sorted([`story:${storyId}`, `live:${be.articleId}`]));
    expect(await auditCount()).toBe(before + 3);
    // Refused: a contributor, a forged entry.
    expect((await postLiveEntry(contributor, be.articleId, { body })).ok).toBe(false);
    expect((await changeLiveEntry(editor, 'forged', { pinned: true })).ok).toBe(false);
    expect(takeRevalidatedTags()).toEqual([]);
    expect(await auditCount()).toBe(before + 3);
  });

  it('story writes drop their language and their story: create, translate, save, publish, unpublish, delete, restore', async () => {
    const created = await createStory(editor, 'be', form({ intent: 'publish' }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const storyId = await storyOf(created.articleId);
    const beStory = ['lang:be', `story:${storyId}`];
    expect(sorted(takeRevalidatedTags())).toEqual(beStory);

    const translated = await createTranslation(editor, created.articleId, 'ru', form());
    if (!translated.ok) throw new Error(JSON.stringify(translated));
    expect(sorted(takeRevalidatedTags())).toEqual(['lang:ru', `story:${storyId}`]);

    const headline = await saveArticle(
      editor,
      created.articleId,
      form({ title: 'Новы загаловак', version: created.version }),
    );
    if (!headline.ok) throw new Error(JSON.stringify(headline));
    expect(sorted(takeRevalidatedTags())).toEqual(beStory);

    const unpublished = await saveArticle(
      editor,
      created.articleId,
      form({ title: 'Новы загаловак', version: headline.version, intent: 'unpublish' }),
    );
    if (!unpublished.ok) throw new Error(JSON.stringify(unpublished));
    expect(sorted(takeRevalidatedTags())).toEqual(beStory);

    const first = await db().articleRevision.findFirstOrThrow({ where: { articleId: created.articleId, version: 1 } });
    expect((await restoreRevision(editor, first.id, unpublished.version)).ok).toBe(true);
    expect(sorted(takeRevalidatedTags())).toEqual(beStory);

    expect((await deleteArticle(editor, translated.articleId)).ok).toBe(true);
    expect(sorted(takeRevalidatedTags())).toEqual(['lang:ru', `story:${storyId}`]);
  });

  it('a new section for the story drops the cards of its other languages too; a text-only save does not', async () => {
    const { be, storyId } = await publishedInBelarusianAnd('ru');
    const text = await saveArticle(editor, be.articleId, form({ title: 'Толькі тэкст', version: be.version }));
    if (!text.ok) throw new Error(JSON.stringify(text));
    expect(sorted(takeRevalidatedTags())).toEqual(['lang:be', `story:${storyId}`]);
    const other = await db().section.findFirstOrThrow({ where: { id: { not: sectionId } }, select: { id: true } });
    const moved = await saveArticle(
      editor,
      be.articleId,
      form({ title: 'Толькі тэкст', version: text.version, sectionId: other.id }),
    );
    if (!moved.ok) throw new Error(JSON.stringify(moved));
    expect(sorted(takeRevalidatedTags())).toEqual(['lang:be', 'lang:ru', `story:${storyId}`]);
  });

  it('a new main picture drops the story in every language it has; its texts drop every story that shows it', async () => {
    const { be, storyId } = await publishedInBelarusianAnd('en');

    const uploaded = await attachPicture(editor, be.articleId, storedImage(), pictureTexts('Рака'));
    if (!uploaded.ok) throw new Error(JSON.stringify(uploaded));
    expect(sorted(takeRevalidatedTags())).toEqual(['lang:be', 'lang:en', `story:${storyId}`]);

    // Another published story shows the same picture: its pages show the new caption too.
    const other = await createStory(editor, 'ru', form({ intent: 'publish', mainMediaId: uploaded.mediaId }));
    if (!other.ok) throw new Error(JSON.stringify(other));
    const otherStory = await storyOf(other.articleId);
    takeRevalidatedTags();
    expect((await savePictureTexts(editor, be.articleId, pictureTexts('Новы подпіс'))).ok).toBe(true);
    expect(sorted(takeRevalidatedTags())).toEqual(
      sorted(['lang:be', 'lang:en', 'lang:ru', `story:${storyId}`, `story:${otherStory}`]),
    );
  });

  it('the banner drops its language’s banner; sections, tags and authors drop what every page shows', async () => {
    expect((await saveBreaking(editor, 'en', { text: 'Breaking', url: '', expiresAt: '1.01.2099, 10:00' })).ok).toBe(
      true,
    );
    expect(takeRevalidatedTags()).toEqual(['banner:en']);
    expect((await clearBreaking(editor, 'en')).ok).toBe(true);
    expect(takeRevalidatedTags()).toEqual(['banner:en']);
    const tag = await db().tag.findFirstOrThrow({ select: { id: true } });
    expect(
      (await saveTaxonomy(editor, 'tag', tag.id, { be: { name: 'Перайменаваны', slug: `door-${uid()}` } })).ok,
    ).toBe(true);
    expect(takeRevalidatedTags()).toEqual(['site']);
  });

  it('a correction drops its story, its language and its corrections page; preview links and unpublish schedules drop nothing', async () => {
    const created = await createStory(editor, 'be', form({ intent: 'publish' }));
    if (!created.ok) throw new Error(JSON.stringify(created));
    const storyId = await storyOf(created.articleId);
    takeRevalidatedTags();
    const expected = ['corrections:be', 'lang:be', `story:${storyId}`];
    const added = await addCorrection(editor, created.articleId, { text: 'Выпраўлена дата.', at: '' });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(sorted(takeRevalidatedTags())).toEqual(expected);
    const edited = await editCorrection(editor, added.correctionId, { text: 'Выпраўлена дата і месца.', at: '' });
    if (!edited.ok) throw new Error(JSON.stringify(edited));
    expect(sorted(takeRevalidatedTags())).toEqual(expected);
    expect((await withdrawCorrection(editor, edited.correctionId)).ok).toBe(true);
    expect(sorted(takeRevalidatedTags())).toEqual(expected);

    expect((await scheduleUnpublish(editor, created.articleId, { at: '1.01.2099, 10:00' })).ok).toBe(true);
    expect((await cancelUnpublish(editor, created.articleId)).ok).toBe(true);
    const draft = await createStory(editor, 'be', form());
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    takeRevalidatedTags();
    const link = await createPreviewLink(editor, draft.articleId, { hours: 1 });
    if (!link.ok) throw new Error(JSON.stringify(link));
    expect((await revokePreviewLink(editor, link.linkId)).ok).toBe(true);
    expect(takeRevalidatedTags()).toEqual([]);
    const actions = await db().auditLog.findMany({
      where: { targetId: { in: [created.articleId, draft.articleId] }, action: { not: 'create' } },
      orderBy: { at: 'asc' },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      'publish',
      'correction-add',
      'correction-edit',
      'correction-withdraw',
      'unpublish-schedule',
      'unpublish-cancel',
      'preview-link-create',
      'preview-link-revoke',
    ]);
  });

  it('account writes are audited and change nothing readers see', async () => {
    const before = await auditCount();
    const email = `door-new-${uid()}@test.example`;
    expect(await createAccount(admin, { email, role: 'author', password: 'long-enough-password' })).toEqual({
      ok: true,
    });
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(await changeRole(admin, user.id, 'editor')).toEqual({ ok: true });
    expect(await endUserSessions(admin, user.id)).toEqual({ ok: true });
    expect(await setTwoFactorPolicy(admin, [])).toEqual({ ok: true });
    expect(await auditCount()).toBe(before + 4);
    expect(takeRevalidatedTags()).toEqual([]);
    expect(
      await createAccount(editor, {
        email: `door-x-${uid()}@test.example`,
        role: 'admin',
        password: 'long-enough-password',
      }),
    ).toEqual({ ok: false, refused: 'forbidden' });
    expect(await createAccount(admin, { email, role: 'author', password: 'long-enough-password' })).toEqual({
      ok: false,
      refused: 'invalid',
    });
  });

  it('a refused write drops nothing and records nothing', async () => {
    const before = await auditCount();
    const created = await createStory(editor, 'be', form({ intent: 'publish' }));
    if (!created.ok) throw new Error('create');
    takeRevalidatedTags();
    const afterCreate = await auditCount();
    expect(afterCreate).toBeGreaterThan(before);
    expect(
      await saveArticle(contributor, created.articleId, form({ version: created.version, intent: 'unpublish' })),
    ).toEqual({ ok: false, kind: 'forbidden' });
    expect(await saveBreaking(contributor, 'be', { text: 'x', url: '', expiresAt: '1.01.2099, 10:00' })).toEqual({
      ok: false,
      kind: 'forbidden',
    });
    expect((await saveArticle(editor, created.articleId, form({ version: created.version + 5 }))).ok).toBe(false);
    expect(takeRevalidatedTags()).toEqual([]);
    expect(await auditCount()).toBe(afterCreate);
  });

  describe('the helper', () => {
    it('rolls back what a refused run wrote; audits after the commit and invalidates last', async () => {
      const name = `door-${uid()}`;
      const refused = await newsroomWrite({
        actor: editor,
        run: async (tx) => {
          await tx.tag.create({ data: { translations: { create: { locale: 'be', name, slug: name } } } });
          return { ok: false as const };
        },
        audit: () => ({ action: 'taxonomy' }),
        changes: () => [{ kind: 'site' }],
      });
      expect(refused).toEqual({ ok: false });
      expect(await db().tagTranslation.count({ where: { slug: name } })).toBe(0);
      expect(takeRevalidatedTags()).toEqual([]);

      const before = await auditCount();
      let auditedBeforeInvalidation = false;
      await newsroomWrite({
        actor: editor,
        run: async (tx) => {
          await tx.tag.create({ data: { translations: { create: { locale: 'be', name, slug: name } } } });
          return { ok: true as const };
        },
        audit: () => ({ action: 'taxonomy', targetType: 'tag', detail: name }),
        changes: async () => {
          auditedBeforeInvalidation = (await auditCount()) === before + 1;
          return [{ kind: 'site' }];
        },
      });
      expect(await db().tagTranslation.count({ where: { slug: name } })).toBe(1);
      expect(auditedBeforeInvalidation).toBe(true);
      expect(await db().auditLog.findFirst({ where: { detail: name }, select: { actor: true, userId: true } })).toEqual(
        { actor: editor.email, userId: editor.id },
      );
      expect(takeRevalidatedTags()).toEqual(['site']);
    });

    it('answers `forbidden` before reading anything when the role may not', async () => {
      let ran = false;
      const r = await newsroomWrite({
        actor: contributor,
        allowed: (a) => a.role === 'editor',
        forbidden: { ok: false as const, kind: 'forbidden' as const },
        run: async () => {
          ran = true;
          return { ok: true as const };
        },
        audit: () => [],
        changes: () => [],
      });
      expect(r).toEqual({ ok: false, kind: 'forbidden' });
      expect(ran).toBe(false);
    });
  });
});
