// The article column of a version readers cannot see yet, as they will see it (decision 0022): the newsroom
// preview (app/admin/preview/[id]) and the shareable preview link (app/[locale]/preview/[token], decision 0028)
// both render this, so the two previews cannot drift apart. The same pieces as the reader article page
// (components/article/*, ArticleImage, RichText, Corrections), without its links, sidebar and beacon: the story
// has no public address yet.
import { getTranslations } from 'next-intl/server';
import { ArticleImage } from '@/components/ArticleImage';
import { RichText } from '@/components/RichText';
import { getPreviewDetails, type PreviewVersion } from '@/lib/admin/articles';
import { currentCorrections } from '@/lib/admin/corrections';
import { ArticleColumns } from './ArticleColumns';
import { ArticleFooter } from './ArticleFooter';
import { ArticleHeader } from './ArticleHeader';
import { Byline } from './Byline';
import { Corrections } from './Corrections';

/** The version, and the banner line above it saying what this page is (found by tests as `bannerTestId`). */
export async function PreviewArticle({
  version,
  banner,
  bannerTestId,
}: {
  version: PreviewVersion;
  banner: string;
  bannerTestId?: string;
}) {
  const { locale } = version;
  const [story, corrections, t] = await Promise.all([
    getPreviewDetails(version.storyId, locale),
    currentCorrections(version.articleId),
    getTranslations({ locale, namespace: 'article' }),
  ]);
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
  return (
    <>
      <p
        role="status"
        className="bg-amber-100 px-4 py-2 text-center text-sm font-semibold text-amber-950"
        data-testid={bannerTestId}
      >
        {banner}
      </p>
      <ArticleColumns
        header={
          <ArticleHeader
            title={version.title}
            lede={version.lede}
            section={section ? { name: section } : null}
            sectionLabel={t('section')}
            byline={
              <Byline
                locale={locale}
                published={version.published}
                authors={story.authors.flatMap((x) => x.author.translations).map((a) => ({ name: a.name }))}
                labels={{ published: t('published') }}
              />
            }
          />
        }
      >
        {image ? <ArticleImage image={image} locale={locale} priority /> : null}
        <RichText doc={version.body} locale={locale} />
        <Corrections notices={corrections} locale={locale} label={t('correction')} />
        <ArticleFooter
          tags={story.tags.flatMap((x) => x.tag.translations).map((x) => ({ name: x.name }))}
          tagsLabel={t('tags')}
        />
      </ArticleColumns>
    </>
  );
}
