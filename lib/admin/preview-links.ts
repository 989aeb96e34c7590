// Shareable preview links (decision 0028): an unpublished language version (draft, scheduled, unpublished) shown
// to someone without an account at `/{locale}/preview/{id}-{signature}`. The signature is an HMAC, with a key
// derived from the app secret, over the link's id and its expiry, so a changed id, expiry or
// signature is refused without trusting the row; the row makes the link revocable and lists it in the editor.
// Expired, revoked, tampered or not-unpublished-any-more links answer like an unknown page (404).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { db } from '@/lib/db/client';
import { authSecret } from '@/lib/auth/secret';
import { canRead, canSharePreview } from '@/lib/auth/roles';
import type { Locale } from '@/lib/locales';
import type { RichTextDoc } from '@/lib/richtext/types';
import type { ActorInfo, PreviewVersion } from './articles';
import { newsroomWrite } from './door';
import { formId } from './lifecycle-form';
import { versionWrite } from './version-write';

/** The lifetimes an editor chooses from, in hours: one hour to seven days. */
export const PREVIEW_LINK_HOURS = [1, 6, 24, 72, 168] as const;
export const previewLinkSchema = z.object({
  hours: z.coerce
    .number()
    .int()
    .refine((h) => (PREVIEW_LINK_HOURS as readonly number[]).includes(h), 'invalid'),
});

export type PreviewLinkOutcome =
  | { ok: true; articleId: string; linkId: string }
  | { ok: false; kind: 'forbidden' | 'notFound' }
  | { ok: false; kind: 'invalid'; errors: { hours?: string } };
type Done = Extract<PreviewLinkOutcome, { ok: true }>;
type Refusal = Exclude<PreviewLinkOutcome, { ok: true }>;

/** A status whose version readers cannot see: what a preview link may show. */
const isUnpublished = (status: string) => status !== 'PUBLISHED';

const KEY_LABEL = 'rekha:preview-link:v1';
let key: { secret: string; key: Buffer } | null = null;
/** The signing key: derived from the app secret, so a leaked link key never signs sessions (and vice versa). */
function signingKey(): Buffer {
  const secret = authSecret();
  if (key?.secret !== secret) key = { secret, key: createHmac('sha256', secret).update(KEY_LABEL).digest() };
  return key.key;
}

const sign = (linkId: string, expiresAt: Date) =>
  createHmac('sha256', signingKey()).update(`${linkId}\n${expiresAt.toISOString()}`).digest('base64url');

/** The token of a link, for its URL (lib/paths.ts previewLinkPath). */
export const previewToken = (link: { id: string; expiresAt: Date }) => `${link.id}-${sign(link.id, link.expiresAt)}`;

/** `{id}-{signature}`: ids have no dash, so the first one ends the id (no dot: the proxy reads a dot as a file). */
const TOKEN = /^([a-z0-9]{1,64})-([A-Za-z0-9_-]{43})$/;

/** Create a link to an unpublished version, living `hours` hours. */
export async function createPreviewLink(
  actor: ActorInfo,
  articleId: string,
  input: { hours: unknown },
  now = new Date(),
): Promise<PreviewLinkOutcome> {
  const parsed = previewLinkSchema.safeParse(input);
  return versionWrite<Done, Refusal>({
    actor,
    articleId,
    may: canSharePreview,
    run: async (tx, a) => {
      if (!isUnpublished(a.status)) return { ok: false, kind: 'invalid', errors: { hours: 'alreadyPublished' } };
      if (!parsed.success) return { ok: false, kind: 'invalid', errors: { hours: 'invalid' } };
      const link = await tx.previewLink.create({
        data: {
          articleId: a.id,
          expiresAt: new Date(now.getTime() + parsed.data.hours * 3600_000),
          createdById: actor.id,
        },
        select: { id: true },
      });
      return { ok: true, articleId: a.id, linkId: link.id };
    },
    audit: (done) => ({
      action: 'preview-link-create',
      targetType: 'article',
      targetId: done.articleId,
      detail: `${done.linkId}, ${parsed.success ? parsed.data.hours : 0} h`,
    }),
  });
}

