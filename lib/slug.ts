// URL slugs from titles and names: Belarusian and Russian Cyrillic transliterated to Latin
// (a simple, readable scheme, not a standard), everything else stripped to [a-z0-9-].
export type SlugLocale = 'be' | 'ru' | 'en';

const COMMON: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ў: 'w',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};

const BY_LOCALE: Record<SlugLocale, Record<string, string>> = {
  be: { ...COMMON, г: 'h', и: 'i' },
  ru: { ...COMMON, г: 'g', и: 'i' },
  en: { ...COMMON, г: 'g', и: 'i' },
};

/** Apostrophes join letters (сям'я, don't); they never become a dash. */
const APOSTROPHES = /['’ʼ`´]/g;

/** `slugify('Палітыка і грамадства', 'be')` → `palityka-i-hramadstva`. At most `maxLength` characters, cut at a dash. */
export function slugify(text: string, locale: SlugLocale = 'en', maxLength = 80): string {
  const table = BY_LOCALE[locale];
  const latin = Array.from(text.toLowerCase().replace(APOSTROPHES, ''))
    .map((ch) => table[ch] ?? ch)
    .join('')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: é → e
    .toLowerCase() // again: compatibility forms may decompose to capitals (№ → No)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (latin.length <= maxLength) return latin;
  const cut = latin.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : latin.slice(0, maxLength)).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`, … — the first that `taken` does not contain. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
