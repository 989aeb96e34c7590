// The newsroom's writes and reads of stories, with every permission checked here, on the server.
// Actions (app/admin/_actions) parse the form with the shared schema and call these.
// Concurrency: Article.version is the token; a save names the version it was loaded at and is refused
// when the stored one is newer (docs/decisions/0002 and 0012).
import { db, type Prisma } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/richtext/types';
import { slugify, uniqueSlug } from '@/lib/slug';
import { storyShownSelect } from '@/lib/news/queries';
import { recordSlugChange } from '@/lib/news/slugs';
import {
  type Actor,
  atLeast,
  canChangeSharedFields,
  canCreateStory,
  canDelete,
  canEdit,
  canPublish,
  canRead,
  canSubmitForReview,
  canUsePicture,
  isLiveStatus,
} from '@/lib/auth/roles';
import type { ArticleFormData, FieldErrors } from './article-schema';
import { articleChanges } from '@/lib/cache/invalidate';
import { type AuditEntry, newsroomWrite } from './door';
import { sharedValues } from './form-state';
import { readNewsroomTime, toNewsroomTime } from '@/lib/time/minsk';
import { intentFitsStatus } from './editorActions';
import { bodyPictures } from './media';

export type Outcome =
  /** storyChanged: the story's shared fields (section, tags, authors, picture) changed with it. */
  | {
      ok: true;
      articleId: string;
      version: number;
      message: string;
      storyChanged?: boolean;
      /** The displayed publication time was set (a past-dated publish or a correction): for the audit line. */
      publishedAtChange?: { from: Date | null; to: Date };
    }
  | { ok: false; kind: 'forbidden' | 'notFound' }
  | { ok: false; kind: 'invalid'; errors: FieldErrors }
  | { ok: false; kind: 'conflict'; currentVersion: number; updatedBy: string | null; updatedAt: Date };

export interface ActorInfo extends Actor {
  email: string;
}

/** What a permission check reads about a language version: its state, whose story, and whether any of it is live. */
export const versionAccessSelect = {
  status: true,
  storyId: true,
  deletedAt: true,
  story: { select: { createdById: true, articles: { where: { deletedAt: null }, select: { status: true } } } },
} as const satisfies Prisma.ArticleSelect;

async function slugProblem(tx: Prisma.TransactionClient, locale: Locale, slug: string, articleId: string | null) {
  const clash = await tx.article.findFirst({
    where: { locale, slug, NOT: articleId ? { id: articleId } : undefined },
    select: { id: true },
  });
  if (!clash) return null;
  return 'slugTaken';
}

/** The slug to save: the typed one, or one made from the headline and made unique in the language. */
async function chooseSlug(
  tx: Prisma.TransactionClient,
  locale: Locale,
  data: ArticleFormData,
  articleId: string | null,
) {
  if (data.slug) return { slug: data.slug, error: await slugProblem(tx, locale, data.slug, articleId) };
  const base = slugify(data.title, locale) || 'story';
  const taken = new Set(
    (
      await tx.article.findMany({
        where: { locale, slug: { startsWith: base }, NOT: articleId ? { id: articleId } : undefined },
        select: { slug: true },
      })
    ).map((r) => r.slug),
  );
  return { slug: uniqueSlug(base, (s) => taken.has(s)), error: null };
}

/** Tags and authors arrive in the form's checkbox order (by name in the admin's language): compare them as sets. */
const sameSet = (a: string[], b: string[]) => new Set(a).size === new Set(b).size && b.every((x) => a.includes(x));

/** Whether any language version of the story is live: then its shared fields are the live story's. */
const anyLive = (articles: { status: string }[]) => articles.some((a) => isLiveStatus(a.status));

/**
 * Section, tags, authors and main picture are shared by every language version of the story. Nothing is written
 * when they are as stored; a change needs `mayChangeShared` (see canChangeSharedFields), and a newly chosen
 * picture must exist and be one the actor may use (canUsePicture). Decision 0020.
 */
