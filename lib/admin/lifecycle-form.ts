// What the editor's lifecycle panels (corrections, preview links, scheduled unpublish) and their server actions
// exchange. A refusal comes back with an error key per field and the values as typed, so the form shows them
// again with or without JavaScript (components/admin/LifecycleForm.client.tsx).
import { z } from 'zod';
import type { AdminT } from './i18n';

export interface LifecycleFormState {
  status: 'idle' | 'invalid';
  /** Field → translated message ('form' for the whole form). */
  errors?: Record<string, string>;
  /** What was typed, shown again after a refusal. */
  values?: Record<string, string>;
  /** Bumped on every answer, so the fields re-mount with the values as typed. */
  round?: number;
}

/** A record id from a form: never longer than a cuid-like id; the command answers notFound for a forged one. */
export const formId = z.string().trim().min(1).max(64);

/** One string field of a form post ('' when missing or a file). */
export const formText = (form: FormData, key: string): string => {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
};

/** Error keys of the lifecycle commands that have a message (messages/*.json → admin.lifecycle.errors). */
export const lifecycleErrorKeys = [
  'required',
  'tooLong',
  'controlChars',
  'dateInvalid',
  'datePast',
  'dateFuture',
  'beforePublished',
  'notLive',
  'beforePublication',
  'nothingScheduled',
  'alreadyPublished',
  'invalid',
  'forbidden',
  'notFound',
] as const;
export type LifecycleErrorKey = (typeof lifecycleErrorKeys)[number];

/** A command's error key as one of ours ('invalid' for anything else). */
export const lifecycleErrorKey = (key: string): LifecycleErrorKey =>
  (lifecycleErrorKeys as readonly string[]).includes(key) ? (key as LifecycleErrorKey) : 'invalid';

/**
 * A refused form as its panel shows it again: each field's error key translated (unknown keys read as
 * 'invalid'; a field without a key has no error), the values as typed, and the next round.
 */
export function lifecycleRefusal(
  t: AdminT,
  prev: LifecycleFormState,
  errors: Record<string, string | undefined>,
  values: Record<string, string>,
): LifecycleFormState {
  const translated = Object.fromEntries(
    Object.entries(errors).flatMap(([field, key]) =>
      key ? [[field, t(`lifecycle.errors.${lifecycleErrorKey(key)}`)]] : [],
    ),
  );
  return { status: 'invalid', errors: translated, values, round: (prev.round ?? 0) + 1 };
}
