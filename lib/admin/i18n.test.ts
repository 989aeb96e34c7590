import { describe, expect, it } from 'vitest';
import be from '@/messages/be.json';
import en from '@/messages/en.json';
import { adminErrorText, adminTranslator, pickAdminLocale } from './i18n';

describe('admin language', () => {
  it('prefers the remembered choice, then the browser, then Belarusian', () => {
    expect(pickAdminLocale('ru', 'en-GB,en;q=0.9')).toBe('ru');
    expect(pickAdminLocale(undefined, 'de-DE,en-US;q=0.8')).toBe('en');
    expect(pickAdminLocale('xx', 'fr')).toBe('be');
    expect(pickAdminLocale(undefined, null)).toBe('be');
  });

  it('translates from the admin namespace in each language', () => {
    expect(adminTranslator('be')('signIn.submit')).toBe(be.admin.signIn.submit);
    expect(adminTranslator('en')('editor.saved', { version: 4 })).toBe('Saved (version 4).');
  });

  it('words validation error keys, and never shows a raw key to the editor', () => {
    const t = adminTranslator('en');
    expect(adminErrorText(t, 'slugTaken')).toBe(en.admin.errors.slugTaken);
    expect(adminErrorText(adminTranslator('be'), 'datePast')).toBe(be.admin.errors.datePast);
    expect(adminErrorText(t, 'no-such-error')).toBe(en.admin.errors.unknown);
  });
});
