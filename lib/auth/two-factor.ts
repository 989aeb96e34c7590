// Two-factor sign-in (TOTP + recovery codes) through better-auth's twoFactor plugin, always called on
// the server with the request's headers (no better-auth HTTP route is mounted). Setting up: password →
// secret, QR code and recovery codes shown once → a code from the app switches it on. Switching off:
// password, unless the user's role requires two-factor. See docs/decisions/0019-account-security.md.
import { isAPIError } from 'better-auth/api';
import QRCode from 'qrcode';
import { audit } from '@/lib/admin/audit';
import { auth } from './auth';

export interface TwoFactorSetup {
  totpURI: string;
  /** The secret as text (base32), for apps that cannot scan. */
  secret: string;
  /** The QR code of totpURI as an SVG document, made on the server. */
  qrSvg: string;
  recoveryCodes: string[];
}

export type SetupResult = { ok: true; setup: TwoFactorSetup } | { ok: false; error: 'password' | 'already' };

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export async function beginTwoFactorSetup(headers: Headers, password: string): Promise<SetupResult> {
  try {
    const r = await auth().api.enableTwoFactor({ body: { password, method: 'totp' }, headers });
    if (!('totpURI' in r) || !r.totpURI) return { ok: false, error: 'already' };
    const secret = new URL(r.totpURI).searchParams.get('secret') ?? '';
    return {
      ok: true,
      setup: { totpURI: r.totpURI, secret, qrSvg: await qrSvg(r.totpURI), recoveryCodes: r.backupCodes ?? [] },
    };
  } catch (e) {
    if (!isAPIError(e)) throw e;
    return {
      ok: false,
      error: (e.body as { code?: string } | undefined)?.code === 'TOTP_ALREADY_ENABLED' ? 'already' : 'password',
    };
  }
}

/** A code from the app proves the secret arrived: two-factor is on from now (better-auth renews the session). */
export async function confirmTwoFactorSetup(
  headers: Headers,
  user: { id: string; email: string },
  code: string,
): Promise<boolean> {
  return changeTwoFactor(user, 'two-factor-enable', () =>
    auth().api.verifyTOTP({ body: { code: code.replace(/\s+/g, '') }, headers }),
  );
}

export async function turnOffTwoFactor(
  headers: Headers,
  user: { id: string; email: string },
  password: string,
): Promise<boolean> {
  return changeTwoFactor(user, 'two-factor-disable', () =>
    auth().api.disableTwoFactor({ body: { password }, headers }),
  );
}

/** Switch two-factor on or off through better-auth: false when it refuses (wrong code or password), else audited. */
async function changeTwoFactor(
  user: { id: string; email: string },
  action: 'two-factor-enable' | 'two-factor-disable',
  call: () => Promise<unknown>,
): Promise<boolean> {
  try {
    await call();
  } catch (e) {
    if (!isAPIError(e)) throw e;
    return false;
  }
  await audit({ userId: user.id, actor: user.email, action });
  return true;
}
