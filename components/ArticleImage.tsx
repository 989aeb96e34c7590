import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import type { ImageView } from '@/lib/news/types';
import { srcSetFor } from '@/lib/media/srcset';

/** The story's picture with caption and credit; width and height reserve its space (no layout shift). */
export async function ArticleImage({
  image,
  locale,
  priority = false,
}: {
  image: ImageView;
  locale: Locale;
  priority?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'article' });
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- SVG/illustrations are served as-is; responsive sizes come with the upload pipeline */}
      <img
        src={image.src}
        srcSet={srcSetFor(image.src, image.width)}
        sizes={srcSetFor(image.src, image.width) ? '(min-width: 1024px) 46rem, 100vw' : undefined}
        alt={image.alt}
        width={image.width}
        height={image.height}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
        className="h-auto w-full rounded"
      />
      {image.caption || image.credit ? (
        <figcaption className="mt-2 text-sm text-muted">
          {image.caption}
          {image.caption && image.credit ? ' ' : null}
          {image.credit ? <span>{t('credit', { credit: image.credit })}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
