// The static lite mirror's pages (decision 0032): plain files any static host serves, with relative links only,
// so the copy works under any host name and folder, and even opened from disk. Articles are the lite page
// (lib/lite/articleLite.ts) with its site paths rewritten; the front and section pages are written here in the
// same look. Every text is escaped (escapeHtml, decision 0017); nothing here runs JavaScript.
import path from 'node:path';
import { createTranslator } from 'next-intl';
import { LITE_CSS } from '@/lib/lite/articleLite';
import { localeConfig, locales, type Locale } from '@/lib/locales';
import type { ArticleView, SectionLink } from '@/lib/news/types';
import { articleGuid } from '@/lib/feeds/build';
import { absoluteUrl, articleLitePath, feedPath, frontPath, sectionPath } from '@/lib/paths';
import { escapeHtml as e } from '@/lib/richtext/html';
import { buildXml } from '@/lib/xml';
import { formatDateTime } from '@/lib/time/minsk';
import be from '@/messages/be.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';

const messages = { be, ru, en } as const;
export const strings = (locale: Locale) => createTranslator({ locale, messages: messages[locale] });
export type Strings = ReturnType<typeof strings>;

/** A slug we can use as a file name as it is; anything else is named by the article's id. */
const SAFE_NAME = /^[a-z0-9][a-z0-9-]{0,150}$/;
const fileName = (slug: string, fallback: string) => (SAFE_NAME.test(slug) ? slug : fallback);

/** Where each exported thing lives in the folder (relative POSIX paths). */
export const files = {
  root: () => 'index.html',
  front: (locale: Locale) => `${locale}/index.html`,
  article: (locale: Locale, slug: string, id: string) => `${locale}/news/${fileName(slug, id)}.html`,
  section: (locale: Locale, slug: string, index: number) =>
    `${locale}/section/${fileName(slug, `section-${index}`)}.html`,
  feed: (locale: Locale) => `${locale}/feed/atom.xml`,
};

/**
 * Site paths → exported files. A link to something the copy has becomes relative; anything else names the
 * primary site (absolute), so no link in the copy is ever broken on the mirror itself.
 */
export class LinkMap {
  private map = new Map<string, string>();

  add(sitePath: string, file: string) {
    this.map.set(sitePath, file);
  }

  has(sitePath: string) {
    return this.map.has(sitePath);
  }

  /** The href to write in `fromFile` for a site path (`/be/news/x/lite`). */
  href(fromFile: string, sitePath: string): string {
    const [pathOnly, fragment] = splitFragment(sitePath);
    const target = this.map.get(pathOnly);
    if (target === undefined) return absoluteUrl(sitePath);
    if (target === fromFile && fragment) return fragment;
    const relative = path.posix.relative(path.posix.dirname(fromFile), target) || path.posix.basename(target);
    return relative.split('/').map(encodeURIComponent).join('/') + fragment;
  }

  /**
   * Rewrite every site-relative `href`/`src` (`="/…"`) in HTML written by React or escapeHtml (attribute values
   * always double-quoted, `&` escaped) to what href() gives.
   */
  rewrite(html: string, fromFile: string): string {
    return html.replace(/ (href|src)="(\/(?!\/)[^"]*)"/g, (_all, name: string, value: string) => {
      const sitePath = decodeEntities(value);
      return ` ${name}="${e(this.href(fromFile, sitePath))}"`;
    });
  }
}

function splitFragment(p: string): [string, string] {
  const i = p.indexOf('#');
  return i < 0 ? [p, ''] : [p.slice(0, i), p.slice(i)];
}

/** The entities our writers produce in attribute values (escapeHtml's, React's). */
function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export interface Story {
  article: ArticleView;
  file: string;
}

/** The head and header every page of the copy shares. */
function page(locale: Locale, file: string, title: string, body: string, links: LinkMap, feed = true): string {
  const t = strings(locale);
  const languages = locales
    .map((l) =>
      l === locale
        ? `<li><strong aria-current="page">${localeConfig[l].label}</strong></li>`
        : `<li><a href="${e(links.href(file, frontPath(l)))}" hreflang="${localeConfig[l].htmlLang}">${localeConfig[l].label}</a></li>`,
    )
    .join('');
  const feedLink = feed
    ? `<link rel="alternate" type="application/atom+xml" href="${e(links.href(file, feedPath(locale, 'atom')))}" title="${e(t('staticMirror.feed'))}">`
    : '';
  return `<!doctype html>
<html lang="${localeConfig[locale].htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(title)}</title>${feedLink}<style>${LITE_CSS}</style></head>
<body><header><a href="${e(links.href(file, frontPath(locale)))}"><strong>${e(t('site.name'))}</strong></a><nav aria-label="${e(t('staticMirror.languages'))}"><ul>${languages}</ul></nav></header>
<main>${body}</main>
<footer><p><a href="${e(absoluteUrl(frontPath(locale)))}">${e(t('staticMirror.fullSite'))}</a></p></footer></body></html>
`;
}

