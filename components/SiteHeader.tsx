import { getTranslations } from 'next-intl/server';
import { scriptToggleLinks } from '@/lib/belarusian/toggle';
import type { Locale } from '@/lib/locales';
import type { SectionLink } from '@/lib/news/types';
import { frontPath, sectionPath } from '@/lib/paths';
import type { SwitcherTarget } from '@/lib/switcher';
import { LanguageSwitcher } from './LanguageSwitcher';
import { ScriptToggle } from './ScriptToggle';
import { SearchForm } from './SearchForm';
import { ThemeSwitch } from './ThemeSwitch';

/**
 * Logo, language switcher, theme buttons, search and the sections. On a phone the sections and search sit
 * in a <details> menu: it opens without JavaScript and with the keyboard (Enter/Space on its summary).
 */
export async function SiteHeader({
  locale,
  sections,
  switcher,
  currentSection,
}: {
  locale: Locale;
  sections: SectionLink[];
  switcher: SwitcherTarget[];
  /** Slug of the section whose page this is, marked in the navigation. */
  currentSection?: string;
}) {
  const [t, tm, tt, tscripts] = await Promise.all([
    getTranslations({ locale, namespace: 'site' }),
    getTranslations({ locale, namespace: 'menu' }),
    getTranslations({ locale, namespace: 'theme' }),
    getTranslations({ locale, namespace: 'scripts' }),
  ]);
  // Belarusian pages offer their automatic views (decision 0031); the views put their own toggle here.
  const self = switcher.find((s) => s.locale === locale && s.kind === 'current');
  const scriptLinks =
    locale === 'be' && self && 'self' in self && self.self ? scriptToggleLinks(self.self, 'cyrl') : [];
  const sectionLinks = (className: string) => (
    <ul className={className}>
      {sections.map((s) => (
        <li key={s.slug}>
          <a
            href={sectionPath(locale, s.slug)}
            aria-current={s.slug === currentSection ? 'page' : undefined}
            className="inline-block py-1 text-ink hover:underline aria-[current=page]:font-bold aria-[current=page]:underline"
          >
            {s.name}
          </a>
        </li>
      ))}
    </ul>
  );
  return (
    <header className="border-b border-rule print:border-0">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <a href={frontPath(locale)} className="text-3xl font-black tracking-tight text-brand no-underline">
          {t('name')}
          <span className="sr-only"> — {t('home')}</span>
        </a>
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          <LanguageSwitcher locale={locale} targets={switcher} />
          <ScriptToggle label={tscripts('label')} links={scriptLinks} />
          <ThemeSwitch labels={{ label: tt('label'), system: tt('system'), light: tt('light'), dark: tt('dark') }} />
          <div className="hidden w-56 md:block">
            <SearchForm locale={locale} id="search-header" />
          </div>
        </div>
      </div>
      {sections.length > 0 ? (
        <nav
          aria-label={t('mainNav')}
          className="hidden border-t border-rule md:block print:hidden"
          data-testid="section-nav"
        >
          {sectionLinks('mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm font-medium')}
        </nav>
      ) : null}
      <details className="site-menu border-t border-rule md:hidden print:hidden" data-testid="site-menu">
        <summary className="mx-auto flex max-w-6xl cursor-pointer items-center gap-2 px-4 py-2 font-semibold">
          <span aria-hidden="true" className="site-menu-icon">
            ☰
          </span>
          {tm('open')}
        </summary>
        <div className="mx-auto grid max-w-6xl gap-3 px-4 pb-4">
          {sections.length > 0 ? (
            <nav aria-label={t('mainNav')}>
              {sectionLinks('grid grid-cols-2 gap-x-4 gap-y-1 text-base font-medium')}
            </nav>
          ) : null}
          <SearchForm locale={locale} id="search-menu" />
        </div>
      </details>
    </header>
  );
}
