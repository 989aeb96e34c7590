import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

/** The "LIVE" mark of a live blog that is still covering, in the page's language (decision 0033). */
export async function LiveMark({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'live' });
  return (
    <span data-testid="live-mark" className="rounded bg-brand px-1.5 py-0.5 text-xs font-bold text-paper">
      {t('mark')}
    </span>
  );
}
