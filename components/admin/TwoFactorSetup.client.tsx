'use client';
// Setting up two-factor sign-in: password → QR code (an SVG made on the server), the key as text and the
// recovery codes, shown once → a code from the app switches it on. Works without JavaScript too.
import { useActionState, type InputHTMLAttributes } from 'react';
import type { TwoFactorConfirmState, TwoFactorSetupState } from '@/lib/admin/form-state';
import type { TwoFactorSetupLabels } from './accountLabels';
import { Notice } from './Notice';

const field = 'rounded border border-rule bg-white px-3 py-2';

/** One step of the setup (password, then code): its error above its one field and its button. */
function SetupStep({
  action,
  intro,
  error,
  label,
  input,
  submit,
}: {
  action: (form: FormData) => void;
  intro?: string;
  error: string | null;
  label: string;
  /** The field's own attributes (it is always required). */
  input: Pick<InputHTMLAttributes<HTMLInputElement>, 'name' | 'type' | 'inputMode' | 'autoComplete'>;
  /** The button: its text, whether the step is being answered, its colours. */
  submit: { text: string; busy: boolean; look: string };
}) {
  return (
    <form action={action} className="grid gap-3">
      {intro ? <p>{intro}</p> : null}
      <Notice tone="refused" className="text-brand">
        {error}
      </Notice>
      <label className="grid gap-1">
        <span className="font-semibold">{label}</span>
        <input {...input} required className={field} />
      </label>
      <button type="submit" disabled={submit.busy} className={`rounded px-3 py-2 text-white ${submit.look}`}>
        {submit.text}
      </button>
    </form>
  );
}

/** The two server actions (app/admin/_actions/account.ts) are passed in by the page. */
export function TwoFactorSetupForm({
  labels,
  startAction,
  confirmAction,
}: {
  labels: TwoFactorSetupLabels;
  startAction: (prev: TwoFactorSetupState, form: FormData) => Promise<TwoFactorSetupState>;
  confirmAction: (prev: TwoFactorConfirmState, form: FormData) => Promise<TwoFactorConfirmState>;
}) {
  const [started, start, starting] = useActionState<TwoFactorSetupState, FormData>(startAction, {});
  const [confirmed, confirm, confirming] = useActionState<TwoFactorConfirmState, FormData>(confirmAction, {});
  const { setup } = started;
  if (!setup) {
    return (
      <SetupStep
        action={start}
        intro={labels.intro}
        error={started.error ? (started.error === 'already' ? labels.already : labels.passwordFailed) : null}
        label={labels.password}
        input={{ name: 'password', type: 'password', autoComplete: 'current-password' }}
        submit={{ text: labels.start, busy: starting, look: 'bg-ink' }}
      />
    );
  }
  return (
    <div className="grid gap-4">
      <p>{labels.scan}</p>
      {/* The SVG is made on the server by the qrcode library from the otpauth:// address only. */}
      <div
        role="img"
        aria-label={labels.qrLabel}
        data-testid="totp-qr"
        className="w-56 bg-white"
        dangerouslySetInnerHTML={{ __html: setup.qrSvg }}
      />
      <p>
        {labels.secret}{' '}
        <code data-testid="totp-secret" className="break-all rounded bg-neutral-100 px-1 font-mono">
          {setup.secret}
        </code>
      </p>
      <section className="grid gap-2 rounded border border-rule bg-white p-3">
        <h2 className="font-semibold">{labels.recoveryTitle}</h2>
        <p className="text-sm">{labels.recoveryIntro}</p>
        <ul data-testid="recovery-codes" className="grid grid-cols-2 gap-1 font-mono">
          {setup.recoveryCodes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </section>
      <SetupStep
        action={confirm}
        error={confirmed.error ? labels.confirmFailed : null}
        label={labels.code}
        input={{ name: 'code', inputMode: 'numeric', autoComplete: 'one-time-code' }}
        submit={{ text: labels.confirm, busy: confirming, look: 'bg-brand font-semibold' }}
      />
    </div>
  );
}
