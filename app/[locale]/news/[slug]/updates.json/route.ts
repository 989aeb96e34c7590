// /{locale}/news/{slug}/updates.json: the newest entries of a live blog, each as the page's own markup
// (lib/live/entryHtml.ts), for the page's client leaf (decision 0033). Same origin, no cookies; cached like a
// page and dropped by the live blog's tag when an entry is posted, changed or removed.
import { getTranslations } from 'next-intl/server';
import { cachedValue, tagThisRender } from '@/lib/cache/reader';
import { cacheTag } from '@/lib/cache/tags';
import { liveEntryHtml } from '@/lib/live/entryHtml';
import { isLocale } from '@/lib/locales';
import { getLatestLiveEntries, getLiveBlogBySlug } from '@/lib/news/live';
import { notFoundText, PUBLIC_PAGE_CACHE } from '@/lib/seo/http';

export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export interface LiveUpdatesJson {
  status: 'LIVE' | 'ENDED';
  entries: { id: string; publishedAt: string; html: string }[];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || slug.length > 200) return notFoundText();
  // Which live blog: changes when a version is published, unpublished, started or ended (its language's tag).
  const blog = await cachedValue(['live-blog', locale, slug], [cacheTag.language(locale)], async () => {
    const b = await getLiveBlogBySlug(locale, slug);
    return b ? { id: b.id, storyId: b.storyId, status: b.liveStatus ?? 'ENDED' } : null;
  });
  if (!blog) return notFoundText();
  await tagThisRender([cacheTag.live(blog.id), cacheTag.story(blog.storyId)]);
  const body = await cachedValue(['live-updates', blog.id], [cacheTag.live(blog.id)], async () => {
    const t = await getTranslations({ locale, namespace: 'live' });
    const labels = { pinned: t('pinned'), keyEvent: t('keyEvent'), permalink: t('permalink') };
    const entries = await getLatestLiveEntries(blog.id);
    const json: LiveUpdatesJson = {
      status: blog.status,
      entries: entries.map((e) => ({
        id: e.id,
        publishedAt: e.publishedAt.toISOString(),
        html: liveEntryHtml(e, locale, labels),
      })),
    };
    return JSON.stringify(json);
  });
  return new Response(body, {
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': PUBLIC_PAGE_CACHE },
  });
}
