import { getTranslations } from 'next-intl/server';
import { localeConfig, type Locale } from '@/lib/locales';
import type { SwitcherTarget } from '@/lib/switcher';

/**
 * BE RU EN. Plain links, no JavaScript: the current language is marked with aria-current and is not a link;
 * a language without a translation of this page is marked ⌂ and leads to that language's front page. Each link
 * says what it leads to: this article, or this page, in that language.
 */
export async function LanguageSwitcher({ locale, targets }: { locale: Locale; targets: SwitcherTarget[] }) {
  const t = await getTranslations({ locale, namespace: 'switcher' });
  const tl = await getTranslations({ locale, namespace: 'languages' });
  const fallbackTarget = targets.find(
    (x): x is Extract<SwitcherTarget, { kind: 'fallback' | 'equivalent' }> => x.kind === 'fallback',
  );
  return (
    <nav aria-label={t('label')} className="text-sm font-semibold">
      <ul className="flex items-center gap-1">
        {targets.map((target) => {
          const cfg = localeConfig[target.locale];
          const language = tl(target.locale);
          if (target.kind === 'current') {
            return (
              <li key={target.locale}>
                <span
                  aria-current="page"
                  className="inline-block rounded bg-ink px-2 py-1 text-paper"
                  data-switcher={target.locale}
                >
                  <span aria-hidden="true">{cfg.label}</span>
                  <span className="sr-only">{t('current', { language })}</span>
                </span>
              </li>
            );
          }
          const fallback = target.kind === 'fallback';
          // "This article in …" on an article, "This page in …" on every other page (lib/switcher.ts).
          const description = fallback
            ? t('noTranslation', { language })
            : t(target.subject === 'article' ? 'translation' : 'pageTranslation', { language });
          return (
            <li key={target.locale}>
              <a
                href={target.href}
                hrefLang={cfg.htmlLang}
                title={description}
                data-switcher={target.locale}
                data-kind={target.kind}
                className={
                  fallback
                    ? 'inline-block rounded px-2 py-1 text-muted underline decoration-dotted hover:text-ink'
                    : 'inline-block rounded px-2 py-1 text-ink underline-offset-4 hover:underline'
                }
              >
                <span aria-hidden="true">
                  {cfg.label}
                  {fallback ? <span className="ms-0.5">⌂</span> : null}
                </span>
                <span className="sr-only">{description}</span>
              </a>
            </li>
          );
        })}
      </ul>
      {fallbackTarget ? (
        <p className="sr-only">{t(fallbackTarget.subject === 'article' ? 'legend' : 'pageLegend')}</p>
      ) : null}
    </nav>
  );
}