async function storyLinks(
  tx: Prisma.TransactionClient,
  actor: Actor,
  storyId: string,
  data: ArticleFormData,
  mayChangeShared: boolean,
) {
  const current = await tx.story.findUniqueOrThrow({
    where: { id: storyId },
    select: {
      sectionId: true,
      mainMediaId: true,
      tags: { orderBy: { position: 'asc' }, select: { tagId: true } },
      authors: { orderBy: { position: 'asc' }, select: { authorId: true } },
    },
  });
  const unchanged =
    current.sectionId === data.sectionId &&
    (current.mainMediaId ?? '') === data.mainMediaId &&
    sameSet(
      current.tags.map((t) => t.tagId),
      data.tagIds,
    ) &&
    sameSet(
      current.authors.map((a) => a.authorId),
      data.authorIds,
    );
  if (unchanged) return { error: null, changed: false };
  if (!mayChangeShared) return { error: { form: 'sharedLocked' } as FieldErrors };
  const [section, tags, authors, media] = await Promise.all([
    tx.section.findUnique({ where: { id: data.sectionId }, select: { id: true } }),
    tx.tag.findMany({ where: { id: { in: data.tagIds } }, select: { id: true } }),
    tx.author.findMany({ where: { id: { in: data.authorIds } }, select: { id: true } }),
    data.mainMediaId
      ? tx.media.findUnique({
          where: { id: data.mainMediaId },
          select: {
            id: true,
            uploadedById: true,
            stories: {
              select: {
                createdById: true,
                articles: { where: { status: 'PUBLISHED', deletedAt: null }, select: { id: true }, take: 1 },
              },
            },
          },
        })
      : null,
  ]);
  if (!section) return { error: { sectionId: 'unknown' } as FieldErrors };
  if (data.mainMediaId && media?.id !== current.mainMediaId) {
    const shownBy = (media?.stories ?? []).map((s) => ({
      createdById: s.createdById,
      published: s.articles.length > 0,
    }));
    // A picture id that does not exist and one the actor may not use answer alike.
    if (!media || !canUsePicture(actor, shownBy, media.uploadedById))
      return { error: { mainMediaId: 'unknown' } as FieldErrors };
  }
  const known = (ids: string[], rows: { id: string }[]) => ids.filter((id) => rows.some((r) => r.id === id));
  await tx.story.update({ where: { id: storyId }, data: { sectionId: section.id, mainMediaId: media?.id ?? null } });
  await tx.storyTag.deleteMany({ where: { storyId } });
  await tx.storyTag.createMany({
    data: known(data.tagIds, tags).map((tagId, position) => ({ storyId, tagId, position })),
  });
  await tx.storyAuthor.deleteMany({ where: { storyId } });
  await tx.storyAuthor.createMany({
    data: known(data.authorIds, authors).map((authorId, position) => ({ storyId, authorId, position })),
  });
  return { error: null, changed: true };
}

class Refused extends Error {
  constructor(public outcome: Exclude<Outcome, { ok: true }>) {
    super(outcome.kind);
  }
}

/** The body's pictures checked and completed from their Media rows (bodyPictures, decision 0027). */
async function withBodyPictures(
  tx: Prisma.TransactionClient,
  actor: Actor,
  data: ArticleFormData,
  target: { locale: Locale; storyId: string | null },
): Promise<ArticleFormData> {
  const pictures = await bodyPictures(tx, actor, data.body, target);
  if (!pictures.ok) throw new Refused({ ok: false, kind: 'invalid', errors: { body: 'unknown' } });
  return { ...data, body: pictures.body };
}

type Done = Extract<Outcome, { ok: true }>;
type Refusal = Exclude<Outcome, { ok: true }>;

/** A refusal thrown deep inside a write becomes the answer (the door then rolls the transaction back). */
async function refusable<T>(body: () => Promise<T>): Promise<T | Refusal> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof Refused) return e.outcome;
    throw e;
  }
}

/**
 * Readers see a written language version in its language's listings and on its story's pages (decision 0015).
 * A change of the shared fields shows on the cards of every language version of the story too.
 */
async function versionChanged(done: Done) {
  if (!done.storyChanged) return articleChanges([done.articleId]);
  const versions = await db().article.findMany({
    where: { story: { articles: { some: { id: done.articleId } } } },
    select: { id: true },
  });
  return articleChanges(versions.map((v) => v.id));
}

/**
 * Schedule/publish checks that do not need the database. A schedule time in the past publishes at once with
 * that time as the displayed publication time (a story moved in from elsewhere): editors only (decision 0026).
 */
function statusPlan(
  actor: Actor,
  data: ArticleFormData,
  now: Date,
): { error: FieldErrors | null; scheduledFor: Date | null; publishAt: Date | null } {
  const none = { error: null, scheduledFor: null, publishAt: null };
  if (data.intent !== 'schedule') return none;
  const typed = readNewsroomTime(data.scheduledFor);
  if (typed.kind !== 'time')
    return { ...none, error: { scheduledFor: typed.kind === 'invalid' ? 'dateInvalid' : 'required' } };
  const at = typed.at;
  if (at.getTime() > now.getTime()) return { ...none, scheduledFor: at };
  if (!atLeast(actor, 'editor')) return { ...none, error: { scheduledFor: 'datePast' } };
  return { ...none, publishAt: at };
}

type Plan = ReturnType<typeof statusPlan>;

