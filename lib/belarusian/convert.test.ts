import { describe, expect, it } from 'vitest';
import { convertText, convertTexts } from './convert';

describe('convertText', () => {
  it('writes Łacinka and the classical orthography, keeping white space, Latin text and escapes', () => {
    expect(convertText('  Раённая бібліятэка\n', 'latn')).toBe('  Rajonnaja biblijateka\n');
    expect(convertText('Снег &amp; план у Еўропе', 'tarask')).toBe('Сьнег &amp; плян у Эўропе');
    expect(convertText('NATO, 5.09.2025, 16:41', 'latn')).toBe('NATO, 5.09.2025, 16:41');
    expect(convertText('', 'tarask')).toBe('');
  });

  it('never returns markup', () => {
    expect(convertText('Мінск <b>x</b>', 'latn')).not.toContain('<');
  });
});

describe('convertTexts', () => {
  const texts = [
    'Новая школа',
    ' ',
    '',
    'ЗША і НАТО',
    '\n  Снег у Гродна  ',
    'Latin only',
    'план &quot;Б&quot;',
    'Мінск',
  ];

  it('converts many texts in one run exactly as one by one', () => {
    for (const view of ['latn', 'tarask'] as const)
      expect(convertTexts(texts, view)).toEqual(texts.map((t) => convertText(t, view)));
  });

  it('falls back to one by one when a text could be mistaken for a separator', () => {
    const odd = ['Мінск <\u0001> Гродна', 'Снег'];
    expect(convertTexts(odd, 'latn')).toEqual(odd.map((t) => convertText(t, 'latn')));
    expect(convertTexts([], 'latn')).toEqual([]);
  });
});
