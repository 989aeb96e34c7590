// Slugs change; URLs must not break. Every slug change goes through changeArticleSlug, which keeps the
// old slug in ArticleSlugHistory; resolveArticleUrl tells the proxy what an article URL has become
// (live, moved → 301, deleted after readers saw it → 410, or unknown → 404). See docs/decisions/0005-seo-and-caching-headers.md.
import { db, type Prisma, type PrismaClient } from '@/lib/db/client';
import { isLocale, type Locale } from '@/lib/locales';
import { routeParam } from '@/lib/routeParam';
import { canonicalPathname } from '@/lib/seo/canonicalPath';

const SLUG_SHAPE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 120;

export class SlugError extends Error {
  constructor(
    message: string,
    readonly code: 'invalid' | 'taken' | 'not-found',
  ) {
    super(message);
    this.name = 'SlugError';
  }
}

export interface SlugChange {
  articleId: string;
  locale: Locale;
  from: string;
  to: string;
  /** False when the new slug equals the current one (nothing written). */
  changed: boolean;
}

/**
 * Give a language version a new slug and remember the old one, in one transaction.
 * - The new slug must look like a slug and be free in the article's language: no other live article uses it.
 *   A slug that only another article's *history* holds is taken over (the live article wins; its old link
 *   then leads to the new owner — the newsroom chose to reuse it).
 * - Going back to a former slug of the same article is allowed: it leaves the history and the slug it
 *   replaces enters it.
 */
export async function changeArticleSlug(
  articleId: string,
  newSlug: string,
  client: PrismaClient = db(),
): Promise<SlugChange> {
  const to = newSlug.trim();
  if (!SLUG_SHAPE.test(to) || to.length > MAX_SLUG)
    throw new SlugError(
      `"${newSlug}" is not a valid slug: use a–z, 0–9 and single dashes, at most ${MAX_SLUG} characters`,
      'invalid',
    );
  try {
    return await renameInTransaction(client, articleId, to);
  } catch (e) {
    // A concurrent rename took the slug between our check and our write: the unique index decides.
    if ((e as { code?: string })?.code === 'P2002')
      throw new SlugError(`the slug "${to}" was just taken by another article`, 'taken');
    throw e;
  }
}

function renameInTransaction(client: PrismaClient, articleId: string, to: string): Promise<SlugChange> {
  return client.$transaction(async (tx) => {
    const article = await tx.article.findUnique({
      where: { id: articleId },
      select: { id: true, locale: true, slug: true },
    });
    if (!article) throw new SlugError(`no article with id ${articleId}`, 'not-found');
    const base = { articleId, locale: article.locale, from: article.slug, to };
    if (article.slug === to) return { ...base, changed: false };
    const owner = await tx.article.findUnique({
      where: { locale_slug: { locale: article.locale, slug: to } },
      select: { id: true },
    });
    if (owner) throw new SlugError(`the ${article.locale} slug "${to}" is already used by another article`, 'taken');
    await recordSlugChange(tx, article, to);
    await tx.article.update({ where: { id: articleId }, data: { slug: to } });
    return { ...base, changed: true };
  });
}

/**
 * The history side of a slug change, inside the caller's transaction (the caller writes the new slug):
 * the old slug starts answering 301, and the new one is live from now on, so no history row may claim it
 * (this article's or another's). The newsroom's save (lib/admin/articles.ts) uses this too.
 */
export async function recordSlugChange(
  tx: Prisma.TransactionClient,
  article: { id: string; locale: Locale; slug: string },
  to: string,
) {
  if (article.slug === to) return;
  await tx.articleSlugHistory.deleteMany({ where: { locale: article.locale, slug: to } });
  await tx.articleSlugHistory.create({ data: { articleId: article.id, locale: article.locale, slug: article.slug } });
}

export type ArticleUrlFate =
  /** storyId: the edge cache tags the page with its story (lib/cache/edge.ts). */
  | { kind: 'live'; storyId: string; liveCoverage?: true }
  | { kind: 'moved'; slug: string }
  | { kind: 'gone' }
  | { kind: 'missing' };

const isVisible = (a: { status: string; publishedAt: Date | null; deletedAt: Date | null }, now: Date) =>
  a.status === 'PUBLISHED' && a.publishedAt !== null && a.publishedAt <= now && a.deletedAt === null;
/**
 * Deleted, or taken off by a scheduled unpublish and not back on the site (decision 0028), and readers once saw
 * it (publishedAt is set when a version first goes live and kept after).
 * A deleted draft or never-released scheduled version must answer like an unknown slug: a 410 there would
 * tell anyone guessing URLs that an embargoed story exists (decision 0018).
 */
const isGone = (
  a: { status: string; publishedAt: Date | null; deletedAt: Date | null; withdrawnAt: Date | null },
  now: Date,
) =>
  (a.deletedAt !== null || (a.withdrawnAt !== null && a.status !== 'PUBLISHED')) &&
  a.publishedAt !== null &&
  a.publishedAt <= now;

/**
 * What `/{locale}/news/{slug}` is now: the article itself, a redirect to its current slug, a deleted
 * version readers once saw (410), or nothing a reader may see (404: unknown, draft, scheduled, unpublished,
 * and deleted versions that were never published).
 * One unique-index lookup for a live article; a second one only for slugs that are not current.
 */