function statusData(
  intent: ArticleFormData['intent'],
  current: { status: string; publishedAt: Date | null },
  plan: Plan,
  now: Date,
) {
  switch (intent) {
    case 'publish':
      return {
        status: 'PUBLISHED' as const,
        publishedAt: current.publishedAt ?? now,
        scheduledFor: null,
        reviewRequestedAt: null,
        contentUpdatedAt: now,
      };
    case 'schedule':
      // Dated in the past: published now, shown as published (and last changed) then.
      if (plan.publishAt)
        return {
          status: 'PUBLISHED' as const,
          publishedAt: plan.publishAt,
          scheduledFor: null,
          reviewRequestedAt: null,
          contentUpdatedAt: plan.publishAt,
        };
      return { status: 'SCHEDULED' as const, scheduledFor: plan.scheduledFor, reviewRequestedAt: null };
    case 'unschedule':
      return { status: 'DRAFT' as const, scheduledFor: null };
    case 'unpublish':
      return { status: 'UNPUBLISHED' as const, scheduledFor: null };
    case 'submit':
      return { reviewRequestedAt: now };
    default:
      return {};
  }
}

/**
 * A new displayed publication time for a published version (`publishedAt` of the form): null when none was
 * posted or it names the stored minute. Only editors may change it (a forged field from anyone else is refused
 * like a hidden button); it cannot lie in the future (that is scheduling) nor ride on a staged edit.
 */
function publicationTimeChange(
  actor: Actor,
  current: { status: string; publishedAt: Date | null },
  data: ArticleFormData,
  now: Date,
): { from: Date | null; to: Date } | null {
  const typed = readNewsroomTime(data.publishedAt);
  if (typed.kind === 'empty') return null;
  const at = typed.kind === 'time' ? typed.at : null;
  if (at && current.publishedAt && toNewsroomTime(at) === toNewsroomTime(current.publishedAt)) return null;
  if (!atLeast(actor, 'editor')) throw new Refused({ ok: false, kind: 'forbidden' });
  const invalid = (key: string) => new Refused({ ok: false, kind: 'invalid', errors: { publishedAt: key } });
  if (current.status !== 'PUBLISHED') throw invalid('invalid');
  if (!at) throw invalid('dateInvalid');
  if (at.getTime() > now.getTime()) throw invalid('dateFuture');
  if (data.intent === 'stage') throw invalid('publishedAtStaged');
  return { from: current.publishedAt, to: at };
}

function permitIntent(actor: Actor, story: { createdById: string | null }, intent: ArticleFormData['intent']) {
  if (intent === 'publish' || intent === 'schedule' || intent === 'unpublish' || intent === 'unschedule')
    return canPublish(actor, story);
  if (intent === 'submit') return canSubmitForReview(actor, story);
  return true;
}

const auditAction = {
  stage: 'save',
  publish: 'publish',
  schedule: 'schedule',
  unpublish: 'unpublish',
  unschedule: 'unschedule',
  submit: 'submit-review',
  confirm: 'confirm-translation',
  save: 'save',
} as const;

/**
 * A write of one language version through the door (decision 0021): refusals are `Outcome`s, and readers see the
 * change on that version's pages (versionChanged). `allowed`: what the role alone decides, before any read.
 */
function versionWrite(
  actor: ActorInfo,
  write: Pick<Parameters<typeof newsroomWrite<Done, Refusal>>[0], 'run' | 'audit' | 'allowed'>,
): Promise<Outcome> {
  return newsroomWrite<Done, Refusal>({
    actor,
    forbidden: { ok: false, kind: 'forbidden' },
    changes: versionChanged,
    ...write,
  });
}

/** Start a new story with its first language version. */
export const createStory = (actor: ActorInfo, locale: Locale, data: ArticleFormData, now = new Date()) =>
  versionWrite(actor, {
    allowed: () => canCreateStory(actor) && permitIntent(actor, { createdById: actor.id }, data.intent),
    run: (tx) => createVersion(tx, actor, { locale, storyId: null, source: null }, data, now, true),
    audit: (done) => createdEntries(done, locale, data),
  });

/** What a write did, for its audit line: a schedule dated in the past was a publish. */
const doneIntent = (data: ArticleFormData, done: Done) =>
  data.intent === 'schedule' && done.publishedAtChange ? 'publish' : data.intent;

/** The audit line of a set displayed publication time: old → new, as the newsroom writes times. */
function publicationTimeEntries(done: Done): AuditEntry[] {
  const change = done.publishedAtChange;
  if (!change) return [];
  const from = change.from ? toNewsroomTime(change.from) : '—';
  return [
    {
      action: 'set-publication-time',
      targetType: 'article',
      targetId: done.articleId,
      detail: `${from} → ${toNewsroomTime(change.to)}`,
    },
  ];
}

