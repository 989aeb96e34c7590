// The sign-in and two-factor set-up forms' strings, listed once: each form (a client component) gets its labels
// as props, their types are derived from these lists, and the strings are translated on the server.
import type { AdminT } from '@/lib/admin/i18n';

/** Label name = message key under admin.signIn. */
const SIGN_IN = ['email', 'password', 'submit', 'failed', 'missing'] as const;
/** Label name = message key under admin.security.signIn. */
const SIGN_IN_SECURITY = [
  'protected',
  'disabled',
  'expired',
  'codeFailed',
  'codeTitle',
  'code',
  'codeHint',
  'verify',
  'useRecovery',
  'recoveryCode',
  'recoveryHint',
  'verifyRecovery',
] as const;
/** Label name = message key under admin.security.twoFactor. */
const TWO_FACTOR_SETUP = [
  'intro',
  'password',
  'start',
  'passwordFailed',
  'already',
  'scan',
  'qrLabel',
  'secret',
  'recoveryTitle',
  'recoveryIntro',
  'code',
  'confirm',
  'confirmFailed',
] as const;

export type SignInLabels = Record<(typeof SIGN_IN)[number] | (typeof SIGN_IN_SECURITY)[number] | 'rateLimited', string>;
export type TwoFactorSetupLabels = Record<(typeof TWO_FACTOR_SETUP)[number], string>;

function translated<K extends string>(keys: readonly K[], text: (key: K) => string): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, text(k)])) as Record<K, string>;
}

export function signInLabels(t: AdminT): SignInLabels {
  return {
    ...translated(SIGN_IN, (k) => t(`signIn.${k}`)),
    ...translated(SIGN_IN_SECURITY, (k) => t(`security.signIn.${k}`)),
    // Untranslated placeholder: the form puts in the seconds itself.
    rateLimited: t.raw('signIn.rateLimited') as string,
  };
}

export function twoFactorSetupLabels(t: AdminT): TwoFactorSetupLabels {
  return translated(TWO_FACTOR_SETUP, (k) => t(`security.twoFactor.${k}`));
}