/** Revoke a link: it answers 404 from now on. */
export async function revokePreviewLink(
  actor: ActorInfo,
  linkId: string,
  now = new Date(),
): Promise<PreviewLinkOutcome> {
  return newsroomWrite<Done, Refusal>({
    actor,
    run: async (tx) => {
      const link = await tx.previewLink.findUnique({
        where: { id: formId.safeParse(linkId).success ? linkId : '' },
        select: {
          id: true,
          revokedAt: true,
          article: { select: { id: true, status: true, story: { select: { createdById: true } } } },
        },
      });
      if (!link || link.revokedAt || !canRead(actor, link.article.story, link.article.status))
        return { ok: false, kind: 'notFound' };
      if (!canSharePreview(actor, link.article.story)) return { ok: false, kind: 'forbidden' };
      await tx.previewLink.update({ where: { id: link.id }, data: { revokedAt: now } });
      return { ok: true, articleId: link.article.id, linkId: link.id };
    },
    audit: (done) => ({
      action: 'preview-link-revoke',
      targetType: 'article',
      targetId: done.articleId,
      detail: done.linkId,
    }),
    changes: () => [],
  });
}

/** The live links of a version (not revoked, not expired), newest first, with their tokens: the editor's list. */
export async function listLivePreviewLinks(articleId: string, now = new Date()) {
  const rows = await db().previewLink.findMany({
    where: { articleId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, expiresAt: true, createdAt: true, createdBy: { select: { name: true, email: true } } },
  });
  return rows.map(({ createdBy, ...r }) => ({
    ...r,
    token: previewToken(r),
    by: createdBy ? createdBy.name || createdBy.email : null,
  }));
}

/** What a preview link shows (its byline time: scheduled, or first published, or now), and until when it opens. */
export interface PreviewLinkView extends PreviewVersion {
  expiresAt: Date;
}

/**
 * The time a preview link is checked at: `?asOf=<ISO time>` (tests see expiry without waiting), only forward —
 * an earlier or malformed time is ignored, so it can make a link look expired sooner, never live longer.
 */
export function previewLinkTime(asOf: unknown, now = new Date()): Date {
  const v = Array.isArray(asOf) ? asOf[0] : asOf;
  const later = typeof v === 'string' && v.length <= 40 ? new Date(v) : null;
  return later && !Number.isNaN(later.getTime()) && later > now ? later : now;
}

/**
 * The version a token opens in `locale`; null for anything a stranger must not tell apart from an unknown page:
 * malformed, wrong signature, unknown or revoked link, expired, other language, deleted or published version.
 */
export async function openPreviewLink(
  locale: Locale,
  token: string,
  now = new Date(),
): Promise<PreviewLinkView | null> {
  const m = TOKEN.exec(token);
  if (!m) return null;
  const link = await db().previewLink.findUnique({
    where: { id: m[1] },
    select: {
      id: true,
      expiresAt: true,
      revokedAt: true,
      article: {
        select: {
          id: true,
          storyId: true,
          locale: true,
          title: true,
          lede: true,
          body: true,
          status: true,
          deletedAt: true,
          publishedAt: true,
          scheduledFor: true,
        },
      },
    },
  });
  if (!link) return null;
  const expected = Buffer.from(sign(link.id, link.expiresAt));
  const given = Buffer.from(m[2]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (link.revokedAt || link.expiresAt <= now) return null;
  const a = link.article;
  if (a.locale !== locale || a.deletedAt || !isUnpublished(a.status)) return null;
  return {
    articleId: a.id,
    storyId: a.storyId,
    locale,
    title: a.title,
    lede: a.lede,
    body: a.body as unknown as RichTextDoc,
    published: a.scheduledFor ?? a.publishedAt ?? now,
    expiresAt: link.expiresAt,
  };
}
