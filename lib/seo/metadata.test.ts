import { describe, expect, it } from 'vitest';
import { sectionAlternates } from './alternates';
import { locales } from '@/lib/locales';
import { articleMetadata, listingMetadata, notFoundMetadata, siteTitle } from './metadata';

describe('page metadata', () => {
  it('titles end with the site name of their language: a name spelled alike in two languages still gives two titles', () => {
    const titled = (l: (typeof locales)[number], name: string) =>
      (siteTitle(l) as { template: string }).template.replace('%s', name);
    for (const a of locales)
      for (const b of locales)
        if (a !== b) expect(titled(a, 'Культура'), `${a} ~ ${b}`).not.toBe(titled(b, 'Культура'));
    expect(titled('be', 'Культура')).toBe('Культура — Рэха');
    const defaults = locales.map((l) => (siteTitle(l) as { default: string }).default);
    expect(new Set(defaults).size).toBe(locales.length);
  });

  it('a 404 is titled in its language and never indexed', () => {
    expect(notFoundMetadata('ru').title).toBe('Страница не найдена');
    expect(notFoundMetadata('en').robots).toMatchObject({ index: false });
  });

  it('a section page: canonical, hreflang, og locales of its languages, both feeds', () => {
    const m = listingMetadata({
      locale: 'en',
      title: 'Culture',
      description: 'Culture news',
      alternates: sectionAlternates('en', 'culture', [
        { locale: 'be', slug: 'kultura' },
        { locale: 'en', slug: 'culture' },
      ]),
      section: { name: 'Culture', slug: 'culture' },
    });
    expect(m.alternates?.canonical).toMatch(/\/en\/section\/culture$/);
    expect(Object.keys(m.alternates?.languages ?? {})).toEqual(['be', 'en', 'x-default']);
    const og = m.openGraph as { locale: string; alternateLocale: string[]; type: string };
    expect(og.locale).toBe('en_GB');
    expect(og.alternateLocale).toEqual(['be_BY']);
    expect(og.type).toBe('website');
    const types = m.alternates?.types as Record<string, { url: string }[]>;
    expect(types['application/rss+xml'].map((f) => f.url)).toEqual([
      expect.stringMatching(/\/en\/feed\/section\/culture\/rss\.xml$/),
      expect.stringMatching(/\/en\/feed\/rss\.xml$/),
    ]);
    expect(types['application/atom+xml']).toHaveLength(2);
    expect(m.robots).toMatchObject({ 'max-image-preview': 'large' });
  });

  it('an article: OpenGraph article times with offset, section, no alternate locale without a translation', () => {
    const m = articleMetadata({
      locale: 'be',
      slug: 's',
      title: 'T',
      lede: 'L',
      publishedAt: new Date('2026-11-28T10:00:00Z'),
      updatedAt: new Date('2026-11-28T10:00:00Z'),
      section: { name: 'Спорт', slug: 'sport' },
      tags: [],
      authors: [{ name: 'A' }],
      image: null,
      translations: [{ locale: 'be', slug: 's' }],
    });
    const og = m.openGraph as Record<string, unknown>;
    expect(og.type).toBe('article');
    expect(og.publishedTime).toBe('2026-11-28T13:00:00+03:00');
    expect(og.section).toBe('Спорт');
    expect(og.alternateLocale).toEqual([]);
    expect((m.twitter as { card: string }).card).toBe('summary');
    expect(m.alternates?.languages).toEqual({
      be: expect.stringMatching(/\/be\/news\/s$/),
      'x-default': expect.stringMatching(/\/be\/news\/s$/),
    });
  });
});
