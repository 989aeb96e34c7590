// Live blogs in the newsroom (decision 0033): start and end the coverage of one language version, post entries,
// pin one, mark key events, remove entries. Every command goes through the one door (lib/admin/door.ts):
// permission (lib/auth/roles.ts) → transaction → audit → invalidation. Posting or changing an entry drops only
// the story's pages and the live blog's updates JSON (cache tag `live`); starting and ending the coverage
// changes the "LIVE" mark in the language's lists too (an `article` change).
import { z } from 'zod';
import { canPostLiveEntry, canRead, canRunLiveBlog } from '@/lib/auth/roles';
import { db, type Prisma } from '@/lib/db/client';
import { isLocale } from '@/lib/locales';
import type { ReaderChange } from '@/lib/cache/tags';
import type { RichTextDoc } from '@/lib/richtext/types';
import type { ActorInfo } from './articles';
import { newsroomWrite, type AuditEntry } from './door';
import { formId } from './lifecycle-form';
import { bodyPictures } from './media';
import { normalizeDoc, richTextDocSchema } from './richtext-schema';
import { docToPlainText } from '@/lib/richtext/plainText';
import { hasForbiddenChars } from './text-safety';

export const MAX_ENTRY_TITLE = 200;

export type LiveOutcome =
  | { ok: true; articleId: string; entryId?: string }
  | { ok: false; kind: 'forbidden' | 'notFound' }
  | { ok: false; kind: 'invalid'; errors: { title?: string; body?: string; live?: string } };
type Done = Extract<LiveOutcome, { ok: true }>;
type Refusal = Exclude<LiveOutcome, { ok: true }>;

const versionSelect = {
  id: true,
  locale: true,
  storyId: true,
  status: true,
  deletedAt: true,
  liveStatus: true,
  story: { select: { createdById: true } },
} as const;

type Version = Prisma.ArticleGetPayload<{ select: typeof versionSelect }>;

async function findVersion(tx: Prisma.TransactionClient, actor: ActorInfo, articleId: unknown) {
  const id = typeof articleId === 'string' && formId.safeParse(articleId).success ? articleId : '';
  const a = id ? await tx.article.findUnique({ where: { id }, select: versionSelect }) : null;
  // What the actor may not read answers as if it did not exist (decision 0020).
  if (!a || a.deletedAt || !canRead(actor, a.story, a.status)) return null;
  return a;
}

async function findEntry(tx: Prisma.TransactionClient, actor: ActorInfo, entryId: unknown) {
  const id = typeof entryId === 'string' && formId.safeParse(entryId).success ? entryId : '';
  const e = id
    ? await tx.liveEntry.findUnique({ where: { id }, select: { id: true, articleId: true, deletedAt: true } })
    : null;
  if (!e || e.deletedAt) return null;
  const a = await findVersion(tx, actor, e.articleId);
  return a ? { entry: e, article: a } : null;
}

const articleChange = (a: Version): ReaderChange[] =>
  isLocale(a.locale) ? [{ kind: 'article', locale: a.locale, storyId: a.storyId }] : [];
const liveChange = (a: Version): ReaderChange[] => [{ kind: 'live', articleId: a.id, storyId: a.storyId }];

type Story = Version['story'];

/**
 * Every live-blog command through the one door: find the version (what the actor may not read is `notFound`),
 * ask the role, run; the version the command changed names what is dropped from the cache.
 */
function liveWrite<F extends { article: Version }>(w: {
  actor: ActorInfo;
  find: (tx: Prisma.TransactionClient) => Promise<F | null>;
  may: (actor: ActorInfo, story: Story) => boolean;
  run: (tx: Prisma.TransactionClient, found: F) => Promise<Done | Refusal>;
  audit: (done: Done) => AuditEntry;
  changes: (version: Version) => ReaderChange[];
}): Promise<LiveOutcome> {
  let version: Version | null = null;
  return newsroomWrite<Done, Refusal>({
    actor: w.actor,
    run: async (tx) => {
      const found = await w.find(tx);
      if (!found) return { ok: false, kind: 'notFound' };
      if (!w.may(w.actor, found.article.story)) return { ok: false, kind: 'forbidden' };
      const outcome = await w.run(tx, found);
      if (outcome.ok) version = found.article;
      return outcome;
    },
    audit: w.audit,
    changes: () => (version ? w.changes(version) : []),
  });
}

