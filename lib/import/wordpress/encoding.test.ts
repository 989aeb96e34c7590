import { describe, expect, it } from 'vitest';
import { decodeFile, repairMojibake } from './encoding';

const twice = (s: string) => new TextDecoder('windows-1251').decode(new TextEncoder().encode(s));

describe('repairMojibake', () => {
  it('turns twice-encoded Cyrillic back, HTML included', () => {
    expect(repairMojibake(twice('Старая заметка'))).toBe('Старая заметка');
    expect(repairMojibake(`<p>${twice('Беларусь і мора')}</p>`)).toBe('<p>Беларусь і мора</p>');
  });
  it('leaves real text alone', () => {
    for (const text of ['Старая заметка', 'Рэгіёны і Свіслач', 'Plain English', 'Рыба Сом'])
      expect(repairMojibake(text), text).toBeNull();
  });
});

describe('decodeFile', () => {
  it('reads UTF-8, and a line that is not UTF-8 as Windows-1251 (listed)', () => {
    expect(decodeFile(new TextEncoder().encode('\uFEFFмост\n'))).toEqual({ text: 'мост\n', repairedLines: [] });
    const cp1251 = Uint8Array.from([0xec, 0xee, 0xf1, 0xf2]); // "мост" in Windows-1251
    const bytes = Uint8Array.from([...new TextEncoder().encode('рака\n'), ...cp1251, 0x0a, 0x41]);
    expect(decodeFile(bytes)).toEqual({ text: 'рака\nмост\nA', repairedLines: [2] });
  });
});
