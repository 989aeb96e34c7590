// Belarusian text in another alphabet or orthography, made automatically from the Cyrillic text the newsroom
// writes (decision 0031). The `taraskevizer` package does the work, offline and in this process: its
// `alphabetic` pipeline writes Cyrillic in Łacinka, its `tarask` pipeline turns the official orthography into
// the classical one (Taraškievica).
import { dicts, pipelines, TaraskConfig } from 'taraskevizer';
import type { ScriptView } from '@/lib/locales';

// `variations: 'first'`: where the classical spelling has variants, the first one as plain text (the default
// writes `(Гродна|Горадня)`). `g: false`: ґ stays where the classical spelling has it.
const LATIN = new TaraskConfig({ abc: dicts.alphabets.latin, variations: 'first' });
const CLASSICAL = new TaraskConfig({ variations: 'first' });

const CYRILLIC = /[\u0400-\u04ff]/;

/** Converted, surrounding white space kept (the converter trims). */
function convertRaw(text: string, view: ScriptView): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead, core, trail] = match ?? ['', '', text, ''];
  if (!CYRILLIC.test(core)) return text;
  const converted = view === 'latn' ? pipelines.alphabetic(core, LATIN) : pipelines.tarask(core, CLASSICAL);
  return `${lead}${converted}${trail}`;
}

// The converter never writes markup; should it ever, the text stays text.
const escapeBrackets = (s: string) => s.replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * Cyrillic Belarusian in the view's script and spelling. Latin letters, digits and punctuation pass through.
 * Callers pass HTML-escaped text (lib/belarusian/html.ts): the converter leaves anything between `<` and `>`
 * alone, and the result is HTML-escaped text again.
 */
export function convertText(text: string, view: ScriptView): string {
  return escapeBrackets(convertRaw(text, view));
}

/** Between texts converted together: the converter leaves `<…>` as it is, with the white space around it. */
const SEPARATOR = '<\u0001>';

/**
 * Many texts of one page in one call (one run of the converter instead of one per text node: measured 10–20×
 * faster on a page). Each text is converted as by convertText.
 */
export function convertTexts(texts: string[], view: ScriptView): string[] {
  if (texts.length === 0) return [];
  if (texts.some((t) => t.includes('<') || t.includes('\u0001'))) return texts.map((t) => convertText(t, view));
  const out = convertRaw(texts.join(SEPARATOR), view).split(SEPARATOR);
  // Should the converter ever touch a separator, convert one by one.
  if (out.length !== texts.length) return texts.map((t) => convertText(t, view));
  return out.map(escapeBrackets);
}