const findArticle = (tx: Prisma.TransactionClient, actor: ActorInfo, articleId: unknown) =>
  findVersion(tx, actor, articleId).then((article) => (article ? { article } : null));

/** Start (or resume) live coverage of a language version; `live: false` ends it. */
export async function setLiveCoverage(
  actor: ActorInfo,
  articleId: string,
  live: boolean,
  now = new Date(),
): Promise<LiveOutcome> {
  return liveWrite({
    actor,
    find: (tx) => findArticle(tx, actor, articleId),
    may: canRunLiveBlog,
    run: async (tx, { article: a }) => {
      if (live) {
        if (a.liveStatus === 'LIVE') return { ok: true, articleId: a.id };
        await tx.article.update({
          where: { id: a.id },
          // Resuming keeps the first start time: the coverage began then.
          data: { liveStatus: 'LIVE', liveEndedAt: null, ...(a.liveStatus ? {} : { liveStartedAt: now }) },
        });
      } else {
        if (a.liveStatus !== 'LIVE') return { ok: false, kind: 'invalid', errors: { live: 'notLive' } };
        await tx.article.update({ where: { id: a.id }, data: { liveStatus: 'ENDED', liveEndedAt: now } });
      }
      return { ok: true, articleId: a.id };
    },
    audit: (done) => ({ action: live ? 'live-start' : 'live-end', targetType: 'article', targetId: done.articleId }),
    changes: (version) => [...articleChange(version), ...liveChange(version)],
  });
}

const entryForm = z.object({
  title: z
    .string()
    .trim()
    .max(MAX_ENTRY_TITLE, 'tooLong')
    .refine((s) => !hasForbiddenChars(s), 'controlChars')
    .transform((s) => s.replace(/\s+/g, ' ')),
  body: richTextDocSchema,
  keyEvent: z.boolean(),
  pinned: z.boolean(),
});

export interface EntryInput {
  title?: string;
  /** The body editor's JSON (a string from a form) or a document. */
  body: unknown;
  keyEvent?: boolean;
  pinned?: boolean;
}

const isEmptyDoc = (doc: RichTextDoc) => !doc.content || doc.content.length === 0;

/** Post an entry to a live blog: it is on the page (and in the updates JSON) as soon as this returns. */
export async function postLiveEntry(
  actor: ActorInfo,
  articleId: string,
  input: EntryInput,
  now = new Date(),
): Promise<LiveOutcome> {
  const parsed = entryForm.safeParse({
    title: typeof input.title === 'string' ? input.title : '',
    body: input.body ?? '',
    keyEvent: input.keyEvent === true,
    pinned: input.pinned === true,
  });
  return liveWrite({
    actor,
    find: (tx) => findArticle(tx, actor, articleId),
    may: canPostLiveEntry,
    run: async (tx, { article: a }) => {
      if (a.liveStatus !== 'LIVE') return { ok: false, kind: 'invalid', errors: { live: 'notLive' } };
      if (!parsed.success) {
        const errors: { title?: string; body?: string } = {};
        for (const issue of parsed.error.issues) {
          const field = issue.path[0] === 'title' ? 'title' : 'body';
          errors[field] ??= issue.message;
        }
        return { ok: false, kind: 'invalid', errors };
      }
      if (isEmptyDoc(parsed.data.body)) return { ok: false, kind: 'invalid', errors: { body: 'required' } };
      // Pictures as in the article body (decision 0027): known, usable by the actor, file and size from the server.
      if (!isLocale(a.locale)) return { ok: false, kind: 'notFound' };
      const pictures = await bodyPictures(tx, actor, parsed.data.body, { locale: a.locale, storyId: a.storyId });
      if (!pictures.ok) return { ok: false, kind: 'invalid', errors: { body: 'unknown' } };
      // Pinning and key events are the editors' call (canRunLiveBlog); others post plain entries.
      const mayMark = canRunLiveBlog(actor, a.story);
      const user = await tx.user.findUnique({ where: { id: actor.id }, select: { name: true } });
      if (mayMark && parsed.data.pinned)
        await tx.liveEntry.updateMany({ where: { articleId: a.id, pinned: true }, data: { pinned: false } });
      const entry = await tx.liveEntry.create({
        data: {
          articleId: a.id,
          title: parsed.data.title || null,
          body: pictures.body as unknown as Prisma.InputJsonValue,
          authorId: actor.id,
          authorName: user?.name ?? '',
          publishedAt: now,
          keyEvent: mayMark && parsed.data.keyEvent,
          pinned: mayMark && parsed.data.pinned,
        },
        select: { id: true },
      });
      return { ok: true, articleId: a.id, entryId: entry.id };
    },
    audit: (done) => ({ action: 'live-entry-post', targetType: 'live-entry', targetId: done.entryId }),
    changes: liveChange,
  });
}

