// Who may change and read what in the newsroom (docs/decisions/0020-newsroom-authorization.md), on real
// databases: every newsroom write and draft read, called by each role with other people's story ids, other
// stories' picture ids and forged ids. A refusal must leave every newsroom table exactly as it was.
// A new action is one more row in `matrix`.
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import type { Role } from '@/lib/auth/roles';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import type { ArticleFormData } from './article-schema';
import {
  createStory,
  createTranslation,
  deleteArticle,
  getArticleForEdit,
  getSourceForTranslation,
  listRevisions,
  restoreRevision,
  saveArticle,
  type ActorInfo,
} from './articles';
import { saveBreaking } from './breaking';
import { addCorrection, editCorrection, withdrawCorrection } from './corrections';
import { createPreviewLink, revokePreviewLink } from './preview-links';
import { cancelUnpublish, scheduleUnpublish } from './unpublish';
import { changeLiveEntry, postLiveEntry, setLiveCoverage } from './live';
import { attachPicture, savePictureTexts, uploadBodyPicture } from './media';
import { saveTaxonomy } from './taxonomy';
import { articleForm, createActor, pictureTexts, snapshotTables, storedImage, uid } from './testing/fixtures';

const roles: Role[] = ['contributor', 'author', 'editor', 'admin'];
const TABLES = [
  'Story',
  'Article',
  'ArticleRevision',
  'StoryTag',
  'StoryAuthor',
  'Media',
  'MediaTranslation',
  'SectionTranslation',
  'TagTranslation',
  'AuthorTranslation',
  'BreakingNews',
  'Correction',
  'PreviewLink',
  'LiveEntry',
];

type Status = 'DRAFT' | 'PUBLISHED' | 'SCHEDULED';
interface World {
  actor: ActorInfo;
  /** Someone else with the same role as nobody in the matrix: the owner of "other people's" stories. */
  other: ActorInfo;
  sections: string[];
  tags: string[];
}

async function picture(alt = 'Рака'): Promise<string> {
  const id = uid();
  await db().media.create({
    data: {
      id,
      file: `/media/test/${id}.webp`,
      mimeType: 'image/webp',
      width: 10,
      height: 10,
      credit: 'Фота: рэдакцыя',
      translations: { create: { locale: 'be', alt, caption: 'Подпіс' } },
    },
  });
  return id;
}

/** A story with language versions in the given states; returns the version ids by language. */
async function story(
  owner: ActorInfo,
  w: World,
  versions: Partial<Record<Locale, Status>>,
  mainMediaId: string | null = null,
) {
  const s = await db().story.create({
    data: {
      sectionId: w.sections[0],
      createdById: owner.id,
      mainMediaId,
      tags: { create: [{ tagId: w.tags[0], position: 0 }] },
    },
  });
  const ids: Partial<Record<Locale, string>> = {};
  for (const [locale, status] of Object.entries(versions) as [Locale, Status][]) {
    const id = uid();
    await db().article.create({
      data: {
        id,
        storyId: s.id,
        locale,
        slug: `authz-${id}`,
        title: `Загаловак ${id}`,
        lede: 'Лід',
        body: { type: 'doc', content: [] },
        status,
        publishedAt: status === 'PUBLISHED' ? new Date() : null,
        scheduledFor: status === 'SCHEDULED' ? new Date(Date.now() + 86_400_000) : null,
        revisions: {
          create: {
            version: 1,
            title: `Загаловак ${id}`,
            lede: 'Лід',
            slug: `authz-${id}`,
            body: { type: 'doc', content: [] },
            userId: owner.id,
          },
        },
      },
    });
    ids[locale] = id;
  }
  return { storyId: s.id, ...ids };
}

