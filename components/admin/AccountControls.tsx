// Who is signed in, the interface language and sign-out: the corner of every newsroom page, including the
// two-factor set-up that sits outside the desk layout.
import { AdminLanguageChooser } from '@/components/admin/AdminLanguageChooser';
import type { Locale } from '@/lib/locales';

export function AccountControls({
  who,
  locale,
  actions,
  labels,
}: {
  /** The signed-in account as shown (e-mail, perhaps with the role). */
  who: string;
  locale: Locale;
  /** The server actions, passed in by the page (components do not import app/). */
  actions: { language: (form: FormData) => Promise<void>; signOut: () => Promise<void> };
  labels: { language: string; change: string; signOut: string };
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="text-sm text-muted" data-testid="signed-in-as">
        {who}
      </span>
      <AdminLanguageChooser locale={locale} label={labels.language} submit={labels.change} action={actions.language} />
      <form action={actions.signOut}>
        <button type="submit" className="rounded border border-rule px-2 py-1 text-sm">
          {labels.signOut}
        </button>
      </form>
    </div>
  );
}
