// Preview: the language version as readers will see it (same components as the article page), for
// signed-in newsroom users who may read it (decision 0020); never indexed, never cached (admin layout + proxy headers).
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleImage } from '@/components/ArticleImage';
import { RichText } from '@/components/RichText';
import { Timestamp } from '@/components/time/Timestamp';
import { getArticleForEdit, getPreviewDetails } from '@/lib/admin/articles';
import { adminT } from '@/lib/admin/i18n';
import { requireUser } from '@/lib/auth/session';
import { localeConfig } from '@/lib/locales';

export default async function PreviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ staged?: string }> }) {
  const user = await requireUser();
  const { t: ta } = await adminT();
  const { id } = await params;
  // A version the user may not read answers 404 like one that does not exist (decision 0020).
  const found = await getArticleForEdit(id, user);
  if (!found) notFound();
  // ?staged=1: the staged edit of a published version, as it will read once applied.
  const useStaged = (await searchParams).staged === '1' && found.staged;
  const article = useStaged && found.staged
    ? { ...found, title: found.staged.title, lede: found.staged.lede, body: found.staged.body as unknown as typeof found.body }
    : found;
  const locale = article.locale;
  const story = await getPreviewDetails(article.story.id, locale);
  const t = await getTranslations({ locale, namespace: 'article' });
  const section = story.section.translations[0]?.name;
  const media = story.mainMedia;
  const image = media
    ? { src: media.file, width: media.width, height: media.height, credit: media.credit, alt: media.translations[0]?.alt ?? '', caption: media.translations[0]?.caption ?? '' }
    : null;
  const tags = story.tags.flatMap((x) => x.tag.translations);
  const authors = story.authors.flatMap((x) => x.author.translations);
  return (
    <div lang={localeConfig[locale].htmlLang} className="bg-white">
      <p role="status" className="bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-950">{ta('preview.banner')}</p>
      <div className="mx-auto grid max-w-6xl gap-10 px-4 py-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <main id="main" className="min-w-0">
          <article className="grid gap-5">
            <header className="grid gap-3">
              {section ? <p className="text-sm font-semibold uppercase text-brand"><span className="sr-only">{t('section')}: </span>{section}</p> : null}
              <h1 className="text-3xl font-black leading-tight md:text-4xl">{article.title}</h1>
              <p className="text-sm text-muted">
                <span className="sr-only">{t('published')}: </span>
                <Timestamp date={article.publishedAt ?? article.scheduledFor ?? new Date()} locale={locale} />
                {authors.length > 0 ? <> · {authors.map((a) => a.name).join(', ')}</> : null}
              </p>
              <p className="text-xl font-semibold leading-snug" data-testid="lede">{article.lede}</p>
            </header>
            {image ? <ArticleImage image={image} locale={locale} priority /> : null}
            <RichText doc={article.body} />
            {tags.length > 0 ? (
              <footer className="grid gap-2 border-t border-rule pt-4 text-sm">
                <div>
                  <h2 className="inline font-semibold">{t('tags')}:</h2> {tags.map((x) => x.name).join(', ')}
                </div>
              </footer>
            ) : null}
          </article>
        </main>
      </div>
    </div>
  );
}
