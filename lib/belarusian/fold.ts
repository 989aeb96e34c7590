// One spelling for search: Belarusian text folded so that the official and the classical orthography, and the
// Cyrillic and the Latin alphabet (Łacinka), meet (decision 0031). Both sides are
// folded: the stories when their search vector is built (the SQL function `belarusian_fold`, migration
// `…_belarusian_fold`), the reader's query before it is cut to stems (lib/news/search.ts).
//
// The fold is lossy on purpose (a key, never shown): it is the same steps in the same order on both sides, and
// the steps are plain lower-casing, literal replacements and a letter-for-letter table, so that SQL's lower(),
// replace() and translate() do exactly what this file does. lib/belarusian/fold.test.ts checks the two agree on
// PGlite and PostgreSQL; change both together (a new migration that replaces the function).

/** Literal replacements before the letter table: apostrophes, then Łacinka's digraphs and soft vowels. */
export const FOLD_BEFORE: readonly (readonly [string, string])[] = [
  // сям'я, сямʼя, Łacinka siamja: the apostrophe only separates.
  ["'", ''],
  ['\u2019', ''],
  ['\u02bc', ''],
  ['ch', 'х'],
  // Łacinka: j + vowel is a soft vowel (jana = яна), ji is і (jich = іх).
  ['ji', 'і'],
  ['ja', 'я'],
  ['je', 'е'],
  ['jo', 'ё'],
  ['ju', 'ю'],
  // …and i + vowel after a consonant (sień = сень, siamja = сямʼя).
  ['ia', 'я'],
  ['ie', 'е'],
  ['io', 'ё'],
  ['iu', 'ю'],
];

/**
 * Letter for letter (SQL translate()): the Łacinka letters, then the Cyrillic letters the orthographies spell
 * differently. Softness marks are dropped (ć ś ź ń ĺ and ь, below): classical сьнег, official снег and Łacinka
 * śnieh meet; э and е meet (Эўропа, Еўропа; Łacinka e = э); ґ is г.
 */
export const FOLD_LETTERS_FROM = 'abcčćdefghijklĺłmnńoprsśštuŭvwyzźžґэ';
export const FOLD_LETTERS_TO = 'абцчцдефггійклллмннопрссштуўввыззжге';

/** Literal replacements after the table: the soft sign, and the classical spellings of loanwords. */
export const FOLD_AFTER: readonly (readonly [string, string])[] = [
  ['ь', ''],
  // Classical дзесяцігодзьдзе (дздз once the soft sign is gone), official дзесяцігоддзе.
  ['дздз', 'ддз'],
  // Classical клюб, плян, Лёндан, біялёгія; official клуб, план, Лондан, біялогія.
  ['ля', 'ла'],
  ['лю', 'лу'],
  ['лё', 'ло'],
  // Classical сыстэма, пазыцыя; official сістэма, пазіцыя.
  ['сы', 'сі'],
  ['зы', 'зі'],
  // Classical рэжысэр, official рэжысёр (after the л rules, which need ё).
  ['ё', 'е'],
];

if (Array.from(FOLD_LETTERS_FROM).length !== Array.from(FOLD_LETTERS_TO).length) {
  throw new Error('belarusian fold: the letter table is uneven');
}
const LETTERS = new Map(Array.from(FOLD_LETTERS_FROM).map((c, i) => [c, Array.from(FOLD_LETTERS_TO)[i]]));

/** The search key of Belarusian text: lower-cased, in Cyrillic, with the orthographies' differences folded. */
export function foldBelarusian(text: string): string {
  let s = text.toLowerCase();
  for (const [from, to] of FOLD_BEFORE) s = s.replaceAll(from, to);
  s = Array.from(s, (c) => LETTERS.get(c) ?? c).join('');
  for (const [from, to] of FOLD_AFTER) s = s.replaceAll(from, to);
  return s;
}

/** The same steps as SQL over the expression `arg` (the migration's function body is this text). */
export function foldSql(arg: string): string {
  const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
  const replaceAll = (expr: string, steps: readonly (readonly [string, string])[]) =>
    steps.reduce((e, [from, to]) => `replace(${e}, ${quote(from)}, ${quote(to)})`, expr);
  const before = replaceAll(`lower(${arg})`, FOLD_BEFORE);
  const letters = `translate(${before}, ${quote(FOLD_LETTERS_FROM)}, ${quote(FOLD_LETTERS_TO)})`;
  return replaceAll(letters, FOLD_AFTER);
}
