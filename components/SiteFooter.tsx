import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';

export async function SiteFooter({ locale, year }: { locale: Locale; year: number }) {
  const t = await getTranslations({ locale, namespace: 'footer' });
  return (
    <footer className="border-t border-rule">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>{t('about')}</p>
        <p className="mt-1">{t('copyright', { year })}</p>
      </div>
    </footer>
  );
}
