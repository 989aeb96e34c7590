import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { adminTranslator } from '@/lib/admin/i18n';
import { signInLabels, twoFactorSetupLabels } from './accountLabels';

describe('sign-in and two-factor strings', () => {
  it('gives each form its words in the admin’s language, from the keys its labels name', () => {
    const signIn = signInLabels(adminTranslator('en'));
    expect(signIn.email).toBe(en.admin.signIn.email);
    expect(signIn.codeHint).toBe(en.admin.security.signIn.codeHint);
    expect(signInLabels(adminTranslator('ru')).verifyRecovery).toBe(ru.admin.security.signIn.verifyRecovery);
    const setup = twoFactorSetupLabels(adminTranslator('en'));
    expect(setup.qrLabel).toBe(en.admin.security.twoFactor.qrLabel);
    expect(twoFactorSetupLabels(adminTranslator('ru')).confirmFailed).toBe(ru.admin.security.twoFactor.confirmFailed);
    for (const text of [...Object.values(signIn), ...Object.values(setup)]) expect(text).not.toMatch(/^admin\./);
  });

  it('keeps the rate-limit message’s {seconds} for the form to fill in', () => {
    expect(signInLabels(adminTranslator('en')).rateLimited).toBe(en.admin.signIn.rateLimited);
    expect(en.admin.signIn.rateLimited).toContain('{seconds}');
  });
});
