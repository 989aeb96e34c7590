// Broken character encodings in old WordPress exports, repaired where that is certain and reported otherwise:
// - bytes that are not UTF-8 (a line saved as Windows-1251 in a UTF-8 file) are read as Windows-1251, per line;
// - UTF-8 Cyrillic once read as Windows-1251 and saved again ("РџСЂС‹РІС–С‚Р°РЅРЅРµ") is turned back, but only
//   when the whole text goes back to valid UTF-8 (real Cyrillic text almost never does, so it is left alone).

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1251 = new TextDecoder('windows-1251');

/** Windows-1251: character → byte, for the upper half (the lower half is ASCII). */
const CP1251_BYTE = new Map<string, number>();
for (let b = 0x80; b <= 0xff; b++) CP1251_BYTE.set(cp1251.decode(Uint8Array.of(b)), b);

export interface DecodedFile {
  text: string;
  /** 1-based lines whose bytes were not UTF-8 and were read as Windows-1251. */
  repairedLines: number[];
}

/** A file's bytes → text: UTF-8, with any line that is not valid UTF-8 read as Windows-1251 (and listed). */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  try {
    return { text: utf8.decode(bytes).replace(/^\uFEFF/, ''), repairedLines: [] };
  } catch {
    // fall through: line by line
  }
  const lines: string[] = [];
  const repairedLines: number[] = [];
  let start = 0;
  let lineNo = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    try {
      lines.push(utf8.decode(line));
    } catch {
      lines.push(cp1251.decode(line));
      repairedLines.push(lineNo);
    }
    start = end + 1;
    lineNo++;
  }
  return { text: lines.join('\n').replace(/^\uFEFF/, ''), repairedLines };
}

/** Twice-encoded Cyrillic ("Р‘РµР»Р°СЂСѓСЃСЊ" → "Беларусь"), or null when the text is not that. */
export function repairMojibake(text: string): string | null {
  if (!/[РСÐÑ][\u0080-\u00BF\u0400-\u045F\u2010-\u203A\u2116\u2122]/.test(text)) return null;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const b = CP1251_BYTE.get(ch);
      if (b === undefined) return null;
      bytes.push(b);
    }
  }
  try {
    const fixed = utf8.decode(Uint8Array.from(bytes));
    return fixed !== text && /[\u0400-\u04FF]/.test(fixed) ? fixed : null;
  } catch {
    return null;
  }
}
