import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import type { SectionLink } from '@/lib/news/types';
import { frontPath } from '@/lib/paths';
import type { SwitcherTarget } from '@/lib/switcher';
import { LanguageSwitcher } from './LanguageSwitcher';

export async function SiteHeader({
  locale,
  sections,
  switcher,
}: {
  locale: Locale;
  sections: SectionLink[];
  switcher: SwitcherTarget[];
}) {
  const t = await getTranslations({ locale, namespace: 'site' });
  return (
    <header className="border-b border-rule">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={frontPath(locale)} className="text-3xl font-black tracking-tight text-brand no-underline">
          {t('name')}
          <span className="sr-only"> — {t('home')}</span>
        </a>
        <LanguageSwitcher locale={locale} targets={switcher} />
      </div>
      {sections.length > 0 ? (
        <nav aria-label={t('mainNav')} className="border-t border-rule">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm font-medium">
            {sections.map((s) => (
              <li key={s.slug}>
                <span className="text-ink">{s.name}</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
