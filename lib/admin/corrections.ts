// Correction notices (decision 0028): editors write a dated notice per language on a published version. A notice
// is never edited in place: a new text is a new row that supersedes the old one, and a withdrawal ends it with
// its reason, so the story's history keeps every notice readers ever saw. Readers see the current ones (not
// ended) on the article (components/article/Corrections.tsx), in its JSON-LD and on the corrections page.
import { z } from 'zod';
import { db, type Prisma } from '@/lib/db/client';
import { articleChanges } from '@/lib/cache/invalidate';
import type { ReaderChange } from '@/lib/cache/tags';
import { canWriteCorrections } from '@/lib/auth/roles';
import { isLocale } from '@/lib/locales';
import { readNewsroomTime } from '@/lib/time/minsk';
import type { ActorInfo } from './articles';
import { newsroomWrite, type AuditEntry } from './door';
import { formId } from './lifecycle-form';
import { hasForbiddenChars } from './text-safety';

export const CORRECTION_MAX = 1000;

/** The form of a notice: its text (one paragraph of plain text) and its time (empty: now). */
export const correctionSchema = z.object({
  text: z
    .string()
    .refine((s) => !hasForbiddenChars(s), 'controlChars')
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(z.string().min(1, 'required').max(CORRECTION_MAX, 'tooLong')),
  at: z.unknown(),
});
export type CorrectionInput = z.input<typeof correctionSchema>;

export type CorrectionErrors = Partial<Record<'text' | 'at' | 'form', string>>;
export type CorrectionOutcome =
  | { ok: true; articleId: string; correctionId: string }
  | { ok: false; kind: 'forbidden' | 'notFound' }
  | { ok: false; kind: 'invalid'; errors: CorrectionErrors };
type Done = Extract<CorrectionOutcome, { ok: true }>;
type Refusal = Exclude<CorrectionOutcome, { ok: true }>;

const forbidden: Refusal = { ok: false, kind: 'forbidden' };
const notFound: Refusal = { ok: false, kind: 'notFound' };

/** The input checked: the text, and the time (now when empty; never in the future, never before publication). */
function parse(input: CorrectionInput, now: Date): { text: string; at: Date | null; errors: CorrectionErrors } {
  const parsed = correctionSchema.safeParse(input);
  const errors: CorrectionErrors = {};
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      if (issue.path[0] !== 'at') errors.text ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid';
  // The one newsroom time field (decision 0035); empty is now.
  const typed = readNewsroomTime(input.at);
  const at = typed.kind === 'time' ? typed.at : typed.kind === 'empty' ? now : null;
  if (!at) errors.at = 'dateInvalid';
  else if (at.getTime() > now.getTime()) errors.at = 'dateFuture';
  return { text: parsed.success ? parsed.data.text : '', at, errors };
}

/** The version a notice goes on: published, readers can see it, not deleted. */
async function publishedVersion(tx: Prisma.TransactionClient, articleId: string, now: Date) {
  const a = await tx.article.findUnique({
    where: { id: articleId },
    select: { id: true, locale: true, status: true, publishedAt: true, deletedAt: true },
  });
  if (!a || a.deletedAt || a.status !== 'PUBLISHED' || !a.publishedAt || a.publishedAt > now) return null;
  return a;
}

/** Readers see it on the article (its story's pages, its language's lists) and on the corrections page. */
async function noticeChanged(done: Done): Promise<ReaderChange[]> {
  const changes = await articleChanges([done.articleId]);
  return [
    ...changes,
    ...changes.flatMap((c) =>
      c.kind === 'article' && isLocale(c.locale) ? [{ kind: 'corrections' as const, locale: c.locale }] : [],
    ),
  ];
}

/** Add a correction notice to a published version. */
export async function addCorrection(
  actor: ActorInfo,
  articleId: string,
  input: CorrectionInput,
  now = new Date(),
): Promise<CorrectionOutcome> {
  const { text, at, errors } = parse(input, now);
  return newsroomWrite<Done, Refusal>({
    actor,
    allowed: canWriteCorrections,
    forbidden,
    run: async (tx) => {
      const a = await publishedVersion(tx, articleId, now);
      if (!a) return notFound;
      if (at && a.publishedAt && at < a.publishedAt) errors.at ??= 'beforePublished';
      if (Object.keys(errors).length || !at) return { ok: false, kind: 'invalid', errors };
      const c = await tx.correction.create({
        data: { articleId: a.id, locale: a.locale, text, at, createdById: actor.id },
        select: { id: true },
      });
      return { ok: true, articleId: a.id, correctionId: c.id };
    },
    audit: (done) => ({ action: 'correction-add', targetType: 'article', targetId: done.articleId, detail: text }),
    changes: noticeChanged,
  });
}

