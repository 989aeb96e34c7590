import Link from 'next/link';
import type { ReactNode } from 'react';
import { setAdminLocaleAction, signOutAction } from '@/app/admin/_actions/auth';
import { AccountControls } from '@/components/admin/AccountControls';
import { adminT } from '@/lib/admin/i18n';
import {
  canManageBreaking,
  canManageTaxonomy,
  canManageUsers,
  canReview,
  canViewAudit,
  type Actor,
} from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';

const always = () => true;

/** The desk's menu, in order: who sees each entry is the same rule the page itself checks (lib/auth/roles.ts). */
const navItems = [
  { href: '/admin', label: 'stories', shown: always },
  { href: '/admin/stories/new', label: 'new', shown: always },
  { href: '/admin?status=REVIEW', label: 'review', shown: canReview },
  { href: '/admin/breaking', label: 'breaking', shown: canManageBreaking },
  { href: '/admin/taxonomy', label: 'taxonomy', shown: canManageTaxonomy },
  { href: '/admin/users', label: 'users', shown: canManageUsers },
  { href: '/admin/audit', label: 'audit', shown: canViewAudit },
  { href: '/admin/account', label: 'account', shown: always },
] as const satisfies readonly { href: string; label: string; shown: (user: Actor) => boolean }[];

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
            {navItems
              .filter((item) => item.shown(user))
              .map((item) => (
                <Link key={item.href} className={link} href={item.href}>
                  {t(`nav.${item.label}`)}
                </Link>
              ))}
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
