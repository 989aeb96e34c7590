'use client';
// A newsroom form whose server action answers a refusal with messages instead of a redirect: submitted by hand
// (like ArticleForm) so React does not reset the fields, so after a refused save every field keeps what was
// typed. Without JavaScript it posts normally and the messages still show.
import { startTransition, useActionState, type FormEvent, type ReactNode } from 'react';
import type { KeptFormState } from '@/lib/admin/form-state';

export function KeptForm({
  action,
  children,
  className,
  id,
  lang,
}: {
  action: (prev: KeptFormState, form: FormData) => Promise<KeptFormState>;
  children: ReactNode;
  className?: string;
  id?: string;
  lang?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  function onSubmit(e: FormEvent<HTMLFormElement>) {
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(e.currentTarget, submitter);
    e.preventDefault();
    startTransition(() => formAction(data));
  }
  return (
    <form action={formAction} onSubmit={onSubmit} className={className} id={id} lang={lang} aria-busy={pending}>
      {state.status === 'invalid' ? (
        <div
          role="alert"
          className="rounded border border-brand bg-red-50 p-3 text-sm md:col-span-full"
          data-testid="form-invalid"
        >
          <p className="font-semibold">{state.message}</p>
          {state.problems?.length ? (
            <ul className="list-disc ps-5">
              {state.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {children}
    </form>
  );
}
