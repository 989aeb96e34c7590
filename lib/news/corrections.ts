// The corrections page of a language (decision 0028): every current correction notice on a version readers can
// see, newest first, with the story it corrects.
import { db, type PrismaClient } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import { visible } from './queries';

/** Notices per corrections page. */
export const CORRECTIONS_PAGE_SIZE = 20;
/**
 * Pages of notices shown at most (400 notices; the listings stop at LISTING_MAX_PAGES the same way): older
 * notices stay on their stories, and the count never reads every notice of the language.
 */
export const CORRECTIONS_MAX_PAGES = 20;

export interface CorrectionsPage {
  items: { id: string; text: string; at: Date; title: string; slug: string }[];
  page: number;
  pageCount: number;
}

/** Current notices of a language: by the notice's own locale (its index), then the version must be visible. */
const currentOn = (locale: Locale, now: Date) => ({
  locale,
  endedAt: null,
  at: { lte: now },
  article: visible(locale, now),
});

export async function getCorrectionsPage(
  locale: Locale,
  page = 1,
  now = new Date(),
  client: PrismaClient = db(),
): Promise<CorrectionsPage> {
  const where = currentOn(locale, now);
  const order = [{ at: 'desc' as const }, { id: 'desc' as const }];
  const [total, rows] = await Promise.all([
    // Counted through the same index walk as the page, stopping after the last page it may show.
    client.correction.count({ where, orderBy: order, take: CORRECTIONS_MAX_PAGES * CORRECTIONS_PAGE_SIZE }),
    client.correction.findMany({
      where,
      orderBy: order,
      skip: (page - 1) * CORRECTIONS_PAGE_SIZE,
      take: CORRECTIONS_PAGE_SIZE,
      select: { id: true, text: true, at: true, article: { select: { title: true, slug: true } } },
    }),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, text: r.text, at: r.at, title: r.article.title, slug: r.article.slug })),
    page,
    pageCount: Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE)),
  };
}

/** The newest current notice's time in a language (the sitemap's lastmod of the corrections page). */
export async function latestCorrectionAt(
  locale: Locale,
  now = new Date(),
  client: PrismaClient = db(),
): Promise<Date | null> {
  const row = await client.correction.findFirst({
    where: currentOn(locale, now),
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    select: { at: true },
  });
  return row?.at ?? null;
}
