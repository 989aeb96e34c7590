import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from '@/lib/locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The middleware would advertise every locale for every URL; pages list their real translations instead.
  alternateLinks: false,
  // No NEXT_LOCALE cookie: reader pages are cached and shared, so they set no cookie at all; `/` picks the
  // language from Accept-Language alone (decision 0018).
  localeCookie: false,
});
