import { localeConfig, locales, type Locale } from '@/lib/locales';

/** The admin's interface language: a form, remembered in a cookie by `action` (app/admin/_actions/auth.ts). */
export function AdminLanguageChooser({
  locale,
  label,
  submit,
  action,
}: {
  locale: Locale;
  label: string;
  submit: string;
  action: (form: FormData) => Promise<void>;
}) {
  return (
    <form action={action} className="flex items-center gap-2 text-sm">
      <label htmlFor="admin-locale">{label}</label>
      <select id="admin-locale" name="locale" defaultValue={locale} className="rounded border border-rule px-2 py-1">
        {locales.map((l) => (
          <option key={l} value={l} lang={localeConfig[l].htmlLang}>
            {localeConfig[l].nativeName}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded border border-rule px-2 py-1">
        {submit}
      </button>
    </form>
  );
}
