// The breaking-news banner readers see (set in the newsroom, /admin/breaking): text and link per language,
// shown until it expires.
import { db } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import { bodyLink, type BodyLink } from '@/lib/richtext/safeHref';

export interface BreakingNewsView {
  text: string;
  /** The same link rule as article bodies (decision 0017): off-site links carry rel="noopener noreferrer". */
  link: BodyLink | null;
}

/** What readers see of a stored banner: nothing without text; no link when the stored URL is not safe. */
export function breakingView(row: { text: string; url: string | null }): BreakingNewsView | null {
  if (!row.text.trim()) return null;
  return { text: row.text, link: row.url ? bodyLink(row.url) : null };
}

export async function getBreakingNews(locale: Locale, now = new Date()): Promise<BreakingNewsView | null> {
  const row = await db().breakingNews.findFirst({
    where: { locale, expiresAt: { gt: now } },
    select: { text: true, url: true },
  });
  return row ? breakingView(row) : null;
}