/** A new version's audit lines: created, and what the intent did besides. */
function createdEntries(done: Done, locale: Locale, data: ArticleFormData): AuditEntry[] {
  const entries: AuditEntry[] = [
    { action: 'create', targetType: 'article', targetId: done.articleId, detail: `${locale}: ${data.title}` },
  ];
  if (data.intent !== 'save')
    entries.push({ action: auditAction[doneIntent(data, done)], targetType: 'article', targetId: done.articleId });
  return [...entries, ...publicationTimeEntries(done)];
}

/** Start a translation of `sourceId` into `locale` (the story's other fields are shared). */
export const createTranslation = (
  actor: ActorInfo,
  sourceId: string,
  locale: Locale,
  data: ArticleFormData,
  now = new Date(),
) =>
  versionWrite(actor, {
    run: async (tx) => {
      const source = await tx.article.findUnique({
        where: { id: sourceId },
        select: { id: true, version: true, ...versionAccessSelect },
      });
      if (!source || source.deletedAt || !canRead(actor, source.story, source.status))
        return { ok: false, kind: 'notFound' };
      if (!canEdit(actor, source.story)) return { ok: false, kind: 'forbidden' };
      if (!permitIntent(actor, source.story, data.intent)) return { ok: false, kind: 'forbidden' };
      const mayChangeShared = canChangeSharedFields(actor, source.story, anyLive(source.story.articles));
      return createVersion(
        tx,
        actor,
        { locale, storyId: source.storyId, source: { id: source.id, version: source.version } },
        data,
        now,
        mayChangeShared,
      );
    },
    audit: (done) => createdEntries(done, locale, data),
  });

async function createVersion(
  tx: Prisma.TransactionClient,
  actor: ActorInfo,
  target: { locale: Locale; storyId: string | null; source: { id: string; version: number } | null },
  data: ArticleFormData,
  now: Date,
  mayChangeShared: boolean,
): Promise<Outcome> {
  const plan = statusPlan(actor, data, now);
  if (plan.error) return { ok: false, kind: 'invalid', errors: plan.error };
  let storyChanged = false;
  return refusable(async () => {
    // A new version has no publication time to correct: only a past schedule dates it (statusPlan).
    publicationTimeChange(actor, { status: 'DRAFT', publishedAt: null }, data, now);
    const article = await (async () => {
      data = await withBodyPictures(tx, actor, data, target);
      const { slug, error } = await chooseSlug(tx, target.locale, data, null);
      if (error) throw new Refused({ ok: false, kind: 'invalid', errors: { slug: error } });
      let storyId = target.storyId;
      if (storyId) {
        const exists = await tx.article.findFirst({ where: { storyId, locale: target.locale }, select: { id: true } });
        if (exists) throw new Refused({ ok: false, kind: 'invalid', errors: { form: 'translationExists' } });
      } else {
        // A forged section id is a field error, not a foreign-key failure.
        if (!(await tx.section.findUnique({ where: { id: data.sectionId }, select: { id: true } })))
          throw new Refused({ ok: false, kind: 'invalid', errors: { sectionId: 'unknown' } });
        storyId = (
          await tx.story.create({ data: { sectionId: data.sectionId, createdById: actor.id }, select: { id: true } })
        ).id;
      }
      const links = await storyLinks(tx, actor, storyId, data, mayChangeShared);
      if (links.error) throw new Refused({ ok: false, kind: 'invalid', errors: links.error });
      storyChanged = links.changed && target.storyId !== null;
      const created = await tx.article.create({
        data: {
          storyId,
          locale: target.locale,
          slug,
          title: data.title,
          lede: data.lede,
          body: data.body as unknown as Prisma.InputJsonValue,
          version: 1,
          contentUpdatedAt: now,
          translatedFromId: target.source?.id ?? null,
          translatedFromVersion: target.source?.version ?? null,
          ...statusData(data.intent, { status: 'DRAFT', publishedAt: null }, plan, now),
        },
        select: { id: true, version: true },
      });
      await tx.articleRevision.create({
        data: {
          articleId: created.id,
          version: 1,
          title: data.title,
          lede: data.lede,
          slug,
          body: data.body as unknown as Prisma.InputJsonValue,
          userId: actor.id,
        },
      });
      return created;
    })();
    return {
      ok: true as const,
      articleId: article.id,
      version: article.version,
      message: plan.publishAt ? 'publish' : data.intent,
      storyChanged,
      ...(plan.publishAt ? { publishedAtChange: { from: null, to: plan.publishAt } } : {}),
    };
  });
}

