// /{locale}/news/{slug}/lite: the article with 0 bytes of JavaScript (lib/lite/articleLite.ts).
import { getTranslations } from 'next-intl/server';
import { connection } from 'next/server';
import { isLocale } from '@/lib/locales';
import { renderLiteArticle } from '@/lib/lite/articleLite';
import { getArticle, getLatestNews } from '@/lib/news/queries';
import { PUBLIC_PAGE_CACHE } from '@/lib/seo/http';

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  await connection();
  const { locale, slug } = await params;
  const article = isLocale(locale) ? await getArticle(locale, slug) : null;
  if (!article || !isLocale(locale)) {
    return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const [latest, site, lite, switcher, languages, a, ln] = await Promise.all([
    getLatestNews(locale, 10),
    getTranslations({ locale, namespace: 'site' }),
    getTranslations({ locale, namespace: 'lite' }),
    getTranslations({ locale, namespace: 'switcher' }),
    getTranslations({ locale, namespace: 'languages' }),
    getTranslations({ locale, namespace: 'article' }),
    getTranslations({ locale, namespace: 'latestNews' }),
  ]);
  const html = renderLiteArticle(article, latest, {
    siteName: site('name'),
    fullVersion: lite('fullVersion'),
    latestNews: ln('title'),
    languages: switcher('label'),
    noTranslation: (language) => switcher('noTranslation', { language }),
    languageName: (l) => languages(l),
    credit: (credit) => a('credit', { credit }),
  });
  return new Response(html, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': PUBLIC_PAGE_CACHE },
  });
}
