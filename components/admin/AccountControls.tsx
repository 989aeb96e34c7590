// Who is signed in, the interface language and sign-out: the corner of every newsroom page, including the
// two-factor set-up that sits outside the desk layout.
import { signOutAction } from '@/app/admin/_actions/auth';
import { AdminLanguageChooser } from '@/components/admin/AdminLanguageChooser';
import type { Locale } from '@/lib/locales';

export function AccountControls({ who, locale, labels }: {
  /** The signed-in account as shown (e-mail, perhaps with the role). */
  who: string;
  locale: Locale;
  labels: { language: string; change: string; signOut: string };
}) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span className="text-sm text-muted" data-testid="signed-in-as">{who}</span>
      <AdminLanguageChooser locale={locale} label={labels.language} submit={labels.change} />
      <form action={signOutAction}>
        <button type="submit" className="rounded border border-rule px-2 py-1 text-sm">{labels.signOut}</button>
      </form>
    </div>
  );
}
