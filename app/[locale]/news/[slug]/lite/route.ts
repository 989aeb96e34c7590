// /{locale}/news/{slug}/lite: the article with 0 bytes of JavaScript (lib/lite/articleLite.ts).
import { getTranslations } from 'next-intl/server';
import { tagThisRender } from '@/lib/cache/reader';
import { cacheTag } from '@/lib/cache/tags';
import { isLocale } from '@/lib/locales';
import { renderLiteArticle } from '@/lib/lite/articleLite';
import { getArticle, getLatestNews } from '@/lib/news/queries';
import { getLiveBlogPage } from '@/lib/news/live';
import { notFoundText, PUBLIC_PAGE_CACHE } from '@/lib/seo/http';

// Cached like the full article (decision 0015): rendered on first request, dropped by tag.
export const revalidate = 60;
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return notFoundText();
  await tagThisRender([cacheTag.language(locale), cacheTag.site]);
  const article = await getArticle(locale, slug);
  if (!article) return notFoundText();
  await tagThisRender([cacheTag.story(article.storyId)]);
  if (article.live) await tagThisRender([cacheTag.live(article.id)]);
  const livePage = article.live ? await getLiveBlogPage(article.id, 1) : null;
  const liveT = await getTranslations({ locale, namespace: 'live' });
  const [latest, site, lite, switcher, languages, a, ln, scripts] = await Promise.all([
    getLatestNews(locale, 10),
    getTranslations({ locale, namespace: 'site' }),
    getTranslations({ locale, namespace: 'lite' }),
    getTranslations({ locale, namespace: 'switcher' }),
    getTranslations({ locale, namespace: 'languages' }),
    getTranslations({ locale, namespace: 'article' }),
    getTranslations({ locale, namespace: 'latestNews' }),
    getTranslations({ locale, namespace: 'scripts' }),
  ]);
  const html = renderLiteArticle(
    article,
    latest,
    {
      siteName: site('name'),
      fullVersion: lite('fullVersion'),
      latestNews: ln('title'),
      languages: switcher('label'),
      noTranslation: (language) => switcher('noTranslation', { language }),
      languageName: (l) => languages(l),
      credit: (credit) => a('credit', { credit }),
      correction: a('correction'),
      scriptsLabel: scripts('label'),
    },
    livePage && article.live
      ? {
          heading: liveT('updates'),
          ended: article.live.status === 'ENDED' ? liveT('ended') : null,
          entries: livePage.entries,
          older: livePage.pages > 1 ? liveT('older') : null,
        }
      : null,
  );
  return new Response(html, {
    // Its Content-Security-Policy (no script at all) comes from proxy.ts (decision 0018).
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': PUBLIC_PAGE_CACHE },
  });
}