/** Save a language version (and apply the intent: publish, schedule, …), refusing a stale version. */
export const saveArticle = (actor: ActorInfo, articleId: string, data: ArticleFormData, now = new Date()) =>
  versionWrite(actor, {
    run: (tx) => saveVersion(tx, actor, articleId, data, now),
    audit: (done) => [
      {
        action: auditAction[doneIntent(data, done)],
        targetType: 'article',
        targetId: articleId,
        detail: `v${done.version}`,
      },
      ...publicationTimeEntries(done),
    ],
  });

/** The writes of a save, on `tx`: every check, then the new version (or the staged edit). */
async function saveVersion(
  tx: Prisma.TransactionClient,
  actor: ActorInfo,
  articleId: string,
  data: ArticleFormData,
  now: Date,
): Promise<Outcome> {
  const plan = statusPlan(actor, data, now);
  let storyChanged = false;
  let publishedAtChange: { from: Date | null; to: Date } | null = null;
  return refusable(async () => {
    const result = await (async () => {
      const current = await tx.article.findUnique({
        where: { id: articleId },
        select: {
          ...versionAccessSelect,
          id: true,
          locale: true,
          slug: true,
          publishedAt: true,
          version: true,
          updatedAt: true,
          translatedFromId: true,
          stagedRevisionId: true,
          translatedFrom: { select: { version: true } },
          revisions: {
            orderBy: { createdAt: 'desc' },
            take: 1,
            select: { user: { select: { email: true, name: true } } },
          },
        },
      });
      if (!current || current.deletedAt || !canRead(actor, current.story, current.status))
        throw new Refused({ ok: false, kind: 'notFound' });
      if (!canEdit(actor, current.story, isLiveStatus(current.status)))
        throw new Refused({ ok: false, kind: 'forbidden' });
      if (!permitIntent(actor, current.story, data.intent)) throw new Refused({ ok: false, kind: 'forbidden' });
      if (current.version !== data.version) {
        const by = current.revisions[0]?.user;
        throw new Refused({
          ok: false,
          kind: 'conflict',
          currentVersion: current.version,
          updatedBy: by ? by.name || by.email : null,
          updatedAt: current.updatedAt,
        });
      }
      if (!intentFitsStatus(data.intent, current.status))
        throw new Refused({ ok: false, kind: 'invalid', errors: { form: 'actionNotAvailable' } });
      if (plan.error) throw new Refused({ ok: false, kind: 'invalid', errors: plan.error });
      publishedAtChange = plan.publishAt
        ? { from: current.publishedAt, to: plan.publishAt }
        : publicationTimeChange(actor, current, data, now);
      if ((current.stagedRevisionId ?? '') !== data.stagedId) {
        throw new Refused({
          ok: false,
          kind: 'conflict',
          currentVersion: current.version,
          updatedBy: null,
          updatedAt: current.updatedAt,
        });
      }
      data = await withBodyPictures(tx, actor, data, current);
      const { slug, error } = await chooseSlug(tx, current.locale, data, current.id);
      if (error) throw new Refused({ ok: false, kind: 'invalid', errors: { slug: error } });
      if (data.intent === 'stage') {
        // A staged edit of a published version: kept as a revision; readers keep seeing the published text.
        if (current.status !== 'PUBLISHED')
          throw new Refused({ ok: false, kind: 'invalid', errors: { form: 'invalid' } });
        const staged = await tx.articleRevision.create({
          data: {
            articleId: current.id,
            version: current.version,
            staged: true,
            title: data.title,
            lede: data.lede,
            slug,
            body: data.body as unknown as Prisma.InputJsonValue,
            userId: actor.id,
          },
          select: { id: true },
        });
        const r = await tx.article.updateMany({
          where: { id: current.id, version: current.version, stagedRevisionId: current.stagedRevisionId },
          data: { stagedRevisionId: staged.id },
        });
        if (r.count !== 1)
          throw new Refused({
            ok: false,
            kind: 'conflict',
            currentVersion: current.version,
            updatedBy: null,
            updatedAt: now,
          });
        return { version: current.version };
      }
      const links = await storyLinks(
        tx,
        actor,
        current.storyId,
        data,
        canChangeSharedFields(actor, current.story, anyLive(current.story.articles)),
      );
      if (links.error) throw new Refused({ ok: false, kind: 'invalid', errors: links.error });
      storyChanged = links.changed;
      // Readers may have the old address (it was published once): it must answer 301, not 404.
      if (current.publishedAt && slug !== current.slug) await recordSlugChange(tx, current, slug);
      const version = current.version + 1;
      // The version check again, atomically: a concurrent save between our read and this write loses.
      const updated = await tx.article.updateMany({
        where: { id: current.id, version: current.version },
        data: {
          title: data.title,
          lede: data.lede,
          slug,
          body: data.body as unknown as Prisma.InputJsonValue,
          version,
          stagedRevisionId: null, // a full save supersedes any staged edit (it stays in the revisions)
          ...(current.status === 'PUBLISHED' ? { contentUpdatedAt: now } : {}),
          ...(data.intent === 'confirm' && current.translatedFrom
            ? { translatedFromVersion: current.translatedFrom.version }
            : {}),
          ...statusData(data.intent, current, plan, now),
          // A corrected displayed publication time (editors, publicationTimeChange); "updated" stays separate.
          ...(publishedAtChange && !plan.publishAt ? { publishedAt: publishedAtChange.to } : {}),
        },
      });
      if (updated.count !== 1)
        throw new Refused({
          ok: false,
          kind: 'conflict',
          currentVersion: current.version + 1,
          updatedBy: null,
          updatedAt: now,
        });
      await tx.articleRevision.create({
        data: {
          articleId: current.id,
          version,
          title: data.title,
          lede: data.lede,
          slug,
          body: data.body as unknown as Prisma.InputJsonValue,
          userId: actor.id,
        },
      });
      return { version };
    })();
    return {
      ok: true as const,
      articleId,
      version: result.version,
      message: plan.publishAt ? 'publish' : data.intent,
      storyChanged,
      ...(publishedAtChange ? { publishedAtChange } : {}),
    };
  });
}

