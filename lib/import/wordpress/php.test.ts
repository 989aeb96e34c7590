import { describe, expect, it } from 'vitest';
import { phpUnserialize, PhpUnserializeError, polylangGroup } from './php';

describe('phpUnserialize', () => {
  it('reads the values PHP writes, string lengths in UTF-8 bytes', () => {
    expect(phpUnserialize('i:-12;')).toBe(-12);
    expect(phpUnserialize('b:1;')).toBe(true);
    expect(phpUnserialize('N;')).toBeNull();
    expect(phpUnserialize('d:0.5;')).toBe(0.5);
    expect(phpUnserialize('s:8:"мост";')).toBe('мост');
    expect(phpUnserialize('a:2:{s:2:"be";i:100;i:0;s:1:"x";}')).toEqual(
      new Map<string | number, unknown>([
        ['be', 100],
        [0, 'x'],
      ]),
    );
  });

  it('refuses objects, bad lengths, trailing data and absurd nesting', () => {
    for (const bad of [
      'O:8:"stdClass":0:{}',
      'C:3:"Foo":0:{}',
      's:99:"short";',
      's:2:"abc";',
      // a length in characters, not bytes
      's:4:"мост";',
      'i:1;x',
      'a:1:{i:0;i:1;',
      'i:12345678901234567890;',
      'a:1:{O:1:"A":0:{}i:1;}',
      '',
      'a:1:{'.repeat(40) + 'i:0;i:0;' + '}'.repeat(40),
    ])
      expect(() => phpUnserialize(bad), bad).toThrow(PhpUnserializeError);
  });
});

describe('polylangGroup', () => {
  it('gives language → post id, keeping only those pairs', () => {
    expect(polylangGroup('a:4:{s:2:"be";i:100;s:2:"ru";s:3:"101";s:2:"en";b:0;s:4:"sync";a:0:{}}')).toEqual(
      new Map([
        ['be', 100],
        ['ru', 101],
      ]),
    );
    expect(() => polylangGroup('i:5;')).toThrow(PhpUnserializeError);
  });
});