export type EntryChange = { pinned: boolean } | { keyEvent: boolean } | { deleted: true };

/** Pin or unpin an entry (one pinned entry per live blog), mark or unmark a key event, or remove it. */
export async function changeLiveEntry(
  actor: ActorInfo,
  entryId: string,
  change: EntryChange,
  now = new Date(),
): Promise<LiveOutcome> {
  const deleting = 'deleted' in change;
  return liveWrite({
    actor,
    find: (tx) => findEntry(tx, actor, entryId),
    may: canRunLiveBlog,
    run: async (tx, { entry, article }) => {
      if ('pinned' in change) {
        if (typeof change.pinned !== 'boolean') return { ok: false, kind: 'invalid', errors: {} };
        if (change.pinned)
          await tx.liveEntry.updateMany({ where: { articleId: article.id, pinned: true }, data: { pinned: false } });
        await tx.liveEntry.update({ where: { id: entry.id }, data: { pinned: change.pinned } });
      } else if ('keyEvent' in change) {
        if (typeof change.keyEvent !== 'boolean') return { ok: false, kind: 'invalid', errors: {} };
        await tx.liveEntry.update({ where: { id: entry.id }, data: { keyEvent: change.keyEvent } });
      } else {
        await tx.liveEntry.update({ where: { id: entry.id }, data: { deletedAt: now, pinned: false } });
      }
      return { ok: true, articleId: article.id, entryId: entry.id };
    },
    audit: (done) => ({
      action: deleting ? 'live-entry-delete' : 'live-entry-edit',
      targetType: 'live-entry',
      targetId: done.entryId,
      detail: deleting ? '' : JSON.stringify(change),
    }),
    changes: liveChange,
  });
}

/** The newsroom's view of a live blog: its state and its newest entries (the phone page lists these). */
export async function deskLiveBlog(actor: ActorInfo, articleId: string, take = 50) {
  const id = formId.safeParse(articleId).success ? articleId : '';
  const a = id
    ? await db().article.findUnique({
        where: { id },
        select: {
          ...versionSelect,
          title: true,
          slug: true,
          liveStartedAt: true,
          liveEndedAt: true,
        },
      })
    : null;
  if (!a || a.deletedAt || !canRead(actor, a.story, a.status)) return null;
  const entries = await db().liveEntry.findMany({
    where: { articleId: a.id, deletedAt: null },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take,
    select: { id: true, title: true, body: true, authorName: true, publishedAt: true, pinned: true, keyEvent: true },
  });
  return {
    article: a,
    // The desk shows the start of each entry's text, not its body.
    entries: entries.map(({ body, ...e }) => ({
      ...e,
      excerpt: docToPlainText(normalizeDoc(body)).slice(0, 140),
    })),
    mayRun: canRunLiveBlog(actor, a.story),
    mayPost: canPostLiveEntry(actor, a.story),
  };
}
