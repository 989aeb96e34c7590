import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import { searchPath } from '@/lib/paths';
import { SEARCH_MAX_CHARS } from '@/lib/news/search';

/** A plain GET form: search works without JavaScript. `id` keeps labels unique when the form appears twice. */
export async function SearchForm({
  locale,
  id,
  defaultValue = '',
  large = false,
  label,
}: {
  locale: Locale;
  id: string;
  defaultValue?: string;
  large?: boolean;
  /** The search landmark's name, when the page has another search form (names must differ). */
  label?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    <form
      role="search"
      aria-label={label ?? t('label')}
      action={searchPath(locale)}
      method="get"
      className="flex items-stretch gap-2"
    >
      <label htmlFor={id} className="sr-only">
        {t('query')}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={SEARCH_MAX_CHARS}
        autoComplete="off"
        enterKeyHint="search"
        className={`min-w-0 flex-1 rounded border border-muted bg-paper px-3 text-ink ${large ? 'py-2 text-lg' : 'py-1 text-sm'}`}
      />
      <button
        type="submit"
        className={`rounded bg-ink px-3 font-semibold text-paper hover:opacity-90 ${large ? 'py-2' : 'py-1 text-sm'}`}
      >
        {t('submit')}
      </button>
    </form>
  );
}
