/* eslint-disable @next/next/no-head-element, @next/next/no-css-tags, @next/next/no-img-element -- a whole page as Next writes it, the converter's input */
import { describe, expect, it } from 'vitest';
import { renderStaticMarkup } from '@/lib/render/staticMarkup';
import { htmlElements, htmlText } from '@/lib/security/inspect';
import { packPayloads } from '@/lib/security/payloads';
import { THEME_SCRIPT } from '@/lib/theme';
import { toScriptView } from './html';

const TOGGLE = '<nav data-script-toggle="" data-testid="view-toggle"><a href="/be">Кірыліца</a></nav>';

/** A reader page as React writes it: head links, JSON-LD, Next's scripts, the toggle, text and links. */
function page(text = 'Новая школа ў Мінску', attribute = 'Фота: раённая бібліятэка') {
  return `<!DOCTYPE html>${renderStaticMarkup(
    <html lang="be">
      <head>
        <title>{`${text} — Рэха`}</title>
        <meta name="description" content={`Апісанне: ${text}`} />
        <meta property="og:url" content="http://site.example/be/news/shkola" />
        <link rel="canonical" href="http://site.example/be/news/shkola" />
        <link rel="alternate" hrefLang="ru" href="http://site.example/ru/news/shkola" />
        <link rel="alternate" type="application/rss+xml" href="/be/feed/rss.xml" />
        <link rel="preload" as="script" href="/_next/static/chunks/a.js" />
        <link rel="stylesheet" href="/_next/static/css/a.css" />
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: '{"headline":"Школа"}' }} />
        <script src="/_next/static/chunks/main.js" async />
      </head>
      <body className="x">
        <nav aria-label="Мова" data-script-toggle="">
          <a href="/be">Кірыліца</a>
        </nav>
        <main id="main">
          <h1>{text}</h1>
          <img src="/media/uploads/a.webp" alt={attribute} />
          <a href="/be/news/shkola?x=1&amp;y=2">Школа</a>
          <a href="/be">Галоўная</a>
          <a href="/ru/news/shkola">RU</a>
          <a href="/be/feed/rss.xml">RSS</a>
          <a href="//evil.example/be/x">Вонкавая</a>
          <a href="https://example.org/be/x">Вонкавая</a>
          <form action="/be/search" method="get">
            <input name="q" placeholder="Пошук" />
          </form>
          <p>
            Мінск і <mark>Гродна</mark>
          </p>
        </main>
        <script dangerouslySetInnerHTML={{ __html: 'self.__next_f.push([1,"Мінск"])' }} />
      </body>
    </html>,
  )}`;
}

describe('toScriptView', () => {
  const latn = toScriptView(page(), 'latn', TOGGLE);
  const elements = htmlElements(latn, true);
  const find = (tag: string, attr?: [string, string]) =>
    elements.filter((e) => e.tag === tag && (!attr || e.attrs[attr[0]] === attr[1]));

  it('converts the text a reader sees and hears, and sets the language tag', () => {
    expect(find('html')[0].attrs.lang).toBe('be-Latn');
    expect(find('title')[0].text).toBe('Novaja škoła ŭ Minsku — Recha');
    expect(find('h1')[0].text).toBe('Novaja škoła ŭ Minsku');
    expect(find('meta', ['name', 'description'])[0].attrs.content).toBe('Apisannie: Novaja škoła ŭ Minsku');
    expect(find('img')[0].attrs.alt).toBe('Fota: rajonnaja biblijateka');
    expect(find('input')[0].attrs.placeholder).toBe('Pošuk');
    const main = find('main')[0].text;
    expect(main).toContain('Minsk i Hrodna');
    expect(main).not.toMatch(/[а-яіў]/i);
  });

  it('keeps internal Belarusian links inside the view, and nothing else', () => {
    const hrefs = find('a').map((a) => a.attrs.href);
    expect(hrefs).toEqual([
      '/be', // the toggle given
      '/be-latn/news/shkola?x=1&y=2',
      '/be-latn',
      '/ru/news/shkola',
      '/be/feed/rss.xml',
      '//evil.example/be/x',
      'https://example.org/be/x',
    ]);
    expect(find('form')[0].attrs.action).toBe('/be-latn/search');
  });

  it('leaves canonical, hreflang, feeds, og:url and JSON-LD naming the Cyrillic page', () => {
    expect(find('link', ['rel', 'canonical'])[0].attrs.href).toBe('http://site.example/be/news/shkola');
    expect(find('link', ['hreflang', 'ru'])).toHaveLength(1);
    expect(find('meta', ['property', 'og:url'])[0].attrs.content).toBe('http://site.example/be/news/shkola');
    expect(find('script', ['type', 'application/ld+json'])[0].text).toBe('{"headline":"Школа"}');
  });

  it("drops Next's scripts (they would hydrate the Cyrillic text back), keeps the theme script", () => {
    const scripts = find('script').filter((s) => s.attrs.type !== 'application/ld+json');
    expect(scripts.map((s) => s.text)).toEqual([THEME_SCRIPT]);
    expect(find('link', ['as', 'script'])).toEqual([]);
    expect(find('link', ['rel', 'stylesheet'])).toHaveLength(1);
  });

  it("puts the view's toggle in place of the page's, or first in a body without one", () => {
    expect(find('nav', ['data-testid', 'view-toggle'])).toHaveLength(1);
    expect(find('nav')).toHaveLength(1);
    const lite = toScriptView('<html lang="be"><body><p>Мінск</p></body></html>', 'tarask', TOGGLE);
    expect(lite).toBe(`<html lang="be-tarask"><body>${TOGGLE}<p>Менск</p></body></html>`);
  });

  it('writes the classical orthography in the Taraškievica view', () => {
    const tarask = toScriptView(page('Снег у Еўропе'), 'tarask', TOGGLE);
    expect(htmlElements(tarask, true).find((e) => e.tag === 'h1')!.text).toBe('Сьнег у Эўропе');
  });

  it('hostile text stays text: the view has exactly the elements and attributes of the page', () => {
    const shape = (html: string) =>
      htmlElements(html, true)
        .filter((e) => e.tag !== 'script' && e.tag !== 'nav' && !(e.tag === 'link' && e.attrs.rel === 'preload'))
        .map((e) => `${e.tag}[${Object.keys(e.attrs).sort().join(',')}]`);
    // The whole corpus, a few payloads per page.
    for (const text of packPayloads(1500)) {
      const original = page(`${text} Мінск`, `${text} Гродна`);
      for (const view of ['latn', 'tarask'] as const) {
        const out = toScriptView(original, view, TOGGLE);
        expect(shape(out), text).toEqual(shape(original));
        const scripts = htmlElements(out, true).filter((e) => e.tag === 'script');
        expect(scripts.filter((e) => e.text.includes('__xss('))).toEqual([]);
        expect(htmlText(out)).toContain(view === 'latn' ? 'Minsk' : 'Менск');
      }
    }
  });
});
