import { describe, expect, it } from 'vitest';
import { switcherForArticle, switcherForFront } from './switcher';

describe('language switcher targets', () => {
  it('links an article to its published translations and falls back to front pages', () => {
    expect(switcherForArticle('be', [{ locale: 'be', slug: 'most' }, { locale: 'en', slug: 'bridge' }])).toEqual([
      { locale: 'be', kind: 'current' },
      { locale: 'ru', kind: 'fallback', href: '/ru' },
      { locale: 'en', kind: 'equivalent', href: '/en/news/bridge' },
    ]);
  });

  it('links front pages to each other', () => {
    expect(switcherForFront('en').map((t) => ('href' in t ? t.href : t.kind))).toEqual(['/be', '/ru', 'current']);
  });
});
