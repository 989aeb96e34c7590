// A message at the top of a newsroom page or form, in one of four tones. Confirmations and notes are announced
// politely (role="status"); refusals and warnings interrupt (role="alert"). Nothing is shown without a message.
import type { ReactNode } from 'react';
import type { AdminT } from '@/lib/admin/i18n';

const tones = {
  done: { role: 'status', colours: 'border-green-700 bg-green-50' },
  note: { role: 'status', colours: 'border-blue-700 bg-blue-50' },
  refused: { role: 'alert', colours: 'border-brand bg-red-50' },
  warning: { role: 'alert', colours: 'border-amber-500 bg-amber-50' },
} as const;

export type NoticeTone = keyof typeof tones;

export function Notice({
  tone,
  children,
  testId,
  className,
}: {
  tone: NoticeTone;
  children: ReactNode;
  testId?: string;
  /** Extra classes, e.g. to make the text bold. */
  className?: string;
}) {
  if (children === null || children === undefined || children === false || children === '') return null;
  const { role, colours } = tones[tone];
  return (
    <p role={role} data-testid={testId} className={`rounded border p-3 ${colours}${className ? ` ${className}` : ''}`}>
      {children}
    </p>
  );
}

/**
 * What a settings page's form said after redirecting back to it: `?done` → the page's "saved"; `?refused=forbidden`
 * → not allowed; any other refusal → the page's "invalid" message (messages: admin.<page>.saved / .invalid).
 */
export function SaveOutcome({
  sp,
  t,
  page,
}: {
  sp: { done?: string; refused?: string };
  t: AdminT;
  page: 'breaking' | 'taxonomy';
}) {
  const refused = sp.refused === 'forbidden' ? t('editor.forbidden') : t(`${page}.invalid`);
  return (
    <>
      <Notice tone="done">{sp.done ? t(`${page}.saved`) : null}</Notice>
      <Notice tone="refused">{sp.refused ? refused : null}</Notice>
    </>
  );
}
