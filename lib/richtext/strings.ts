// The words the body mapping writes itself (a picture's credit line, a gallery's label, an embed's link), in
// the body's language: messages/*.json, namespaces "body" and "article". Plain imports (with the JSON import
// attribute: e2e/fixtures.ts loads this through the body mapping in Node's own loader), so every output of the
// mapping (page, lite page, feeds, plain text) gets the same words without a request context.
import { createTranslator } from 'next-intl';
import be from '@/messages/be.json' with { type: 'json' };
import en from '@/messages/en.json' with { type: 'json' };
import ru from '@/messages/ru.json' with { type: 'json' };
import type { Locale } from '@/lib/locales';
import type { EmbedProvider } from './types';

const messages = { be, ru, en } as const;

export interface BodyStrings {
  credit(credit: string): string;
  gallery(count: number): string;
  provider(provider: EmbedProvider): string;
  embedOpen(provider: EmbedProvider): string;
  embedNote(provider: EmbedProvider): string;
}

export function bodyStrings(locale: Locale): BodyStrings {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'body' });
  const a = createTranslator({ locale, messages: messages[locale], namespace: 'article' });
  const provider = (p: EmbedProvider) => t(`provider.${p}`);
  return {
    credit: (credit) => a('credit', { credit }),
    gallery: (count) => t('gallery', { count }),
    provider,
    embedOpen: (p) => t('embedOpen', { provider: provider(p) }),
    embedNote: (p) => t('embedNote', { provider: provider(p) }),
  };
}
