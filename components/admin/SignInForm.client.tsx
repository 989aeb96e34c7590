'use client';
// Sign-in: plain forms posting to one server action; works without JavaScript too. After a right
// password, an account with two-factor is asked for a code from its app, or a recovery code.
import { useActionState } from 'react';
import type { SignInState } from '@/lib/admin/form-state';

export interface SignInLabels {
  email: string;
  password: string;
  submit: string;
  failed: string;
  missing: string;
  rateLimited: string;
  protected: string;
  disabled: string;
  expired: string;
  codeFailed: string;
  codeTitle: string;
  code: string;
  codeHint: string;
  verify: string;
  useRecovery: string;
  recoveryCode: string;
  recoveryHint: string;
  verifyRecovery: string;
}

const field = 'rounded border border-rule px-3 py-2';
const button = 'rounded bg-brand px-4 py-2 font-semibold text-white';

/** `signIn`: the server action (app/admin/_actions/auth.ts), passed in by the page. */
export function SignInForm({
  labels,
  signIn,
}: {
  labels: SignInLabels;
  signIn: (prev: SignInState, form: FormData) => Promise<SignInState>;
}) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  const message =
    state.error === 'rateLimited'
      ? labels.rateLimited.replace('{seconds}', String(state.seconds ?? 60))
      : state.error
        ? labels[state.error]
        : null;
  const alert = message ? (
    <p
      role="alert"
      data-testid="sign-in-error"
      className="rounded border border-brand bg-red-50 p-3 font-semibold text-brand"
    >
      {message}
    </p>
  ) : null;
  if (state.step === 'code') {
    return (
      <div className="grid gap-4">
        <h2 className="text-lg font-semibold">{labels.codeTitle}</h2>
        {alert}
        <form action={action} className="grid gap-3">
          <input type="hidden" name="step" value="code" />
          <input type="hidden" name="email" value={state.email ?? ''} />
          <label className="grid gap-1">
            <span className="font-semibold">{labels.code}</span>
            <input
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              required
              autoFocus
              className={field}
              aria-describedby="code-hint"
            />
          </label>
          <p id="code-hint" className="text-sm text-muted">
            {labels.codeHint}
          </p>
          <button type="submit" disabled={pending} className={button}>
            {labels.verify}
          </button>
        </form>
        <details>
          <summary className="cursor-pointer">{labels.useRecovery}</summary>
          <form action={action} className="mt-3 grid gap-3">
            <input type="hidden" name="step" value="code" />
            <input type="hidden" name="recovery" value="1" />
            <input type="hidden" name="email" value={state.email ?? ''} />
            <label className="grid gap-1">
              <span className="font-semibold">{labels.recoveryCode}</span>
              <input
                name="code"
                autoComplete="off"
                spellCheck={false}
                required
                className={field}
                aria-describedby="recovery-hint"
              />
            </label>
            <p id="recovery-hint" className="text-sm text-muted">
              {labels.recoveryHint}
            </p>
            <button type="submit" disabled={pending} className="rounded border border-ink px-4 py-2">
              {labels.verifyRecovery}
            </button>
          </form>
        </details>
      </div>
    );
  }
  return (
    <form action={action} className="grid gap-3">
      {alert}
      <label className="grid gap-1">
        <span className="font-semibold">{labels.email}</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email ?? ''}
          className={field}
        />
      </label>
      <label className="grid gap-1">
        <span className="font-semibold">{labels.password}</span>
        <input name="password" type="password" autoComplete="current-password" required className={field} />
      </label>
      <button type="submit" disabled={pending} className={button}>
        {labels.submit}
      </button>
    </form>
  );
}
