import { headers } from 'next/headers';
import { signOutOthersAction } from '@/app/admin/_actions/auth';
import { adminT } from '@/lib/admin/i18n';
import { auth } from '@/lib/auth/auth';
import { requireUser } from '@/lib/auth/session';

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const user = await requireUser();
  const { t } = await adminT();
  const sessions = await auth().api.listSessions({ headers: await headers() });
  const done = (await searchParams).done === 'others';
  return (
    <div className="grid max-w-xl gap-4">
      <h1 className="text-2xl font-black">{t('account.title')}</h1>
      <p>{t('account.signedInAs', { email: user.email, role: t(`role.${user.role}`) })}</p>
      {done ? <p role="status" className="rounded border border-green-700 bg-green-50 p-3">{t('account.signedOutOthers')}</p> : null}
      <p data-testid="session-count">{t('account.sessions', { count: sessions.length })}</p>
      <form action={signOutOthersAction}>
        <button type="submit" className="rounded border border-ink px-3 py-2">{t('account.signOutOthers')}</button>
      </form>
    </div>
  );
}
