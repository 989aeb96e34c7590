import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import { getNavSections } from '@/lib/news/queries';
import { getStaticPageLinks, type StaticPageLink } from '@/lib/news/staticPages';
import type { SectionLink } from '@/lib/news/types';
import { correctionsPath, privacyPath, reachUsPath, searchPath, sectionPath, staticPagePath } from '@/lib/paths';
import type { ReactNode } from 'react';

/** One column of footer links under its heading. */
function FooterLinks({
  id,
  title,
  listClass,
  children,
}: {
  id: string;
  title: string;
  listClass: string;
  children: ReactNode;
}) {
  return (
    <div>
      <h2 id={id} className="font-semibold text-muted">
        {title}
      </h2>
      <ul className={listClass}>{children}</ul>
    </div>
  );
}

export async function SiteFooter({ locale, year }: { locale: Locale; year: number }) {
  const [t, tf, tr, tp, sections, pages] = await Promise.all([
    getTranslations({ locale, namespace: 'footer' }),
    getTranslations({ locale, namespace: 'siteFooter' }),
    getTranslations({ locale, namespace: 'reachUs' }),
    getTranslations({ locale, namespace: 'privacy' }),
    // The footer must never take a page down with it.
    getNavSections(locale).catch((): SectionLink[] => []),
    getStaticPageLinks(locale).catch((): StaticPageLink[] => []),
  ]);
  const link = 'text-ink underline-offset-4 hover:underline';
  return (
    <footer className="border-t border-rule print:hidden" data-testid="site-footer">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-6 text-sm sm:grid-cols-3">
        {sections.length > 0 ? (
          <FooterLinks id="footer-sections" title={tf('sections')} listClass="mt-2 grid grid-cols-2 gap-1">
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={sectionPath(locale, s.slug)} className={link}>
                  {s.name}
                </a>
              </li>
            ))}
          </FooterLinks>
        ) : null}
        <FooterLinks id="footer-newsroom" title={tf('newsroom')} listClass="mt-2 grid gap-1">
          {pages.map((p) => (
            <li key={p.key}>
              <a href={staticPagePath(locale, p.slug)} className={link} data-page={p.key}>
                {p.title}
              </a>
            </li>
          ))}
          <li>
            <a href={searchPath(locale)} className={link}>
              {tf('search')}
            </a>
          </li>
          <li>
            <a href={correctionsPath(locale)} className={link} data-testid="footer-corrections">
              {tf('corrections')}
            </a>
          </li>
          <li>
            <a href={reachUsPath(locale)} className={link} data-page="reach-us">
              {tr('footerLink')}
            </a>
          </li>
          <li>
            <a href={privacyPath(locale)} className={link} data-page="privacy">
              {tp('title')}
            </a>
          </li>
        </FooterLinks>
        <div className="text-muted">
          <p>{t('about')}</p>
          <p className="mt-1">{t('copyright', { year })}</p>
        </div>
      </div>
    </footer>
  );
}
