// The breaking-news banner readers see (set in the newsroom, /admin/breaking): text and link per language,
// shown until it expires.
import { db } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import { safeHref } from '@/lib/richtext/safeHref';

export interface BreakingNewsView {
  text: string;
  href: string | null;
}

export async function getBreakingNews(locale: Locale, now = new Date()): Promise<BreakingNewsView | null> {
  const row = await db().breakingNews.findFirst({ where: { locale, expiresAt: { gt: now } }, select: { text: true, url: true } });
  if (!row || !row.text.trim()) return null;
  return { text: row.text, href: row.url ? safeHref(row.url) : null };
}
