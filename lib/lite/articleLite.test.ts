import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText } from '@/components/RichText';
import type { ArticleView } from '@/lib/news/types';
import { absoluteUrl } from '@/lib/paths';
import { renderLiteArticle, type LiteStrings } from './articleLite';

const strings: LiteStrings = {
  siteName: 'Rekha',
  fullVersion: 'Full version',
  latestNews: 'Latest news',
  languages: 'Language',
  noTranslation: (l) => `No ${l} translation`,
  languageName: (l) => ({ be: 'Belarusian', ru: 'Russian', en: 'English' })[l],
  credit: (c) => `Image: ${c}`,
};

const article: ArticleView = {
  id: 'a1',
  storyId: 's1',
  locale: 'en',
  slug: 'bridge',
  title: 'A <script>alert(1)</script> headline',
  lede: 'Lede with "quotes" & ampersands',
  body: {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] }],
  },
  publishedAt: new Date('2025-09-05T13:41:00Z'),
  updatedAt: new Date('2025-09-05T13:41:00Z'),
  section: null,
  tags: [],
  authors: [],
  image: null,
  translatedFrom: null,
  translations: [
    { locale: 'be', slug: 'most' },
    { locale: 'en', slug: 'bridge' },
  ],
};

describe('renderLiteArticle', () => {
  const html = renderLiteArticle(
    article,
    [{ id: 'a2', slug: 'other', title: 'Other <b>story</b>', publishedAt: new Date() }],
    strings,
  );

  it('has no script and escapes every text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; headline');
    expect(html).toContain('Other &lt;b&gt;story&lt;/b&gt;');
  });

  it('uses the newsroom timestamp and links languages to lite translations or front pages', () => {
    expect(html).toContain('<time datetime="2025-09-05T13:41:00.000Z">5.09.2025, 16:41</time>');
    expect(html).toContain('href="/be/news/most/lite"');
    expect(html).toContain('href="/ru" title="No Russian translation">RU ⌂</a>');
    expect(html).toContain('<strong aria-current="page">EN</strong>');
  });

  it('names the full article as canonical by its absolute URL, like every other page', () => {
    expect(html).toContain(`<link rel="canonical" href="${absoluteUrl('/en/news/bridge')}">`);
    expect(absoluteUrl('/en/news/bridge')).toMatch(/^https?:\/\/[^/]+\/en\/news\/bridge$/);
  });
});

describe('the Belarusian script toggle on the lite page', () => {
  it('links a Belarusian lite page to its Łacinka and Taraškievica views; other languages have none', () => {
    const be = renderLiteArticle({ ...article, locale: 'be', slug: 'most' }, [], {
      ...strings,
      scriptsLabel: 'Script',
    });
    expect(be).toContain('data-script-toggle');
    expect(be).toContain('href="/be-latn/news/most/lite"');
    expect(be).toContain('href="/be-tarask/news/most/lite"');
    const en = renderLiteArticle(article, [], { ...strings, scriptsLabel: 'Script' });
    expect(en).not.toContain('data-script-toggle');
  });
});

describe('the lite article is the reader page’s rendering', () => {
  it('carries the page’s body component as is, and the same header elements in the lite look', () => {
    const html = renderLiteArticle(article, [], strings);
    expect(html).toContain(
      renderToStaticMarkup(createElement(RichText, { doc: article.body, locale: article.locale, look: 'lite' })),
    );
    expect(html).toContain('<header><h1>A &lt;script&gt;alert(1)&lt;/script&gt; headline</h1><p class="meta">');
    expect(html).toContain('<footer><p><a href="/en/news/bridge">Full version</a></p></footer></article>');
  });
});
