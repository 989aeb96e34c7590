import Link from 'next/link';
import { signOutOthersAction } from '@/app/admin/_actions/auth';
import { endMySessionAction } from '@/app/admin/_actions/account';
import { Notice } from '@/components/admin/Notice';
import { SessionList } from '@/components/admin/SessionList';
import { adminT } from '@/lib/admin/i18n';
import { listSessions } from '@/lib/auth/sessions';
import { requireUser } from '@/lib/auth/session';

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const user = await requireUser();
  const { locale, t } = await adminT();
  const sessions = await listSessions(user.id);
  const { done } = await searchParams;
  const doneText =
    done === 'others'
      ? t('account.signedOutOthers')
      : done === 'sessionEnded'
        ? t('security.sessions.ended')
        : done === 'twoFactorOn'
          ? t('security.twoFactor.enabled')
          : done === 'twoFactorOff'
            ? t('security.twoFactor.disabled')
            : null;
  return (
    <div className="grid max-w-3xl gap-4">
      <h1 className="text-2xl font-black">{t('account.title')}</h1>
      <p>{t('account.signedInAs', { email: user.email, role: t(`role.${user.role}`) })}</p>
      <Notice tone="done">{doneText}</Notice>
      <section className="grid gap-2">
        <h2 className="text-lg font-semibold">{t('security.twoFactor.title')}</h2>
        <p data-testid="two-factor-state">
          {t('security.twoFactor.status')}:{' '}
          {user.twoFactorEnabled ? t('security.twoFactor.on') : t('security.twoFactor.off')}
        </p>
        <Link href="/admin/two-factor" className="underline">
          {t('security.twoFactor.manage')}
        </Link>
      </section>
      <section className="grid gap-2">
        <h2 className="text-lg font-semibold">{t('security.sessions.title')}</h2>
        <p data-testid="session-count">{t('account.sessions', { count: sessions.length })}</p>
        <SessionList
          sessions={sessions}
          currentId={user.sessionId}
          endAction={endMySessionAction}
          t={t}
          locale={locale}
        />
        <form action={signOutOthersAction}>
          <button type="submit" className="rounded border border-ink px-3 py-2">
            {t('account.signOutOthers')}
          </button>
        </form>
      </section>
    </div>
  );
}
