import { describe, expect, it } from 'vitest';
import {
  articleAlternates,
  authorAlternates,
  buildAlternates,
  frontAlternates,
  sectionAlternates,
  staticPageAlternates,
  tagAlternates,
} from './alternates';

const origin = process.env.SITE_URL ?? 'http://localhost:3000';

describe('hreflang alternates', () => {
  it('list exactly the given published versions, absolute, in locale order, with x-default last', () => {
    const a = articleAlternates('en', 'english-slug', [
      { locale: 'en', slug: 'english-slug' },
      { locale: 'be', slug: 'bielaruski' },
    ]);
    expect(a.canonical).toBe(`${origin}/en/news/english-slug`);
    expect(Object.keys(a.languages)).toEqual(['be', 'en', 'x-default']);
    expect(a.languages.be).toBe(`${origin}/be/news/bielaruski`);
    expect(a.languages['x-default']).toBe(`${origin}/be/news/bielaruski`);
    for (const href of Object.values(a.languages)) expect(href).toMatch(/^https?:\/\//);
  });

  it('are reciprocal: every version of a story produces the same set', () => {
    const versions = [
      { locale: 'be' as const, slug: 'b' },
      { locale: 'ru' as const, slug: 'r' },
      { locale: 'en' as const, slug: 'e' },
    ];
    const sets = versions.map((v) => articleAlternates(v.locale, v.slug, versions));
    for (const s of sets) {
      expect(s.languages).toEqual(sets[0].languages);
      expect(Object.values(s.languages)).toContain(s.canonical);
    }
  });

  it('x-default falls back to the first published version when the default language has none', () => {
    const a = articleAlternates('en', 'e', [
      { locale: 'ru', slug: 'r' },
      { locale: 'en', slug: 'e' },
    ]);
    expect(a.languages['x-default']).toBe(`${origin}/ru/news/r`);
  });

  it('always include the page itself, even if the caller forgot it', () => {
    const a = buildAlternates({ locale: 'ru', path: '/ru/x' }, [{ locale: 'be', path: '/be/x' }]);
    expect(a.languages.ru).toBe(`${origin}/ru/x`);
  });

  it('front pages: all three languages and x-default to the language-choosing root', () => {
    const a = frontAlternates('ru');
    expect(a.canonical).toBe(`${origin}/ru`);
    expect(a.languages).toEqual({ be: `${origin}/be`, ru: `${origin}/ru`, en: `${origin}/en`, 'x-default': origin });
  });

  it('section and tag pages use the shared URL builders, page numbers included', () => {
    const s = sectionAlternates(
      'be',
      'kultura',
      [
        { locale: 'be', slug: 'kultura' },
        { locale: 'en', slug: 'culture' },
      ],
      2,
    );
    expect(s.canonical).toBe(`${origin}/be/section/kultura/page/2`);
    expect(s.languages.en).toBe(`${origin}/en/section/culture/page/2`);
    const t = tagAlternates('en', 'minsk', [{ locale: 'en', slug: 'minsk' }]);
    expect(t.languages).toEqual({ en: `${origin}/en/tag/minsk`, 'x-default': `${origin}/en/tag/minsk` });
    const a = authorAlternates('ru', 'alesia-ru', [
      { locale: 'be', slug: 'alesia' },
      { locale: 'ru', slug: 'alesia-ru' },
    ]);
    expect(a.languages).toEqual({
      be: `${origin}/be/author/alesia`,
      ru: `${origin}/ru/author/alesia-ru`,
      'x-default': `${origin}/be/author/alesia`,
    });
  });

  it('static pages are each other’s alternates, reciprocally, under their own slug per language', () => {
    const versions = [
      { locale: 'be' as const, slug: 'pra-nas' },
      { locale: 'ru' as const, slug: 'o-nas' },
      { locale: 'en' as const, slug: 'about' },
    ];
    const sets = versions.map((v) => staticPageAlternates(v.locale, v.slug, versions));
    expect(sets[1].canonical).toBe(`${origin}/ru/o-nas`);
    expect(sets[1].languages).toEqual({
      be: `${origin}/be/pra-nas`,
      ru: `${origin}/ru/o-nas`,
      en: `${origin}/en/about`,
      'x-default': `${origin}/be/pra-nas`,
    });
    for (const s of sets) expect(s.languages).toEqual(sets[0].languages);
  });
});
