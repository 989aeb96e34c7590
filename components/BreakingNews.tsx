import { getTranslations } from 'next-intl/server';
import { getBreakingNews } from '@/lib/news/breaking';
import type { Locale } from '@/lib/locales';

/** The newsroom's breaking-news line at the top of reader pages; nothing when none is set or it expired. */
export async function BreakingNews({ locale }: { locale: Locale }) {
  let item = null;
  try {
    item = await getBreakingNews(locale);
  } catch (e) {
    console.error('[breaking] could not read the banner:', e);
  }
  if (!item) return null;
  const t = await getTranslations({ locale, namespace: 'breaking' });
  const body = (
    <>
      <strong className="me-2 uppercase">{t('label')}</strong>
      {item.text}
    </>
  );
  return (
    <aside
      aria-label={t('label')}
      className="bg-brand px-4 py-2 text-center text-sm text-white"
      data-testid="breaking-news"
    >
      {item.link ? (
        <a href={item.link.href} rel={item.link.rel} className="underline-offset-2 hover:underline">
          {body}
        </a>
      ) : (
        body
      )}
    </aside>
  );
}