/** Delete a language version: hidden from readers at once (status UNPUBLISHED), deletedAt set for the 410. */
export const deleteArticle = (actor: ActorInfo, articleId: string, now = new Date()) =>
  versionWrite(actor, {
    run: async (tx) => {
      const a = await tx.article.findUnique({
        where: { id: articleId },
        select: { id: true, version: true, status: true, deletedAt: true, story: { select: { createdById: true } } },
      });
      if (!a || a.deletedAt || !canRead(actor, a.story, a.status)) return { ok: false, kind: 'notFound' };
      if (!canDelete(actor, a.story)) return { ok: false, kind: 'forbidden' };
      await tx.article.update({
        where: { id: a.id },
        data: { deletedAt: now, status: 'UNPUBLISHED', scheduledFor: null },
      });
      return { ok: true, articleId: a.id, version: a.version, message: 'delete' };
    },
    audit: (done) => ({ action: 'delete', targetType: 'article', targetId: done.articleId }),
  });

/** Bring a revision back as a new save (a new version; nothing in between is lost — it stays a revision). */
export async function restoreRevision(
  actor: ActorInfo,
  revisionId: string,
  expectedVersion: number,
  now = new Date(),
): Promise<Outcome> {
  let restoredFrom = 0;
  return versionWrite(actor, {
    run: async (tx) => {
      const rev = await tx.articleRevision.findUnique({
        where: { id: revisionId },
        select: { articleId: true, title: true, lede: true, slug: true, body: true, version: true },
      });
      if (!rev) return { ok: false, kind: 'notFound' };
      const story = await tx.article.findUnique({
        where: { id: rev.articleId },
        select: { stagedRevisionId: true, story: { select: sharedFieldsSelect } },
      });
      if (!story) return { ok: false, kind: 'notFound' };
      restoredFrom = rev.version;
      return saveVersion(
        tx,
        actor,
        rev.articleId,
        {
          title: rev.title,
          lede: rev.lede,
          slug: rev.slug,
          body: rev.body as unknown as RichTextDoc,
          ...sharedValues(story.story),
          version: expectedVersion,
          scheduledFor: '',
          publishedAt: '',
          stagedId: story.stagedRevisionId ?? '',
          intent: 'save',
        },
        now,
      );
    },
    // The save itself, then what it restored (as before the door: two lines).
    audit: (done) => [
      { action: 'save', targetType: 'article', targetId: done.articleId, detail: `v${done.version}` },
      {
        action: 'restore-revision',
        targetType: 'article',
        targetId: done.articleId,
        detail: `v${restoredFrom} → v${done.version}`,
      },
    ],
  });
}

// ---------- reads ----------

export interface StoryListFilters {
  locale?: Locale;
  status?: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED' | 'REVIEW' | 'STALE';
  sectionId?: string;
  q?: string;
  mine?: string;
  authorId?: string;
  /** Whose list: contributors and authors see their own stories and published versions only (canRead). */
  viewer?: Actor;
}

export interface VersionSummary {
  id: string;
  locale: Locale;
  title: string;
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED';
  stale: boolean;
  inReview: boolean;
  scheduledFor: Date | null;
  updatedAt: Date;
}

export interface StoryRow {
  id: string;
  section: string;
  createdBy: string | null;
  updatedAt: Date;
  versions: Partial<Record<Locale, VersionSummary>>;
}