export async function resolveArticleUrl(
  locale: Locale,
  slug: string,
  now = new Date(),
  client: PrismaClient = db(),
): Promise<ArticleUrlFate> {
  const fields = { slug: true, status: true, publishedAt: true, deletedAt: true, withdrawnAt: true } as const;
  const current = await client.article.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { ...fields, storyId: true, liveStatus: true },
  });
  if (current) {
    if (isGone(current, now)) return { kind: 'gone' };
    if (!isVisible(current, now)) return { kind: 'missing' };
    // A live blog being covered: its page carries the updates leaf, rendered by another route (decision 0033).
    return { kind: 'live', storyId: current.storyId, ...(current.liveStatus === 'LIVE' ? { liveCoverage: true } : {}) };
  }
  const former = await client.articleSlugHistory.findUnique({
    where: { locale_slug: { locale, slug } },
    select: { article: { select: fields } },
  });
  if (!former) return { kind: 'missing' };
  if (isGone(former.article, now)) return { kind: 'gone' };
  return isVisible(former.article, now) ? { kind: 'moved', slug: former.article.slug } : { kind: 'missing' };
}

/** WordPress permalink shapes: /2025/09/05/slug, /2025/09/slug (after an optional language), and /slug. */
const LEGACY_SHAPE = /^\/(?:[a-z]{2}\/)?\d{4}\/\d{2}(?:\/\d{2})?\/[^/]+$|^\/[^/]{3,}$/;

/**
 * The site's own top-level addresses that look like a WordPress `/slug` (app/'s top-level routes; a test keeps
 * the list in step with the folder). Crawlers ask for some of them on every visit: no lookup for those.
 */
export const OWN_TOP_LEVEL = new Set([
  'admin',
  'api',
  'be-latn',
  'be-tarask',
  'healthz',
  'icon.svg',
  'media',
  'metrics',
  'readyz',
  'robots.txt',
  'sitemap.xml',
  'sitemaps',
  'favicon.ico',
]);

/**
 * The site's own words after a language (app/[locale]'s folders; a test keeps the list in step). Any other
 * `/{locale}/{slug}` is a static page of ours or, failing that, may be Polylang's `/ru/slug` permalink.
 */
export const OWN_LOCALE_SEGMENTS = new Set([
  'author',
  'corrections',
  'feed',
  'live',
  'news',
  'preview',
  'privacy',
  'reach-us',
  'search',
  'section',
  'tag',
]);

/** Polylang's language-directory permalink of a post: `/ru/slug` (not a year archive such as `/ru/2025`). */
const LOCALE_SLUG = /^\/([a-z]{2})\/([^/]+)$/;
const localeSlug = (pathname: string): { locale: Locale; slug: string } | null => {
  const m = LOCALE_SLUG.exec(pathname);
  if (!m || !isLocale(m[1]) || OWN_LOCALE_SEGMENTS.has(m[2].toLowerCase()) || /^\d+$/.test(m[2])) return null;
  return { locale: m[1], slug: m[2] };
};

/**
 * Could this request be an old site's address? Only the shapes above, Polylang's `/ru/slug` and `/?p=ID`, so the
 * proxy looks up nothing for the site's own pages other than static pages (a language's pages start with its two
 * letters; its lone segments are OWN_TOP_LEVEL).
 */
export function isLegacyPathCandidate(pathname: string, search = ''): boolean {
  if (pathname === '/') return /(?:^\?|&)p=\d/.test(search);
  if (OWN_TOP_LEVEL.has(pathname.slice(1).toLowerCase())) return false;
  return LEGACY_SHAPE.test(pathname) || localeSlug(pathname) !== null;
}

/**
 * The key under which an old site's address is kept (LegacyUrl.path, decision 0034): the path in this site's one
 * URL form (lowercase, escapes in uppercase hex, no trailing slash), or `/?p=ID` for WordPress's post-id address.
 * Null for anything that cannot be such an address (a path of ours, an empty one).
 */

export function legacyPathKey(pathname: string, search = ''): string | null {
  if (pathname === '/' || pathname === '') {
    const p = /^\??(?:.*&)?p=(\d{1,12})(?:&|$)/.exec(search)?.[1];
    return p ? `/?p=${Number(p)}` : null;
  }
  if (!pathname.startsWith('/') || pathname.length > 400) return null;
  const key = canonicalPathname(pathname) ?? pathname;
  return key === '/' ? null : key;
}

/**
 * Where an old site's address leads now: the imported article's current URL while readers may see it
 * (`moved`, a 301), 410 once it is gone, and nothing otherwise (an unknown address, or a draft: 404).
 */
export async function resolveLegacyPath(
  key: string,
  now = new Date(),
  client: PrismaClient = db(),
): Promise<{ kind: 'moved'; locale: Locale; slug: string } | { kind: 'gone' } | { kind: 'missing' }> {
  const row = await client.legacyUrl.findUnique({
    where: { path: key },
    select: {
      article: {
        select: { locale: true, slug: true, status: true, publishedAt: true, deletedAt: true, withdrawnAt: true },
      },
    },
  });
  if (!row) return { kind: 'missing' };
  // `/ru/slug` is also where this site's static pages live: its own page wins over an old address.
  const page = localeSlug(key);
  if (page) {
    const own = await client.staticPageTranslation.findUnique({
      where: { locale_slug: { locale: page.locale, slug: routeParam(page.slug) } },
      select: { id: true },
    });
    if (own) return { kind: 'missing' };
  }
  if (isGone(row.article, now)) return { kind: 'gone' };
  return isVisible(row.article, now)
    ? { kind: 'moved', locale: row.article.locale, slug: row.article.slug }
    : { kind: 'missing' };
}
