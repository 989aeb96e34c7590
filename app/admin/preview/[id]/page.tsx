// Preview: the language version as readers will see it (the article page's components: components/article, ArticleImage, RichText), for
// signed-in newsroom users who may read it (decision 0020); never indexed, never cached (admin layout + proxy headers).
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleColumns } from '@/components/article/ArticleColumns';
import { ArticleFooter } from '@/components/article/ArticleFooter';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import { Byline } from '@/components/article/Byline';
import { Corrections } from '@/components/article/Corrections';
import { ArticleImage } from '@/components/ArticleImage';
import { RichText } from '@/components/RichText';
import { getArticleForEdit, getPreviewDetails } from '@/lib/admin/articles';
import { currentCorrections } from '@/lib/admin/corrections';
import { adminT } from '@/lib/admin/i18n';
import { requireUser } from '@/lib/auth/session';
import { localeConfig } from '@/lib/locales';

export default async function PreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ staged?: string }>;
}) {
  const user = await requireUser();
  const { t: ta } = await adminT();
  const { id } = await params;
  // A version the user may not read answers 404 like one that does not exist (decision 0020).
  const found = await getArticleForEdit(id, user);
  if (!found) notFound();
  // ?staged=1: the staged edit of a published version, as it will read once applied.
  const useStaged = (await searchParams).staged === '1' && found.staged;
  const article =
    useStaged && found.staged
      ? {
          ...found,
          title: found.staged.title,
          lede: found.staged.lede,
          body: found.staged.body as unknown as typeof found.body,
        }
      : found;
  const locale = article.locale;
  const [story, corrections] = await Promise.all([
    getPreviewDetails(article.story.id, locale),
    currentCorrections(article.id),
  ]);
  const t = await getTranslations({ locale, namespace: 'article' });
  const section = story.section.translations[0]?.name;
  const media = story.mainMedia;
  const image = media
    ? {
        src: media.file,
        width: media.width,
        height: media.height,
        credit: media.credit,
        alt: media.translations[0]?.alt ?? '',
        caption: media.translations[0]?.caption ?? '',
      }
    : null;
  const tags = story.tags.flatMap((x) => x.tag.translations);
  const authors = story.authors.flatMap((x) => x.author.translations);
  return (
    <div lang={localeConfig[locale].htmlLang} className="bg-white">
      <p role="status" className="bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-950">
        {ta('preview.banner')}
      </p>
      <ArticleColumns
        header={
          <ArticleHeader
            title={article.title}
            lede={article.lede}
            section={section ? { name: section } : null}
            sectionLabel={t('section')}
            byline={
              <Byline
                locale={locale}
                published={article.publishedAt ?? article.scheduledFor ?? new Date()}
                authors={authors.map((a) => ({ name: a.name }))}
                labels={{ published: t('published') }}
              />
            }
          />
        }
      >
        {image ? <ArticleImage image={image} locale={locale} priority /> : null}
        <RichText doc={article.body} locale={locale} />
        <Corrections notices={corrections} locale={locale} label={t('correction')} />
        <ArticleFooter tags={tags.map((x) => ({ name: x.name }))} tagsLabel={t('tags')} />
      </ArticleColumns>
    </div>
  );
}