type Notice = { id: string; articleId: string; at: Date; text: string };

/**
 * A write on the current notice `correctionId` (not ended; a forged form id is simply not found), through the
 * door with the corrections permission: `run` gets the notice, and the audit line sees it too.
 */
function noticeWrite(
  actor: ActorInfo,
  correctionId: string,
  run: (tx: Prisma.TransactionClient, old: Notice) => Promise<Done | Refusal>,
  audit: (done: Done, old: Notice) => AuditEntry,
): Promise<CorrectionOutcome> {
  let found: Notice | null = null;
  return newsroomWrite<Done, Refusal>({
    actor,
    allowed: canWriteCorrections,
    forbidden,
    run: async (tx) => {
      found = await tx.correction.findFirst({
        where: { id: formId.safeParse(correctionId).success ? correctionId : '', endedAt: null },
        select: { id: true, articleId: true, at: true, text: true },
      });
      return found ? run(tx, found) : notFound;
    },
    audit: (done) => audit(done, found!),
    changes: noticeChanged,
  });
}

/**
 * End notice `old` with `reason`. Guarded, so two editors changing the same notice at once cannot both succeed:
 * false when another write ended it first.
 */
async function endNotice(tx: Prisma.TransactionClient, old: Notice, reason: 'edited' | 'withdrawn', now: Date) {
  const ended = await tx.correction.updateMany({
    where: { id: old.id, endedAt: null },
    data: { endedAt: now, endReason: reason },
  });
  return ended.count === 1;
}

/**
 * Change a notice's text or time: the old notice ends ("edited") and a new one supersedes it; both stay in the
 * history.
 */
export async function editCorrection(
  actor: ActorInfo,
  correctionId: string,
  input: CorrectionInput,
  now = new Date(),
): Promise<CorrectionOutcome> {
  const { text, at, errors } = parse(input, now);
  return noticeWrite(
    actor,
    correctionId,
    async (tx, old) => {
      const a = await publishedVersion(tx, old.articleId, now);
      if (!a) return notFound;
      if (at && a.publishedAt && at < a.publishedAt) errors.at ??= 'beforePublished';
      if (Object.keys(errors).length || !at) return { ok: false, kind: 'invalid', errors };
      if (!(await endNotice(tx, old, 'edited', now))) return notFound;
      const c = await tx.correction.create({
        data: { articleId: a.id, locale: a.locale, text, at, createdById: actor.id, supersedesId: old.id },
        select: { id: true },
      });
      return { ok: true, articleId: a.id, correctionId: c.id };
    },
    (done, old) => ({
      action: 'correction-edit',
      targetType: 'article',
      targetId: done.articleId,
      detail: `${old.text} → ${text}`,
    }),
  );
}

/** Withdraw a notice: readers no longer see it; the history keeps it with the time and the reason. */
export async function withdrawCorrection(
  actor: ActorInfo,
  correctionId: string,
  now = new Date(),
): Promise<CorrectionOutcome> {
  return noticeWrite(
    actor,
    correctionId,
    async (tx, old) =>
      (await endNotice(tx, old, 'withdrawn', now))
        ? { ok: true, articleId: old.articleId, correctionId: old.id }
        : notFound,
    (done, old) => ({
      action: 'correction-withdraw',
      targetType: 'article',
      targetId: done.articleId,
      detail: old.text,
    }),
  );
}

export interface CorrectionHistoryRow {
  id: string;
  text: string;
  at: Date;
  createdAt: Date;
  by: string | null;
  endedAt: Date | null;
  endReason: string;
  supersedesId: string | null;
}

/** Every notice of a version, current and ended, newest first: the editor's panel (a page that checked canRead). */
export async function listCorrectionHistory(articleId: string): Promise<CorrectionHistoryRow[]> {
  const rows = await db().correction.findMany({
    where: { articleId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: {
      id: true,
      text: true,
      at: true,
      createdAt: true,
      endedAt: true,
      endReason: true,
      supersedesId: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
  return rows.map(({ createdBy, ...r }) => ({ ...r, by: createdBy ? createdBy.name || createdBy.email : null }));
}

/** A version's current notices as readers see them, oldest first: the previews (decision 0028). */
export async function currentCorrections(articleId: string): Promise<{ text: string; at: Date }[]> {
  return db().correction.findMany({
    where: { articleId, endedAt: null },
    orderBy: [{ at: 'asc' }, { id: 'asc' }],
    select: { text: true, at: true },
  });
}
