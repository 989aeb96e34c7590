// next-intl's typed configuration: `tsc` checks every message key and the locale type against
// messages/en.json and lib/locales.ts (the three catalogues have the same keys; messages/messages.test.ts).
import type { Locale } from '@/lib/locales';
import type messages from './messages/en.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