/** The form as the editor would post it for this version: its current text and the story's shared fields. */
async function formOf(articleId: string, over: Partial<ArticleFormData> = {}): Promise<ArticleFormData> {
  const a = await db().article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      title: true,
      lede: true,
      slug: true,
      version: true,
      story: {
        select: {
          sectionId: true,
          mainMediaId: true,
          tags: { orderBy: { position: 'asc' } },
          authors: { orderBy: { position: 'asc' } },
        },
      },
    },
  });
  return articleForm(a.story.sectionId, {
    title: a.title,
    lede: a.lede,
    slug: a.slug,
    tagIds: a.story.tags.map((t) => t.tagId),
    authorIds: a.story.authors.map((x) => x.authorId),
    mainMediaId: a.story.mainMediaId ?? '',
    version: a.version,
    ...over,
  });
}

/** A body picture as the editor sends it: the file and size it names are not the picture's (the server's are kept). */
const bodyPicture = (mediaId: string) => ({
  mediaId,
  src: '/media/forged.png',
  width: 1,
  height: 1,
  alt: 'Чужая',
  caption: '',
  credit: '',
});
const bodyWith = (mediaId: string): ArticleFormData['body'] => ({
  type: 'doc',
  content: [{ type: 'image', attrs: bodyPicture(mediaId) }],
});

