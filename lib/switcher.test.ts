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
      { locale: 'ru', kind: 'fallback', href: '/ru', subject: 'article' },
      { locale: 'en', kind: 'equivalent', href: '/en/news/bridge', subject: 'article' },
    ]);
  });

  it('names what each link leads to: "this article" on an article, "this page" on every other page', () => {
    const subjects = (page: Parameters<typeof switcherTargets>[1]) =>
      switcherTargets('ru', page).map((t) => ('subject' in t ? t.subject : t.kind));
    const translations = [{ locale: 'be' as const, slug: 'x' }];
    expect(subjects({ kind: 'article', translations })).toEqual(['article', 'current', 'article']);
    expect(subjects({ kind: 'article', translations, lite: true })).toEqual(['article', 'current', 'article']);
    for (const page of [
      { kind: 'front' },
      { kind: 'search', query: 'мост' },
      { kind: 'section', translations },
      { kind: 'tag', translations },
      { kind: 'author', translations },
      { kind: 'static', translations },
    ] as const)
      expect(subjects(page), page.kind).toEqual(['page', 'current', 'page']);
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
