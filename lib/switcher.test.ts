import { describe, expect, it } from 'vitest';
import { switcherTargets } from './switcher';

const hrefs = (targets: ReturnType<typeof switcherTargets>) =>
  targets.map((t) => ('href' in t ? `${t.kind} ${t.href}` : t.kind));

describe('language switcher targets', () => {
  it('links an article to its published translations and falls back to front pages', () => {
    expect(
      switcherTargets('be', {
        kind: 'article',
        translations: [
          { locale: 'be', slug: 'most' },
          { locale: 'en', slug: 'bridge' },
        ],
      }),
    ).toEqual([
      { locale: 'be', kind: 'current', self: '/be/news/most' },
      { locale: 'ru', kind: 'fallback', href: '/ru' },
      { locale: 'en', kind: 'equivalent', href: '/en/news/bridge' },
    ]);
  });

  it('links front pages to each other', () => {
    expect(switcherTargets('en', { kind: 'front' }).map((t) => ('href' in t ? t.href : t.kind))).toEqual([
      '/be',
      '/ru',
      'current',
    ]);
  });

  it('keeps the lite article within the lite versions, with the same front-page fallback', () => {
    expect(
      hrefs(switcherTargets('ru', { kind: 'article', translations: [{ locale: 'be', slug: 'most' }], lite: true })),
    ).toEqual(['equivalent /be/news/most/lite', 'current', 'fallback /en']);
  });

  it('links a listing or a static page to its own slug in each language, else to the front page', () => {
    const translations = [{ locale: 'ru' as const, slug: 'ekonomika' }];
    expect(hrefs(switcherTargets('be', { kind: 'section', translations }))).toEqual([
      'current',
      'equivalent /ru/section/ekonomika',
      'fallback /en',
    ]);
    expect(hrefs(switcherTargets('be', { kind: 'tag', translations }))).toEqual([
      'current',
      'equivalent /ru/tag/ekonomika',
      'fallback /en',
    ]);
    expect(hrefs(switcherTargets('be', { kind: 'author', translations }))).toEqual([
      'current',
      'equivalent /ru/author/ekonomika',
      'fallback /en',
    ]);
    expect(hrefs(switcherTargets('be', { kind: 'static', translations: [{ locale: 'en', slug: 'about' }] }))).toEqual([
      'current',
      'fallback /ru',
      'equivalent /en/about',
    ]);
  });

  it('carries a search query over to the other languages', () => {
    expect(hrefs(switcherTargets('en', { kind: 'search', query: 'мост' }))).toEqual([
      `equivalent /be/search?q=${encodeURIComponent('мост')}`,
      `equivalent /ru/search?q=${encodeURIComponent('мост')}`,
      'current',
    ]);
    expect(hrefs(switcherTargets('en', { kind: 'search', query: '' }))).toEqual([
      'equivalent /be/search',
      'equivalent /ru/search',
      'current',
    ]);
  });
});