const liveBody = (text: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

const texts = (alt: string) => pictureTexts(alt, { credit: 'Чужы подпіс' });

/** What a call answered: allowed, or refused. Writes answer { ok }, reads answer the row or null. */
const allowedBy = (r: unknown) =>
  r === null ? false : typeof r === 'object' && r !== null && 'ok' in r ? (r as { ok: boolean }).ok : true;

interface Row {
  name: string;
  /** The roles that may do it; everyone else must be refused with nothing changed. */
  allowed: Role[];
  /** Builds the targets afresh for each role; returns the call to check. */
  prepare: (w: World) => Promise<() => Promise<unknown>>;
}

const everyone = roles;
const editors: Role[] = ['editor', 'admin'];
const authorsUp: Role[] = ['author', 'editor', 'admin'];

const matrix: Row[] = [
  // Reading drafts
  {
    name: "open someone else's draft in the editor or preview",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      return () => getArticleForEdit(s.be!, w.actor);
    },
  },
  {
    name: "open someone else's scheduled version",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'SCHEDULED' });
      return () => getArticleForEdit(s.be!, w.actor);
    },
  },
  {
    name: "open someone else's published version",
    allowed: everyone,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'PUBLISHED' });
      return () => getArticleForEdit(s.be!, w.actor);
    },
  },
  {
    name: 'open one’s own draft',
    allowed: everyone,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'DRAFT' });
      return () => getArticleForEdit(s.be!, w.actor);
    },
  },
  {
    name: "open someone else's draft as a translation source",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      return () => getSourceForTranslation(s.be!, w.actor);
    },
  },
  {
    name: "list the revisions of someone else's draft",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      return () => listRevisions(s.be!, w.actor);
    },
  },
  // Writing other people's stories
  {
    name: "save someone else's draft",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      const f = await formOf(s.be!, { title: 'Перапісана' });
      return () => saveArticle(w.actor, s.be!, f);
    },
  },
  {
    name: "save someone else's published version",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'PUBLISHED' });
      const f = await formOf(s.be!, { title: 'Перапісана' });
      return () => saveArticle(w.actor, s.be!, f);
    },
  },
  {
    name: "translate someone else's story",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'PUBLISHED' });
      const f = await formOf(s.be!, { title: 'Translated', slug: '' });
      return () => createTranslation(w.actor, s.be!, 'en', f);
    },
  },
  {
    name: "delete someone else's draft",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      return () => deleteArticle(w.actor, s.be!);
    },
  },
  {
    name: "restore a revision of someone else's draft",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      await saveArticle(w.other, s.be!, await formOf(s.be!, { title: 'Другая' }));
      const rev = await db().articleRevision.findFirstOrThrow({ where: { articleId: s.be!, version: 1 } });
      return () => restoreRevision(w.actor, rev.id, 2);
    },
  },
  {
    name: "upload a picture to someone else's draft",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      return () => attachPicture(w.actor, s.be!, storedImage(), texts('Чужая'));
    },
  },
  {
    name: "save the picture texts of someone else's draft",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' }, await picture());
      return () => savePictureTexts(w.actor, s.be!, texts('Чужая'));
    },
  },
  // Pictures: ids of other stories' pictures, forged ids
  {
    name: "use the picture of someone else's draft as one's main picture",
    allowed: editors,
    prepare: async (w) => {
      const p = await picture();
      await story(w.other, w, { be: 'DRAFT' }, p);
      const own = await story(w.actor, w, { be: 'DRAFT' });
      const f = await formOf(own.be!, { mainMediaId: p });
      return () => saveArticle(w.actor, own.be!, f);
    },
  },
  {
    name: 'use a forged picture id as main picture',
    allowed: [],
    prepare: async (w) => {
      const own = await story(w.actor, w, { be: 'DRAFT' });
      const f = await formOf(own.be!, { mainMediaId: 'no-such-picture' });
      return () => saveArticle(w.actor, own.be!, f);
    },
  },
  {
    name: "rewrite the texts of a picture another person's live story shows, through one's own draft",
    allowed: editors,
    prepare: async (w) => {
      const p = await picture();
      await story(w.other, w, { be: 'PUBLISHED' }, p);
      const own = await story(w.actor, w, { be: 'DRAFT' }, p);
      return () => savePictureTexts(w.actor, own.be!, texts('Падменены подпіс'));
    },
  },
  // Pictures inside the body (decision 0027): the same rule as the main picture, checked on save
  {
    name: "put the picture of someone else's draft into one's own body",
    allowed: editors,
    prepare: async (w) => {
      const p = await picture();
      await story(w.other, w, { be: 'DRAFT' }, p);
      const own = await story(w.actor, w, { be: 'DRAFT' });
      const f = await formOf(own.be!, { body: bodyWith(p) });
      return () => saveArticle(w.actor, own.be!, f);
    },
  },
  {
    name: "put the picture of someone else's draft into a gallery of a new story",
    allowed: editors,
    prepare: async (w) => {
      const p = await picture();
      const mine = await picture();
      await story(w.other, w, { be: 'DRAFT' }, p);
      await story(w.actor, w, { be: 'DRAFT' }, mine);
      const f = await formOf((await story(w.actor, w, { be: 'DRAFT' })).be!, {
        slug: '',
        body: {
          type: 'doc',
          content: [{ type: 'gallery', attrs: { items: [bodyPicture(mine), bodyPicture(p)] } }],
        },
      });
      return () => createStory(w.actor, 'be', f);
    },
  },
  {
    name: "put a published story's picture into one's own body",
    allowed: everyone,
    prepare: async (w) => {
      const p = await picture();
      await story(w.other, w, { be: 'PUBLISHED' }, p);
      const own = await story(w.actor, w, { be: 'DRAFT' });
      const f = await formOf(own.be!, { body: bodyWith(p) });
      return () => saveArticle(w.actor, own.be!, f);
    },
  },
  // A picture uploaded from inside the body editor: shown by no story yet, usable by its uploader (and editors)
  {
    name: 'upload a picture from the body editor',
    allowed: everyone,
    prepare: async (w) => () => uploadBodyPicture(w.actor, storedImage()),
  },
  {
    name: "put one's own fresh upload into one's own body and make it the main picture",
    allowed: everyone,
    prepare: async (w) => {
      const up = await uploadBodyPicture(w.actor, storedImage());
      if (!up.ok) throw new Error('upload refused');
      const own = await story(w.actor, w, { be: 'DRAFT' });
      const f = await formOf(own.be!, { body: bodyWith(up.mediaId), mainMediaId: up.mediaId });
      return () => saveArticle(w.actor, own.be!, f);
    },
  },
  {
    name: "put one's own fresh upload into a gallery of a new story",
    allowed: everyone,
    prepare: async (w) => {
      const a = await uploadBodyPicture(w.actor, storedImage());
      const b = await uploadBodyPicture(w.actor, storedImage());
      if (!a.ok || !b.ok) throw new Error('upload refused');
      const f = articleForm(w.sections[0], {
        body: {
          type: 'doc',
          content: [{ type: 'gallery', attrs: { items: [bodyPicture(a.mediaId), bodyPicture(b.mediaId)] } }],
        },
      });
      return () => createStory(w.actor, 'be', f);
    },
  },
  {
    name: "put someone else's fresh upload into one's own body",
    allowed: editors,
    prepare: async (w) => {
      const up = await uploadBodyPicture(w.other, storedImage());
      if (!up.ok) throw new Error('upload refused');
      const own = await story(w.actor, w, { be: 'DRAFT' });
      const f = await formOf(own.be!, { body: bodyWith(up.mediaId) });
      return () => saveArticle(w.actor, own.be!, f);
    },
  },
  {
    name: "make someone else's fresh upload one's main picture",
    allowed: editors,
    prepare: async (w) => {
      const up = await uploadBodyPicture(w.other, storedImage());
      if (!up.ok) throw new Error('upload refused');
      const own = await story(w.actor, w, { be: 'DRAFT' });
      const f = await formOf(own.be!, { mainMediaId: up.mediaId });
      return () => saveArticle(w.actor, own.be!, f);
    },
  },
  {
    name: "put someone else's fresh upload into one's own live story's body",
    allowed: editors,
    prepare: async (w) => {
      const up = await uploadBodyPicture(w.other, storedImage());
      if (!up.ok) throw new Error('upload refused');
      const own = await story(w.actor, w, { be: 'PUBLISHED' });
      const f = await formOf(own.be!, { body: bodyWith(up.mediaId) });
      return () => saveArticle(w.actor, own.be!, f);
    },
  },
  {
    name: 'upload with a forged role',
    allowed: [],
    prepare: async (w) => () => uploadBodyPicture({ ...w.actor, role: 'root' as Role }, storedImage()),
  },
  {
    name: 'put a forged picture id into the body',
    allowed: [],
    prepare: async (w) => {
      const own = await story(w.actor, w, { be: 'DRAFT' });
      const f = await formOf(own.be!, { body: bodyWith('no-such-picture') });
      return () => saveArticle(w.actor, own.be!, f);
    },
  },
  // Shared fields of a live story, through a draft translation of one's own live story
  {
    name: 'change the section of one’s own live story through a draft translation',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED', ru: 'DRAFT' });
      const f = await formOf(s.ru!, { sectionId: w.sections[1] });
      return () => saveArticle(w.actor, s.ru!, f);
    },
  },
  {
    name: 'change the tags of one’s own live story through a draft translation',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED', ru: 'DRAFT' });
      const f = await formOf(s.ru!, { tagIds: [w.tags[1]] });
      return () => saveArticle(w.actor, s.ru!, f);
    },
  },
  {
    name: 'change the main picture of one’s own live story through a draft translation',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED', ru: 'DRAFT' }, await picture());
      const f = await formOf(s.ru!, { mainMediaId: '' });
      return () => saveArticle(w.actor, s.ru!, f);
    },
  },
  {
    name: 'change the shared fields of one’s own live story by starting a translation',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED' });
      const f = await formOf(s.be!, { slug: '', sectionId: w.sections[1] });
      return () => createTranslation(w.actor, s.be!, 'en', f);
    },
  },
  {
    name: 'upload a picture to one’s own live story through a draft translation',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED', ru: 'DRAFT' });
      return () => attachPicture(w.actor, s.ru!, storedImage(), texts('Новая'));
    },
  },
  {
    name: 'rewrite the picture texts of one’s own live story through a draft translation',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED', ru: 'DRAFT' }, await picture());
      return () => savePictureTexts(w.actor, s.ru!, texts('Новая'));
    },
  },
  // What each role may do with its own stories (so the matrix cannot pass by refusing everything)
  {
    name: 'save one’s own draft translation of one’s own live story, shared fields untouched',
    allowed: everyone,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED', ru: 'DRAFT' });
      const f = await formOf(s.ru!, { title: 'Свой перевод' });
      return () => saveArticle(w.actor, s.ru!, f);
    },
  },
  {
    name: 'save one’s own draft translation of one’s own live story with the same tags in another order',
    allowed: everyone,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED', ru: 'DRAFT' });
      await db().storyTag.create({ data: { storyId: s.storyId, tagId: w.tags[1], position: 1 } });
      const f = await formOf(s.ru!);
      return () => saveArticle(w.actor, s.ru!, { ...f, tagIds: [...f.tagIds].reverse() });
    },
  },
  {
    name: 'translate one’s own live story, shared fields untouched',
    allowed: everyone,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED' });
      const f = await formOf(s.be!, { slug: '', title: 'Own translation' });
      return () => createTranslation(w.actor, s.be!, 'en', f);
    },
  },
  {
    name: 'upload a picture to one’s own draft',
    allowed: everyone,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'DRAFT' });
      return () => attachPicture(w.actor, s.be!, storedImage(), texts('Свая'));
    },
  },
  {
    name: 'save the picture texts of one’s own draft',
    allowed: everyone,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'DRAFT' }, await picture());
      return () => savePictureTexts(w.actor, s.be!, texts('Свая'));
    },
  },
  {
    name: 'publish one’s own draft',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'DRAFT' });
      const f = await formOf(s.be!, { intent: 'publish' });
      return () => saveArticle(w.actor, s.be!, f);
    },
  },
  // The displayed publication time (decision 0026): editors only, even through a hand-made form.
  {
    name: 'correct the publication time of one’s own published version (forged field)',
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED' });
      const f = await formOf(s.be!, { publishedAt: '5.09.2025, 16:41' });
      return () => saveArticle(w.actor, s.be!, f);
    },
  },
  {
    name: 'publish one’s own draft dated in the past',
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'DRAFT' });
      const f = await formOf(s.be!, { intent: 'schedule', scheduledFor: '5.09.2025, 16:41' });
      return () => saveArticle(w.actor, s.be!, f);
    },
  },
  {
    name: 'start a story dated in the past',
    allowed: editors,
    prepare: async (w) => {
      const f = { ...(await formOf((await story(w.actor, w, { be: 'DRAFT' })).be!)), slug: '' };
      return () => createStory(w.actor, 'ru', { ...f, intent: 'schedule', scheduledFor: '5.09.2025, 16:41' });
    },
  },
  {
    name: 'start a story with a forged publication time',
    allowed: [],
    prepare: async (w) => {
      const f = { ...(await formOf((await story(w.actor, w, { be: 'DRAFT' })).be!)), slug: '' };
      return () => createStory(w.actor, 'ru', { ...f, publishedAt: '5.09.2025, 16:41' });
    },
  },
  // Forged ids
  {
    name: 'save a forged article id',
    allowed: [],
    prepare: async (w) => {
      const f = await formOf((await story(w.actor, w, { be: 'DRAFT' })).be!);
      return () => saveArticle(w.actor, 'forged-article', f);
    },
  },
  {
    name: 'open a forged article id',
    allowed: [],
    prepare: async (w) => () => getArticleForEdit('forged-article', w.actor),
  },
  {
    name: 'upload a picture to a forged article id',
    allowed: [],
    prepare: async (w) => () => attachPicture(w.actor, 'forged-article', storedImage(), texts('x')),
  },
  {
    name: 'save picture texts of a forged article id',
    allowed: [],
    prepare: async (w) => () => savePictureTexts(w.actor, 'forged-article', texts('x')),
  },
  {
    name: 'create a story with a forged section id',
    allowed: [],
    prepare: async (w) => {
      const f = await formOf((await story(w.actor, w, { be: 'DRAFT' })).be!, { slug: '', sectionId: 'forged-section' });
      return () => createStory(w.actor, 'be', f);
    },
  },
  // Corrections, preview links, scheduled unpublish (decision 0028)
  {
    name: "add a correction to someone else's published version",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'PUBLISHED' });
      return () => addCorrection(w.actor, s.be!, { text: 'Выпраўленне.', at: '' });
    },
  },
  {
    name: 'add a correction to one’s own published version',
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED' });
      return () => addCorrection(w.actor, s.be!, { text: 'Выпраўленне.', at: '' });
    },
  },
  {
    name: 'change and withdraw a correction',
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'PUBLISHED' });
      const c = await db().correction.create({
        data: { articleId: s.be!, locale: 'be', text: 'Было.', at: new Date() },
      });
      return async () => {
        const edited = await editCorrection(w.actor, c.id, { text: 'Стала.', at: '' });
        return edited.ok ? withdrawCorrection(w.actor, edited.correctionId) : edited;
      };
    },
  },
  {
    name: "add a correction to someone else's draft (nobody: only published versions)",
    allowed: [],
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      return () => addCorrection(w.actor, s.be!, { text: 'Выпраўленне.', at: '' });
    },
  },
  {
    name: 'change or withdraw a forged correction id',
    allowed: [],
    prepare: async (w) => async () => {
      const edited = await editCorrection(w.actor, 'forged-correction', { text: 'x', at: '' });
      return edited.ok ? edited : withdrawCorrection(w.actor, 'forged-correction');
    },
  },
  {
    name: "create a preview link to someone else's draft",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      return () => createPreviewLink(w.actor, s.be!, { hours: 1 });
    },
  },
  {
    name: 'create a preview link to one’s own draft',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'DRAFT' });
      return () => createPreviewLink(w.actor, s.be!, { hours: 24 });
    },
  },
  {
    name: "revoke a preview link to someone else's draft",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      const link = await db().previewLink.create({
        data: { articleId: s.be!, expiresAt: new Date(Date.now() + 3600_000), createdById: w.other.id },
      });
      return () => revokePreviewLink(w.actor, link.id);
    },
  },
  {
    name: 'create or revoke a preview link with forged ids',
    allowed: [],
    prepare: async (w) => async () => {
      const made = await createPreviewLink(w.actor, 'forged-article', { hours: 1 });
      return made.ok ? made : revokePreviewLink(w.actor, 'forged-link');
    },
  },
  {
    name: "schedule someone else's published version to leave the site",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'PUBLISHED' });
      return () => scheduleUnpublish(w.actor, s.be!, { at: '1.01.2099, 10:00' });
    },
  },
  {
    name: 'schedule one’s own published version to leave the site',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED' });
      return () => scheduleUnpublish(w.actor, s.be!, { at: '1.01.2099, 10:00' });
    },
  },
  {
    name: "cancel someone else's scheduled unpublish",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'PUBLISHED' });
      await db().article.update({ where: { id: s.be! }, data: { unpublishAt: new Date(Date.now() + 3600_000) } });
      return () => cancelUnpublish(w.actor, s.be!);
    },
  },
  {
    name: 'schedule or cancel an unpublish of a forged article id',
    allowed: [],
    prepare: async (w) => async () => {
      const r = await scheduleUnpublish(w.actor, 'forged-article', { at: '1.01.2099, 10:00' });
      return r.ok ? r : cancelUnpublish(w.actor, 'forged-article');
    },
  },
  // Live blogs (decision 0033)
  {
    name: "start or end live coverage of someone else's published version",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'PUBLISHED' });
      return () => setLiveCoverage(w.actor, s.be!, true);
    },
  },
  {
    name: 'start live coverage of one’s own published version',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED' });
      return () => setLiveCoverage(w.actor, s.be!, true);
    },
  },
  {
    name: "post an entry to someone else's live blog",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'PUBLISHED' });
      await db().article.update({ where: { id: s.be! }, data: { liveStatus: 'LIVE' } });
      return () => postLiveEntry(w.actor, s.be!, { body: liveBody('Новае') });
    },
  },
  {
    name: 'post an entry to one’s own live blog',
    allowed: authorsUp,
    prepare: async (w) => {
      const s = await story(w.actor, w, { be: 'PUBLISHED' });
      await db().article.update({ where: { id: s.be! }, data: { liveStatus: 'LIVE' } });
      return () => postLiveEntry(w.actor, s.be!, { body: liveBody('Новае') });
    },
  },
  {
    name: "pin, mark or remove an entry of someone else's live blog",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'PUBLISHED' });
      await db().article.update({ where: { id: s.be! }, data: { liveStatus: 'LIVE' } });
      const e = await db().liveEntry.create({ data: { articleId: s.be!, body: liveBody('Старое'), authorName: 'x' } });
      return async () => {
        const pinned = await changeLiveEntry(w.actor, e.id, { pinned: true });
        if (!pinned.ok) return pinned;
        await changeLiveEntry(w.actor, e.id, { keyEvent: true });
        return changeLiveEntry(w.actor, e.id, { deleted: true });
      };
    },
  },
  {
    name: "post to someone else's live draft (not readable)",
    allowed: editors,
    prepare: async (w) => {
      const s = await story(w.other, w, { be: 'DRAFT' });
      await db().article.update({ where: { id: s.be! }, data: { liveStatus: 'LIVE' } });
      return () => postLiveEntry(w.actor, s.be!, { body: liveBody('Новае') });
    },
  },
  {
    name: 'live-blog commands with forged article and entry ids',
    allowed: [],
    prepare: async (w) => async () => {
      for (const r of [
        await setLiveCoverage(w.actor, 'forged-article', true),
        await postLiveEntry(w.actor, 'forged-article', { body: liveBody('x') }),
        await changeLiveEntry(w.actor, 'forged-entry', { pinned: true }),
        await changeLiveEntry(w.actor, "' OR 1=1 --", { deleted: true }),
      ])
        if (r.ok) return r;
      return { ok: false };
    },
  },
  // Site-wide settings
  {
    name: 'rename a tag',
    allowed: editors,
    prepare: async (w) => () =>
      saveTaxonomy(w.actor, 'tag', w.tags[0], { be: { name: 'Перайменаваны', slug: `renamed-${uid()}` } }),
  },
  {
    name: 'set the breaking-news banner',
    allowed: editors,
    prepare: async (w) => () =>
      saveBreaking(w.actor, 'en', { text: 'Breaking', url: '', expiresAt: '1.01.2099, 10:00' }),
  },
];