export async function listStories(filters: StoryListFilters, uiLocale: Locale, take = 50): Promise<StoryRow[]> {
  const articleWhere: Prisma.ArticleWhereInput = { deletedAt: null };
  if (filters.locale) articleWhere.locale = filters.locale;
  if (filters.status === 'REVIEW') articleWhere.reviewRequestedAt = { not: null };
  else if (filters.status && filters.status !== 'STALE') articleWhere.status = filters.status;
  if (filters.q) articleWhere.title = { contains: filters.q, mode: 'insensitive' };
  // The same rule as canRead, as a query: editors see everything, others their own stories and what is published.
  const readable: Prisma.ArticleWhereInput =
    filters.viewer && !atLeast(filters.viewer, 'editor')
      ? { OR: [{ status: 'PUBLISHED' }, { story: { createdById: filters.viewer.id } }] }
      : {};
  Object.assign(articleWhere, readable);
  const stories = await db().story.findMany({
    where: {
      articles: { some: articleWhere },
      ...(filters.sectionId ? { sectionId: filters.sectionId } : {}),
      ...(filters.mine ? { createdById: filters.mine } : {}),
      ...(filters.authorId ? { authors: { some: { authorId: filters.authorId } } } : {}),
    },
    orderBy: { updatedAt: 'desc' },
    take: filters.status === 'STALE' ? 500 : take,
    select: {
      id: true,
      updatedAt: true,
      createdBy: { select: { name: true, email: true } },
      section: { select: { translations: { where: { locale: uiLocale }, select: { name: true } } } },
      articles: {
        where: { deletedAt: null, ...readable },
        select: {
          id: true,
          locale: true,
          title: true,
          status: true,
          scheduledFor: true,
          updatedAt: true,
          reviewRequestedAt: true,
          translatedFromVersion: true,
          translatedFrom: { select: { version: true, deletedAt: true } },
        },
      },
    },
  });
  const rows = stories.map((s) => {
    const versions: StoryRow['versions'] = {};
    for (const a of s.articles) {
      versions[a.locale] = {
        id: a.id,
        locale: a.locale,
        title: a.title,
        status: a.status,
        stale: isStale(a),
        inReview: a.reviewRequestedAt !== null && a.status !== 'PUBLISHED',
        scheduledFor: a.scheduledFor,
        updatedAt: a.updatedAt,
      };
    }
    return {
      id: s.id,
      section: s.section.translations[0]?.name ?? '',
      createdBy: s.createdBy ? s.createdBy.name || s.createdBy.email : null,
      updatedAt: s.articles.reduce((m, a) => (a.updatedAt > m ? a.updatedAt : m), s.updatedAt),
      versions,
    };
  });
  const filtered =
    filters.status === 'STALE'
      ? rows.filter((r) => Object.values(r.versions).some((v) => v?.stale)).slice(0, take)
      : rows;
  return filtered.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}

export function isStale(a: {
  translatedFromVersion: number | null;
  translatedFrom: { version: number; deletedAt?: Date | null } | null;
}): boolean {
  return (
    a.translatedFrom !== null && a.translatedFromVersion !== null && a.translatedFrom.version > a.translatedFromVersion
  );
}

/** A version's own text and state: what the editor shows of it and of its translation source. */
const versionTextSelect = {
  id: true,
  locale: true,
  title: true,
  lede: true,
  body: true,
  version: true,
  status: true,
  deletedAt: true,
} as const satisfies Prisma.ArticleSelect;

/** The fields a story's language versions share, as the editor's form holds them. */
const sharedFieldsSelect = {
  id: true,
  sectionId: true,
  mainMediaId: true,
  createdById: true,
  tags: { orderBy: { position: 'asc' }, select: { tagId: true } },
  authors: { orderBy: { position: 'asc' }, select: { authorId: true } },
} as const satisfies Prisma.StorySelect;

/** A language version for the editor, preview and revisions pages; null when it does not exist or `viewer` may not read it. */
export async function getArticleForEdit(articleId: string, viewer: Actor) {
  const a = await db().article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      locale: true,
      slug: true,
      title: true,
      lede: true,
      body: true,
      status: true,
      version: true,
      publishedAt: true,
      scheduledFor: true,
      deletedAt: true,
      reviewRequestedAt: true,
      updatedAt: true,
      translatedFromVersion: true,
      stagedRevisionId: true,
      translatedFrom: { select: versionTextSelect },
      story: {
        select: {
          ...sharedFieldsSelect,
          mainMedia: {
            select: { file: true, credit: true, translations: { select: { locale: true, alt: true, caption: true } } },
          },
          articles: {
            where: { deletedAt: null },
            select: { id: true, locale: true, status: true, title: true, slug: true },
          },
        },
      },
    },
  });
  if (!a || !canRead(viewer, a.story, a.status)) return null;
  // Other language versions (and the translation source) show only where the viewer may read them.
  a.story.articles = a.story.articles.filter((x) => canRead(viewer, a.story, x.status));
  if (a.translatedFrom && !canRead(viewer, a.story, a.translatedFrom.status)) a.translatedFrom = null;
  const staged = a.stagedRevisionId
    ? await db().articleRevision.findUnique({
        where: { id: a.stagedRevisionId },
        select: { id: true, title: true, lede: true, slug: true, body: true, createdAt: true },
      })
    : null;
  return { ...a, body: a.body as unknown as RichTextDoc, stale: isStale(a), staged };
}

