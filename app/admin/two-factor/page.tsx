// Two-factor sign-in for the signed-in user: set it up, or switch it off. Outside the desk layout on
// purpose: a user whose role requires two-factor is sent here before anything else (decision 0019).
import Link from 'next/link';
import { setAdminLocaleAction, signOutAction } from '@/app/admin/_actions/auth';
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from '@/app/admin/_actions/account';
import { twoFactorSetupLabels } from '@/components/admin/accountLabels';
import { AccountControls } from '@/components/admin/AccountControls';
import { Notice } from '@/components/admin/Notice';
import { TwoFactorSetupForm } from '@/components/admin/TwoFactorSetup.client';
import { adminT } from '@/lib/admin/i18n';
import { roleRequiresTwoFactor } from '@/lib/auth/accounts';
import { requireUser } from '@/lib/auth/session';
import type en from '@/messages/en.json';

export default async function TwoFactorPage({ searchParams }: { searchParams: Promise<{ refused?: string }> }) {
  const user = await requireUser({ enrolling: true });
  const { locale, t } = await adminT();
  const { refused } = await searchParams;
  const required = await roleRequiresTwoFactor(user.role);
  const s = (key: keyof typeof en.admin.security.twoFactor) => t(`security.twoFactor.${key}`);
  return (
    <main id="main" className="mx-auto grid max-w-xl gap-5 px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-black">{s('title')}</h1>
        <AccountControls
          who={user.email}
          locale={locale}
          actions={{ language: setAdminLocaleAction, signOut: signOutAction }}
          labels={{ language: t('language.label'), change: t('language.save'), signOut: t('signOut') }}
        />
      </div>
      <Notice tone="refused" className="font-semibold">
        {user.mustEnrolTwoFactor ? s('required') : null}
      </Notice>
      <Notice tone="refused">
        {refused ? (refused === 'required' ? s('cannotDisable') : s('passwordFailed')) : null}
      </Notice>
      {user.twoFactorEnabled ? (
        <>
          <p role="status" data-testid="two-factor-status">
            {s('enabled')}
          </p>
          {required ? (
            <p>{s('cannotDisable')}</p>
          ) : (
            <form action={disableTwoFactorAction} className="grid gap-3 rounded border border-rule bg-white p-4">
              <h2 className="font-semibold">{s('disableTitle')}</h2>
              <p>{s('disableIntro')}</p>
              <label className="grid gap-1">
                <span className="font-semibold">{s('password')}</span>
                <input
                  name="password"
                  type="password"
                  autoComplete="current-password"
                  required
                  className="rounded border border-rule px-3 py-2"
                />
              </label>
              <button type="submit" className="rounded border border-ink px-3 py-2">
                {s('disable')}
              </button>
            </form>
          )}
        </>
      ) : (
        <TwoFactorSetupForm
          startAction={startTwoFactorAction}
          confirmAction={confirmTwoFactorAction}
          labels={twoFactorSetupLabels(t)}
        />
      )}
      {user.mustEnrolTwoFactor ? null : (
        <Link href="/admin/account" className="underline">
          {s('back')}
        </Link>
      )}
    </main>
  );
}
