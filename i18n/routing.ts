import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from '@/lib/locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The middleware would advertise every locale for every URL; pages list their real translations instead.
  alternateLinks: false,
});
