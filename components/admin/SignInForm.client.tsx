'use client';
// Sign-in: plain forms posting to one server action; works without JavaScript too. After a right
// password, an account with two-factor is asked for a code from its app, or a recovery code.
import { useActionState } from 'react';
import type { SignInState } from '@/lib/admin/form-state';
import type { SignInLabels } from './accountLabels';
import { Notice } from './Notice';

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
  const alert = (
    <Notice tone="refused" testId="sign-in-error" className="font-semibold text-brand">
      {message}
    </Notice>
  );
  if (state.step === 'code') {
    const step = { action, email: state.email ?? '', pending };
    return (
      <div className="grid gap-4">
        <h2 className="text-lg font-semibold">{labels.codeTitle}</h2>
        {alert}
        <CodeForm {...step} recovery={false} label={labels.code} hint={labels.codeHint} submit={labels.verify} />
        <details>
          <summary className="cursor-pointer">{labels.useRecovery}</summary>
          <CodeForm
            {...step}
            recovery
            label={labels.recoveryCode}
            hint={labels.recoveryHint}
            submit={labels.verifyRecovery}
          />
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

/** The second step's form: a code from the app, or (`recovery`) one of the recovery codes. */
function CodeForm({
  action,
  email,
  pending,
  recovery,
  label,
  hint,
  submit,
}: {
  action: (form: FormData) => void;
  email: string;
  pending: boolean;
  recovery: boolean;
  label: string;
  hint: string;
  submit: string;
}) {
  const hintId = recovery ? 'recovery-hint' : 'code-hint';
  const input = recovery
    ? { autoComplete: 'off', spellCheck: false }
    : { inputMode: 'numeric' as const, autoComplete: 'one-time-code', pattern: '[0-9 ]{6,7}', autoFocus: true };
  return (
    <form action={action} className={recovery ? 'mt-3 grid gap-3' : 'grid gap-3'}>
      <input type="hidden" name="step" value="code" />
      {recovery ? <input type="hidden" name="recovery" value="1" /> : null}
      <input type="hidden" name="email" value={email} />
      <label className="grid gap-1">
        <span className="font-semibold">{label}</span>
        <input name="code" {...input} required className={field} aria-describedby={hintId} />
      </label>
      <p id={hintId} className="text-sm text-muted">
        {hint}
      </p>
      <button type="submit" disabled={pending} className={recovery ? 'rounded border border-ink px-4 py-2' : button}>
        {submit}
      </button>
    </form>
  );
}
