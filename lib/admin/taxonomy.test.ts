import { describe, expect, it } from 'vitest';
import { cleanNames } from './taxonomy';

describe('section, tag and author names', () => {
  it('makes per-language slugs from names where none was typed', () => {
    expect(
      cleanNames('tag', {
        be: { name: ' Надвор’е ', slug: '' },
        ru: { name: 'Погода', slug: 'pogoda-2' },
        en: { name: '', slug: '' },
      }),
    ).toEqual({
      be: { name: 'Надвор’е', slug: 'nadvore' },
      ru: { name: 'Погода', slug: 'pogoda-2' },
    });
  });

  it('sections need all three languages; anything needs one; slugs must be clean', () => {
    expect(cleanNames('section', { be: { name: 'Спорт', slug: '' } })).toBeNull();
    expect(cleanNames('author', {})).toBeNull();
    expect(cleanNames('tag', { en: { name: 'x', slug: '<b>' } })).toBeNull();
  });
});
