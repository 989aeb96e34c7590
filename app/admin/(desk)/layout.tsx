import Link from 'next/link';
import type { ReactNode } from 'react';
import { setAdminLocaleAction, signOutAction } from '@/app/admin/_actions/auth';
import { AccountControls } from '@/components/admin/AccountControls';
import { adminT } from '@/lib/admin/i18n';
import { canManageBreaking, canManageTaxonomy, canManageUsers, canReview, canViewAudit } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const { locale, t } = await adminT();
  const link = 'rounded px-2 py-1 hover:bg-neutral-100';
  return (
    <>
      <header className="border-b border-rule bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link href="/admin" className="font-black text-brand">
            {t('title')}
          </Link>
          <nav aria-label={t('nav.main')} className="flex flex-wrap gap-1 text-sm">
            <Link className={link} href="/admin">
              {t('nav.stories')}
            </Link>
            <Link className={link} href="/admin/stories/new">
              {t('nav.new')}
            </Link>
            {canReview(user) ? (
              <Link className={link} href="/admin?status=REVIEW">
                {t('nav.review')}
              </Link>
            ) : null}
            {canManageBreaking(user) ? (
              <Link className={link} href="/admin/breaking">
                {t('nav.breaking')}
              </Link>
            ) : null}
            {canManageTaxonomy(user) ? (
              <Link className={link} href="/admin/taxonomy">
                {t('nav.taxonomy')}
              </Link>
            ) : null}
            {canManageUsers(user) ? (
              <Link className={link} href="/admin/users">
                {t('nav.users')}
              </Link>
            ) : null}
            {canViewAudit(user) ? (
              <Link className={link} href="/admin/audit">
                {t('nav.audit')}
              </Link>
            ) : null}
            <Link className={link} href="/admin/account">
              {t('nav.account')}
            </Link>
            <a className={link} href="/">
              {t('nav.site')}
            </a>
          </nav>
          <div className="ms-auto">
            <AccountControls
              who={`${user.email} · ${t(`role.${user.role}`)}`}
              locale={locale}
              actions={{ language: setAdminLocaleAction, signOut: signOutAction }}
              labels={{ language: t('language.label'), change: t('language.save'), signOut: t('signOut') }}
            />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
