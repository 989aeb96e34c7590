import { getLocale, getTranslations } from 'next-intl/server';
import { SiteHeader } from '@/components/SiteHeader';
import { isLocale, defaultLocale } from '@/lib/locales';
import { getNavSections } from '@/lib/news/queries';
import { frontPath } from '@/lib/paths';
import { switcherTargets } from '@/lib/switcher';

export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  const t = await getTranslations({ locale, namespace: 'notFound' });
  const sections = await getNavSections(locale).catch(() => []);
  return (
    <>
      <SiteHeader locale={locale} sections={sections} switcher={switcherTargets(locale, { kind: 'front' })} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-12">
        <h1 className="text-3xl font-black">{t('title')}</h1>
        <p className="mt-4 text-lg">{t('body')}</p>
        <p className="mt-6">
          <a href={frontPath(locale)} className="font-semibold text-brand underline">
            {t('home')}
          </a>
        </p>
      </main>
    </>
  );
}
