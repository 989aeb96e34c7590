// The admin's own language, separate from reader URLs: a cookie (ADMIN_LOCALE) remembers the editor's
// choice; without one, the browser's Accept-Language, then Belarusian. Strings: messages/*.json → "admin".
import { createTranslator } from 'next-intl';
import { cookies, headers } from 'next/headers';
import be from '@/messages/be.json';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { defaultLocale, isLocale, type Locale } from '@/lib/locales';

export const ADMIN_LOCALE_COOKIE = 'ADMIN_LOCALE';

const catalogues = { be, ru, en } as const;

export function pickAdminLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase().split('-')[0];
    if (isLocale(tag)) return tag;
  }
  return defaultLocale;
}

export async function adminLocale(): Promise<Locale> {
  const [c, h] = await Promise.all([cookies(), headers()]);
  return pickAdminLocale(c.get(ADMIN_LOCALE_COOKIE)?.value, h.get('accept-language'));
}

export function adminTranslator(locale: Locale) {
  return createTranslator({ locale, messages: catalogues[locale], namespace: 'admin' });
}

export type AdminT = ReturnType<typeof adminTranslator>;

export async function adminT(): Promise<{ locale: Locale; t: AdminT }> {
  const locale = await adminLocale();
  return { locale, t: adminTranslator(locale) };
}

/** A validation error key that has a message (messages/*.json → admin.errors). */
export type AdminErrorKey = keyof (typeof en)['admin']['errors'];

const isAdminErrorKey = (key: string): key is AdminErrorKey => Object.hasOwn(en.admin.errors, key);

/**
 * The message for an error key from a validator (lib/admin/*), which types its keys as plain strings: typed
 * without a cast, and a key with no message reads as "unknown error" instead of the raw key.
 */
export function adminErrorText(t: AdminT, key: string): string {
  return t(`errors.${isAdminErrorKey(key) ? key : 'unknown'}`);
}
