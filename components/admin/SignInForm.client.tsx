'use client';
// Sign-in: a plain form posting to a server action; works without JavaScript too.
import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/app/admin/_actions/auth';

export function SignInForm({ labels }: { labels: { email: string; password: string; submit: string; failed: string; missing: string; rateLimited: string } }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const message =
    state.error === 'rateLimited'
      ? labels.rateLimited.replace('{seconds}', String(state.seconds ?? 60))
      : state.error
        ? labels[state.error]
        : null;
  return (
    <form action={action} className="grid gap-3">
      {message ? (
        <p role="alert" data-testid="sign-in-error" className="rounded border border-brand bg-red-50 p-3 font-semibold text-brand">
          {message}
        </p>
      ) : null}
      <label className="grid gap-1">
        <span className="font-semibold">{labels.email}</span>
        <input name="email" type="email" autoComplete="username" required defaultValue={state.email ?? ''}
          className="rounded border border-rule px-3 py-2" />
      </label>
      <label className="grid gap-1">
        <span className="font-semibold">{labels.password}</span>
        <input name="password" type="password" autoComplete="current-password" required className="rounded border border-rule px-3 py-2" />
      </label>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white">
        {labels.submit}
      </button>
    </form>
  );
}
