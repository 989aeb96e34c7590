// Slugs the admin editor makes from headlines (lib/slug.ts): Belarusian and Russian letters that differ.
import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug';

describe('slugs from headlines', () => {
  it('Belarusian: ў, і, ё, ы, э, г → h', () => {
    expect(slugify('Ўсход сонца і ёлкі ў Гродне', 'be')).toBe('wskhod-sontsa-i-yolki-w-hrodne');
    expect(slugify('Мы эканомім', 'be')).toBe('my-ekanomim');
  });

  it('Russian: щ, ё, ы, э, г → g', () => {
    expect(slugify('Щедрый урожай: ёж, сыр и эхо в Гомеле', 'ru')).toBe('shchedryy-urozhay-yozh-syr-i-ekho-v-gomele');
  });

  it('markup in a headline never reaches the slug', () => {
    expect(slugify('<script>alert(1)</script> Навіна', 'be')).toBe('script-alert-1-script-navina');
  });

  it('unique per language: the next free suffix', () => {
    const taken = new Set(['navina', 'navina-2']);
    expect(uniqueSlug('navina', (s) => taken.has(s))).toBe('navina-3');
  });
});
