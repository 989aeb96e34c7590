// The 404 page of a URL no route can read (bad percent-encoding, control characters, absurd length): small, in
// the path's language, with a way back to the front page. The proxy answers it itself: handed to Next's router,
// such a URL fails while the route parameters are decoded (decision 0018).
import { localeConfig, type Locale } from '@/lib/locales';
import { frontPath } from '@/lib/paths';
import { escapeHtml } from '@/lib/richtext/html';
import { errorStrings, siteStrings } from './strings';

export function malformedUrlHtml(locale: Locale): string {
  const t = errorStrings(locale);
  const site = escapeHtml(siteStrings(locale)('name'));
  return `<!DOCTYPE html>
<html lang="${localeConfig[locale].htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(t('malformedTitle'))} — ${site}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5}a{color:#b3121b;font-weight:600}</style>
</head>
<body>
<header><a href="${frontPath(locale)}">${site}</a></header>
<main id="main">
<h1>${escapeHtml(t('malformedTitle'))}</h1>
<p>${escapeHtml(t('malformedBody'))}</p>
<p><a href="${frontPath(locale)}">${escapeHtml(t('home'))}</a></p>
</main>
</body>
</html>
`;
}
