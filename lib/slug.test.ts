import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug';

describe('slugify', () => {
  it('transliterates Belarusian section names', () => {
    expect(slugify('Палітыка', 'be')).toBe('palityka');
    expect(slugify('Грамадства', 'be')).toBe('hramadstva');
    expect(slugify('Эканоміка', 'be')).toBe('ekanomika');
    expect(slugify('Свет', 'be')).toBe('svet');
  });

  it('transliterates Russian with г → g and щ → shch', () => {
    expect(slugify('Политика', 'ru')).toBe('politika');
    expect(slugify('Общество', 'ru')).toBe('obshchestvo');
    expect(slugify('Мир', 'ru')).toBe('mir');
    expect(slugify('Грибы', 'ru')).toBe('griby');
  });

  it('handles ў, ё, apostrophes and punctuation', () => {
    expect(slugify('Надвор’е: снег і вецер!', 'be')).toBe('nadvore-sneh-i-vetser');
    expect(slugify('Лёгкая атлетыка', 'be')).toBe('lyohkaya-atletyka');
    expect(slugify('Праўда', 'be')).toBe('prawda');
    expect(slugify("Don't stop — Café №5", 'en')).toBe('dont-stop-cafe-no5');
  });

  it('keeps Latin text and numbers, collapses separators', () => {
    expect(slugify('  Minsk   2026 -- budget ', 'en')).toBe('minsk-2026-budget');
    expect(slugify('', 'en')).toBe('');
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 'en', 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});

describe('uniqueSlug', () => {
  it('appends the first free number', () => {
    const taken = new Set(['a', 'a-2']);
    expect(uniqueSlug('a', (s) => taken.has(s))).toBe('a-3');
    expect(uniqueSlug('b', (s) => taken.has(s))).toBe('b');
  });
});
