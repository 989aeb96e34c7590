'use client';
// The small forms of the editor's lifecycle panels (corrections, preview links, scheduled unpublish): fields
// described by the server, each with its error under it; after a refusal every field shows what was typed.
// Without JavaScript the form posts normally and the server renders the same answer.
import { useActionState } from 'react';
import type { LifecycleFormState } from '@/lib/admin/lifecycle-form';
import { NewsroomTimeInput } from './NewsroomTimeInput';

export interface LifecycleField {
  name: string;
  label?: string;
  /** `time`: the newsroom time input (NewsroomTimeInput, `5.09.2025, 16:41`, Minsk). */
  kind: 'textarea' | 'time' | 'select' | 'hidden' | 'confirm';
  defaultValue?: string;
  options?: { value: string; label: string }[];
  hint?: string;
  maxLength?: number;
  required?: boolean;
}

export interface LifecycleButton {
  label: string;
  name?: string;
  value?: string;
  tone?: 'primary' | 'plain' | 'danger';
}

const control = 'min-h-11 w-full rounded border border-rule bg-white px-2 py-1 text-ink';
const tones = {
  primary: 'bg-brand text-white',
  plain: 'border border-ink',
  danger: 'border border-brand text-brand',
};

export function LifecycleForm({
  action,
  fields,
  buttons,
  errorSummary,
  testId,
  className = 'grid gap-3',
}: {
  action: (prev: LifecycleFormState, form: FormData) => Promise<LifecycleFormState>;
  fields: LifecycleField[];
  buttons: LifecycleButton[];
  /** Shown above the fields after a refusal. */
  errorSummary: string;
  testId?: string;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const idBase = testId ?? 'lifecycle';
  const value = (f: LifecycleField) => state.values?.[f.name] ?? f.defaultValue ?? '';
  return (
    <form action={formAction} className={className} aria-busy={pending} data-testid={testId} noValidate>
      {state.status === 'invalid' ? (
        <p role="alert" className="rounded border border-brand bg-red-50 p-3 text-sm text-ink">
          {state.errors?.form ?? errorSummary}
        </p>
      ) : null}
      {/* Re-mounted after every answer, so the fields show the values as typed. */}
      <div key={state.round ?? 0} className="grid gap-3">
        {fields.map((f) => {
          if (f.kind === 'hidden') return <input key={f.name} type="hidden" name={f.name} value={f.defaultValue} />;
          const id = `${idBase}-${f.name}`;
          const error = state.errors?.[f.name];
          const described = [error ? `${id}-error` : '', f.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
          const common = {
            id,
            name: f.name,
            'aria-invalid': error ? true : undefined,
            'aria-describedby': described || undefined,
          };
          const hint = f.hint ? (
            <span id={`${id}-hint`} className="text-xs text-muted">
              {f.hint}
            </span>
          ) : null;
          const problem = error ? (
            <span id={`${id}-error`} className="text-sm font-semibold text-brand">
              {error}
            </span>
          ) : null;
          if (f.kind === 'confirm')
            return (
              <div key={f.name} className="grid gap-1">
                <label htmlFor={id} className="flex min-h-11 items-center gap-2 text-sm">
                  <input {...common} type="checkbox" value="yes" className="h-6 w-6" required={f.required} />
                  {f.label}
                </label>
                {problem}
              </div>
            );
          return (
            <div key={f.name} className="grid gap-1 text-sm">
              <label htmlFor={id} className="font-semibold">
                {f.label}
              </label>
              {hint}
              {f.kind === 'textarea' ? (
                <textarea {...common} rows={3} maxLength={f.maxLength} defaultValue={value(f)} className={control} />
              ) : f.kind === 'select' ? (
                <select {...common} defaultValue={value(f)} className={control}>
                  {f.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <NewsroomTimeInput {...common} defaultValue={value(f)} />
              )}
              {problem}
            </div>
          );
        })}
      </div>
      <div className="flex flex-wrap gap-2">
        {buttons.map((b) => (
          <button
            key={`${b.name ?? ''}-${b.value ?? b.label}`}
            type="submit"
            name={b.name}
            value={b.value}
            disabled={pending}
            className={`min-h-11 rounded px-4 py-2 text-sm font-semibold ${tones[b.tone ?? 'primary']}`}
          >
            {b.label}
          </button>
        ))}
      </div>
    </form>
  );
}
