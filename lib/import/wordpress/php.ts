// PHP's serialize() format, read strictly: WordPress keeps Polylang's translation groups (`a:2:{s:2:"be";i:12;…}`)
// and other metadata in it. Only values, never objects: an `O:`/`C:` (a PHP object) is refused, like anything
// malformed, so hostile metadata can name no class. String lengths are in UTF-8 bytes, as PHP counts them.

export type PhpValue = null | boolean | number | string | PhpArray;
/** A PHP array: its keys in order (integer keys as numbers). */
export type PhpArray = Map<string | number, PhpValue>;

export class PhpUnserializeError extends Error {}

const MAX_DEPTH = 32;

export function phpUnserialize(input: string): PhpValue {
  const bytes = Buffer.from(input, 'utf8');
  let at = 0;
  const fail = (what: string): never => {
    throw new PhpUnserializeError(`${what} at byte ${at}`);
  };
  const expect = (ch: string) => {
    if (bytes[at] !== ch.charCodeAt(0)) fail(`expected "${ch}"`);
    at++;
  };
  const readUntil = (end: string) => {
    const stop = bytes.indexOf(end.charCodeAt(0), at);
    if (stop < 0) fail(`missing "${end}"`);
    const text = bytes.subarray(at, stop).toString('latin1');
    at = stop + 1;
    return text;
  };
  const int = (text: string) => {
    if (!/^-?\d{1,15}$/.test(text)) fail(`bad integer "${text.slice(0, 20)}"`);
    return Number(text);
  };
  const value = (depth: number): PhpValue => {
    if (depth > MAX_DEPTH) fail('nested too deep');
    const type = String.fromCharCode(bytes[at] ?? 0);
    at++;
    if (type === 'N') {
      expect(';');
      return null;
    }
    expect(':');
    switch (type) {
      case 'b': {
        const v = readUntil(';');
        if (v !== '0' && v !== '1') fail('bad boolean');
        return v === '1';
      }
      case 'i':
        return int(readUntil(';'));
      case 'd': {
        const v = readUntil(';');
        const n = Number(v);
        if (!/^-?(?:\d+(?:\.\d*)?(?:E[+-]?\d+)?|INF|NAN)$/i.test(v) || (Number.isNaN(n) && v !== 'NAN'))
          fail('bad float');
        return n;
      }
      case 's': {
        const length = int(readUntil(':'));
        expect('"');
        if (length < 0 || at + length > bytes.length) fail('string runs past the end');
        const text = bytes.subarray(at, at + length).toString('utf8');
        at += length;
        expect('"');
        expect(';');
        return text;
      }
      case 'a': {
        const count = int(readUntil(':'));
        expect('{');
        const map: PhpArray = new Map();
        for (let i = 0; i < count; i++) {
          const key = value(depth + 1);
          if (typeof key !== 'string' && typeof key !== 'number') fail('bad array key');
          map.set(key as string | number, value(depth + 1));
        }
        expect('}');
        return map;
      }
      default:
        return fail(`unsupported type "${type}"`);
    }
  };
  const result = value(0);
  if (at !== bytes.length) fail('trailing data');
  return result;
}

/** Polylang's `post_translations` description: language code → post id (entries that are not both are dropped). */
export function polylangGroup(serialized: string): Map<string, number> {
  const parsed = phpUnserialize(serialized);
  const out = new Map<string, number>();
  if (!(parsed instanceof Map)) throw new PhpUnserializeError('not an array');
  for (const [lang, id] of parsed) {
    const n = typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id;
    if (typeof lang === 'string' && typeof n === 'number' && Number.isSafeInteger(n) && n > 0) out.set(lang, n);
  }
  return out;
}
