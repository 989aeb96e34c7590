// The frame the editor's lifecycle panels share (decision 0028: corrections, preview links, scheduled unpublish):
// a section named by its heading, `${name}-title`, found by tests as `${name}-panel`; a short introduction; the
// last action's confirmation (components/admin/Notice.tsx); then the panel's own state, forms and history.
import type { ReactNode } from 'react';
import { Notice } from '@/components/admin/Notice';
import type { AdminT } from '@/lib/admin/i18n';

export function LifecyclePanel({
  t,
  name,
  texts,
  done,
  children,
}: {
  t: AdminT;
  name: string;
  /** Its title and introduction: messages admin.lifecycle.<texts>.title and .intro. */
  texts: 'corrections' | 'previewLinks' | 'unpublish';
  /** What the last action did, or null. */
  done: string | null;
  children: ReactNode;
}) {
  return (
    <section
      id={name}
      aria-labelledby={`${name}-title`}
      className="grid gap-3 rounded border border-rule bg-white p-3"
      data-testid={`${name}-panel`}
    >
      <h2 id={`${name}-title`} className="text-lg font-bold">
        {t(`lifecycle.${texts}.title`)}
      </h2>
      <p className="text-sm text-muted">{t(`lifecycle.${texts}.intro`)}</p>
      <Notice tone="done" className="text-sm">
        {done}
      </Notice>
      {children}
    </section>
  );
}

/** A panel's list (history, live links) under its heading, or the line saying there is nothing yet. */
export function LifecycleList({
  title,
  none,
  empty,
  children,
}: {
  title: string;
  none: string;
  empty: boolean;
  /** The list itself. */
  children: ReactNode;
}) {
  return (
    <>
      <h3 className="font-semibold">{title}</h3>
      {empty ? <p className="text-sm text-muted">{none}</p> : children}
    </>
  );
}

/** A panel's main form when the version allows it; otherwise the line that says why it does not. */
export function LifecycleWhen({ allowed, why, children }: { allowed: boolean; why: string; children: ReactNode }) {
  return allowed ? children : <p className="text-sm">{why}</p>;
}