/**
 * A version readers cannot see yet, as the previews show it (components/article/PreviewArticle.tsx): the newsroom
 * preview builds it from the desk's article, a preview link from its token (lib/admin/preview-links.ts).
 */
export interface PreviewVersion {
  /** The language version (its correction notices). */
  articleId: string;
  /** Its story (section, tags, authors, main picture). */
  storyId: string;
  locale: Locale;
  title: string;
  lede: string;
  body: RichTextDoc;
  /** The time the byline shows: published, scheduled or now. */
  published: Date;
}

/** What the preview shows around a version's text: section, picture, tags and authors in its language. */
export async function getPreviewDetails(storyId: string, locale: Locale) {
  return db().story.findUniqueOrThrow({ where: { id: storyId }, select: storyShownSelect(locale) });
}

/** The version to translate from; null when it does not exist or `viewer` may not read it. */
export async function getSourceForTranslation(articleId: string, viewer: Actor) {
  const a = await db().article.findUnique({
    where: { id: articleId },
    select: {
      ...versionTextSelect,
      story: {
        select: {
          ...sharedFieldsSelect,
          articles: { where: { deletedAt: null }, select: { locale: true } },
        },
      },
    },
  });
  if (!a || a.deletedAt || !canRead(viewer, a.story, a.status)) return null;
  return {
    ...a,
    body: a.body as unknown as RichTextDoc,
    missing: locales.filter((l) => !a.story.articles.some((x) => x.locale === l)),
  };
}

/** Sections, tags, authors and pictures to choose from, named in the admin's language. */
export async function getChoices(uiLocale: Locale, viewer: Actor, currentMediaId: string | null = null) {
  // Pictures to reuse: editors any; others those shown by stories they may read or uploaded by them
  // (canUsePicture), and always the story's current one (a choice missing from the list would post "no picture"
  // and drop it).
  const usable: Prisma.MediaWhereInput = atLeast(viewer, 'editor')
    ? {}
    : {
        OR: [
          {
            stories: {
              some: {
                OR: [{ createdById: viewer.id }, { articles: { some: { status: 'PUBLISHED', deletedAt: null } } }],
              },
            },
          },
          { uploadedById: viewer.id },
          ...(currentMediaId ? [{ id: currentMediaId }] : []),
        ],
      };
  const name = { where: { locale: uiLocale }, select: { name: true } } as const;
  const [sections, tags, authors, media] = await Promise.all([
    db().section.findMany({ orderBy: { position: 'asc' }, select: { id: true, translations: name } }),
    db().tag.findMany({ select: { id: true, translations: name } }),
    db().author.findMany({ select: { id: true, translations: name } }),
    db().media.findMany({
      where: usable,
      orderBy: { createdAt: 'desc' },
      take: 200,
      select: {
        id: true,
        file: true,
        name: true,
        translations: { where: { locale: uiLocale }, select: { alt: true } },
      },
    }),
  ]);
  const named = (rows: { id: string; translations: { name: string }[] }[]) =>
    rows
      .map((r) => ({ id: r.id, name: r.translations[0]?.name ?? r.id }))
      .sort((a, b) => a.name.localeCompare(b.name, uiLocale));
  return {
    sections: sections.map((s) => ({ id: s.id, name: s.translations[0]?.name ?? s.id })),
    tags: named(tags),
    authors: named(authors),
    // Named by its alt text, else by the name it was uploaded under, else by its path.
    media: media.map((m) => ({ id: m.id, name: m.translations[0]?.alt || m.name || m.file, file: m.file })),
  };
}

/** A version's revisions, newest first; null when it does not exist or `viewer` may not read it. */
export async function listRevisions(articleId: string, viewer: Actor) {
  const a = await db().article.findUnique({
    where: { id: articleId },
    select: { status: true, story: { select: { createdById: true } } },
  });
  if (!a || !canRead(viewer, a.story, a.status)) return null;
  return db().articleRevision.findMany({
    where: { articleId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      version: true,
      title: true,
      lede: true,
      slug: true,
      body: true,
      createdAt: true,
      staged: true,
      user: { select: { name: true, email: true } },
    },
  });
}