function storyList(locale: Locale, file: string, stories: Story[], links: LinkMap): string {
  const t = strings(locale);
  if (stories.length === 0) return `<p>${e(t('staticMirror.empty'))}</p>`;
  const items = stories
    .map(
      ({ article }) =>
        `<li><a href="${e(links.href(file, articleLitePath(locale, article.slug)))}">${e(article.title)}</a> <span class="meta"><time datetime="${article.publishedAt.toISOString()}">${e(formatDateTime(article.publishedAt, locale))}</time></span><br>${e(article.lede)}</li>`,
    )
    .join('\n');
  return `<ul>\n${items}\n</ul>`;
}

export function frontPage(
  locale: Locale,
  stories: Story[],
  sections: SectionLink[],
  links: LinkMap,
  made: Date,
  site: string,
): string {
  const t = strings(locale);
  const file = files.front(locale);
  const sectionItems = sections
    .map((s) => `<li><a href="${e(links.href(file, sectionPath(locale, s.slug)))}">${e(s.name)}</a></li>`)
    .join('');
  const body = `<h1>${e(t('front.title'))}</h1>
<p class="meta">${e(t('staticMirror.notice', { site: new URL(site).host, time: formatDateTime(made, locale) }))}</p>
<h2>${e(t('staticMirror.latest'))}</h2>
${storyList(locale, file, stories, links)}
${sectionItems ? `<section><h2>${e(t('staticMirror.sections'))}</h2><ul>${sectionItems}</ul></section>` : ''}
<p><a href="${e(links.href(file, feedPath(locale, 'atom')))}">${e(t('staticMirror.feed'))}</a></p>`;
  return page(locale, file, `${t('site.name')} — ${t('front.title')}`, body, links);
}

export function sectionPage(locale: Locale, file: string, section: SectionLink, stories: Story[], links: LinkMap) {
  const t = strings(locale);
  const body = `<h1>${e(section.name)}</h1>\n${storyList(locale, file, stories, links)}`;
  return page(locale, file, `${section.name} — ${t('site.name')}`, body, links);
}

/** The copy's entry: the three languages, each in its own name. */
export function rootPage(links: LinkMap): string {
  const file = files.root();
  const items = locales
    .map(
      (l) =>
        `<li><a href="${e(links.href(file, frontPath(l)))}" hreflang="${localeConfig[l].htmlLang}" lang="${localeConfig[l].htmlLang}">${e(localeConfig[l].nativeName)}</a></li>`,
    )
    .join('');
  const name = strings('be')('site.name');
  return `<!doctype html>
<html lang="${localeConfig.be.htmlLang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(name)}</title><style>${LITE_CSS}</style></head>
<body><main><h1>${e(name)}</h1><ul>${items}</ul></main></body></html>
`;
}

/**
 * The copy's Atom feed of one language. Atom allows relative references (resolved against the feed's own
 * address), so entries lead to the copy's lite pages wherever it is hosted; ids are the primary feed's, so a
 * reader subscribed to both sees each story once.
 */
export function atomFeed(locale: Locale, stories: Story[], links: LinkMap, made: Date): string {
  const t = strings(locale);
  const file = files.feed(locale);
  const updated = stories.reduce((max, s) => (s.article.updatedAt > max ? s.article.updatedAt : max), new Date(0));
  return buildXml({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': localeConfig[locale].htmlLang,
      id: `${absoluteUrl(feedPath(locale, 'atom'))}#static-copy`,
      title: t('seo.feedTitle'),
      subtitle: t('seo.feedDescription'),
      updated: (stories.length ? updated : made).toISOString(),
      link: [
        { '@_rel': 'self', '@_href': links.href(file, feedPath(locale, 'atom')) },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': links.href(file, frontPath(locale)) },
      ],
      author: { name: t('site.name') },
      entry: stories.map(({ article }) => ({
        id: articleGuid(article.id),
        title: article.title,
        link: {
          '@_rel': 'alternate',
          '@_type': 'text/html',
          '@_href': links.href(file, articleLitePath(locale, article.slug)),
        },
        published: article.publishedAt.toISOString(),
        updated: article.updatedAt.toISOString(),
        summary: article.lede,
      })),
    },
  });
}
