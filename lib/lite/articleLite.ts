// The lite article (the BBC's `.lite` idea): for slow, metered or filtered connections. The same story as a
// single HTML document with inline CSS and no JavaScript at all; links stay within the lite versions.
import { createElement } from 'react';
import { ScriptToggle } from '@/components/ScriptToggle';
import { scriptToggleLinks } from '@/lib/belarusian/toggle';
import { escapeHtml } from '@/lib/richtext/html';
import { localeConfig, type Locale } from '@/lib/locales';
import type { ArticleView, HeadlineItem } from '@/lib/news/types';
import { absoluteUrl, articleLitePath, articlePath, frontPath } from '@/lib/paths';
import { renderStaticMarkup } from '@/lib/render/staticMarkup';
import { switcherTargets } from '@/lib/switcher';
import { LiteArticle, type LiteLive } from './LiteArticle';

export interface LiteStrings {
  siteName: string;
  fullVersion: string;
  latestNews: string;
  languages: string;
  noTranslation: (language: string) => string;
  languageName: (locale: Locale) => string;
  credit: (credit: string) => string;
  /** "Correction", before each correction notice. */
  correction?: string;
  /** The name of the Belarusian script toggle (decision 0031); without it, no toggle. */
  scriptsLabel?: string;
}

/** The lite look (inline CSS): the lite article's, and the static mirror's pages (lib/static-export). */
export const LITE_CSS = `body{margin:0 auto;max-width:40rem;padding:1rem;font:1.05rem/1.6 system-ui,sans-serif;color:#16181d;background:#fff}
a{color:#b3121b}body>header,body>footer,blockquote footer{font-size:.9rem}body>header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;justify-content:space-between;border-bottom:1px solid #dfe1e6;padding-bottom:.5rem}
nav ul{display:flex;gap:.75rem;list-style:none;margin:0;padding:0}h1{line-height:1.2;margin:1rem 0 .5rem}.meta,figcaption,body>footer,blockquote footer{color:#5b6070}
img{max-width:100%;height:auto}figure{margin:1rem 0}.lede{font-weight:600}.corrections{border-left:4px solid #b3121b;padding-left:1rem;font-size:.95rem}blockquote{border-left:4px solid #b3121b;margin:0;padding-left:1rem}section{border-top:1px solid #dfe1e6;margin-top:2rem}
@media (prefers-color-scheme:dark){body{background:#111318;color:#e8e9ec}a{color:#ff7b84}.meta,figcaption,body>footer,blockquote footer{color:#a4a9b6}}`;

export function renderLiteArticle(
  article: ArticleView,
  latest: HeadlineItem[],
  t: LiteStrings,
  live: LiteLive | null = null,
): string {
  const locale = article.locale;
  const cfg = localeConfig[locale];
  const e = escapeHtml;
  const switcher = switcherTargets(locale, { kind: 'article', translations: article.translations, lite: true })
    .map((target) => {
      const l = target.locale;
      const label = localeConfig[l].label;
      if (target.kind === 'current') return `<li><strong aria-current="page">${label}</strong></li>`;
      return target.kind === 'equivalent'
        ? `<li><a href="${e(target.href)}" hreflang="${localeConfig[l].htmlLang}">${label}</a></li>`
        : `<li><a href="${e(target.href)}" title="${e(t.noTranslation(t.languageName(l)))}">${label} ⌂</a></li>`;
    })
    .join('');
  // Belarusian: Кірыліца | Łacinka | Тарашкевіца, between this lite page and its automatic views.
  const scripts =
    locale === 'be' && t.scriptsLabel
      ? renderStaticMarkup(
          createElement(ScriptToggle, {
            label: t.scriptsLabel,
            links: scriptToggleLinks(articleLitePath(locale, article.slug), 'cyrl'),
          }),
        )
      : '';
  const latestItems = latest
    .filter((i) => i.id !== article.id)
    .map((i) => `<li><a href="${e(articleLitePath(locale, i.slug))}">${e(i.title)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="${cfg.htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(article.title)} — ${e(t.siteName)}</title><meta name="description" content="${e(article.lede)}">
<link rel="canonical" href="${e(absoluteUrl(articlePath(locale, article.slug)))}"><style>${LITE_CSS}</style></head>
<body><header><a href="${e(frontPath(locale))}"><strong>${e(t.siteName)}</strong></a><nav aria-label="${e(t.languages)}"><ul>${switcher}</ul></nav>${scripts}</header>
<main>${renderStaticMarkup(createElement(LiteArticle, { article, fullVersion: t.fullVersion, credit: t.credit, correction: t.correction, live }))}
<section aria-label="${e(t.latestNews)}"><h2>${e(t.latestNews)}</h2><ul>${latestItems}</ul></section></main>
<footer>${e(t.siteName)}</footer></body></html>`;
}