const snapshot = () => snapshotTables(TABLES);

describeOnDatabases('newsroom authorization matrix', () => {
  const world = {} as Omit<World, 'actor'> & { users: Record<Role, ActorInfo> };

  beforeAll(async () => {
    world.users = {} as Record<Role, ActorInfo>;
    for (const role of roles) world.users[role] = await createActor(role, 'authz');
    // The owner of "someone else's" stories: an author (a contributor's stories would be weaker targets).
    world.other = await createActor('author', 'authz-other', 'other');
    world.sections = (await db().section.findMany({ take: 2, orderBy: { position: 'asc' }, select: { id: true } })).map(
      (s) => s.id,
    );
    world.tags = (await db().tag.findMany({ take: 2, orderBy: { id: 'asc' }, select: { id: true } })).map((t) => t.id);
  });

  for (const row of matrix) {
    it.each(roles)(`${row.name} — %s`, async (role) => {
      const call = await row.prepare({ ...world, actor: world.users[role] });
      const before = await snapshot();
      const result = await call();
      if (row.allowed.includes(role)) {
        expect(allowedBy(result), JSON.stringify(result)).toBe(true);
      } else {
        expect(allowedBy(result), JSON.stringify(result)).toBe(false);
        expect(await snapshot()).toEqual(before);
      }
    });
  }
});
