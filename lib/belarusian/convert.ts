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

/**
 * Cyrillic Belarusian in the view's script and spelling. Latin letters, digits and punctuation pass through.
 * Text between `<` and `>` is left alone by the converter: callers pass HTML-escaped text (lib/belarusian/html.ts).
 */
export function convertText(text: string, view: ScriptView): string {
  // The converter trims; keep the surrounding white space of a text node.
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead, core, trail] = match ?? ['', '', text, ''];
  if (!/[\u0400-\u04ff]/.test(core)) return text;
  const converted = view === 'latn' ? pipelines.alphabetic(core, LATIN) : pipelines.tarask(core, CLASSICAL);
  // The converter leaves `<…>` alone and writes no markup; should it ever, the text stays text.
  return `${lead}${converted.replaceAll('<', '&lt;').replaceAll('>', '&gt;')}${trail}`;
}
