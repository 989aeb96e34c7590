// The 410 Gone page of a deleted language version: small, in its language, with a way back to the front page.
// Answered by the proxy (a page component cannot set status 410). See decision 0005. The malformed-URL 404
// (malformed.ts) is the same kind of page.
import { localeConfig, type Locale } from '@/lib/locales';
import { frontPath } from '@/lib/paths';
import { escapeHtml } from '@/lib/richtext/html';
import { seoStrings, siteStrings } from './strings';

/** A small page we write ourselves (no script, inline style): a title, one paragraph, a link to the front page. */
export function statusPageHtml(locale: Locale, text: { title: string; body: string; home: string }): string {
  const site = escapeHtml(siteStrings(locale)('name'));
  return `<!DOCTYPE html>
<html lang="${localeConfig[locale].htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(text.title)} — ${site}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}a{color:#b3121b;font-weight:600}</style>
</head>
<body>
<header><a href="${frontPath(locale)}">${site}</a></header>
<main id="main">
<h1>${escapeHtml(text.title)}</h1>
<p>${escapeHtml(text.body)}</p>
<p><a href="${frontPath(locale)}">${escapeHtml(text.home)}</a></p>
</main>
</body>
</html>
`;
}

export function goneHtml(locale: Locale): string {
  const t = seoStrings(locale);
  return statusPageHtml(locale, { title: t('goneTitle'), body: t('goneBody'), home: t('goneHome') });
}
