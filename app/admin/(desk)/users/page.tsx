import type { ReactNode } from 'react';
import {
  changeRoleAction,
  createUserAction,
  endUserSessionAction,
  endUserSessionsAction,
  resetTwoFactorAction,
  setDisabledAction,
  setTwoFactorPolicyAction,
} from '@/app/admin/_actions/users';
import { Notice } from '@/components/admin/Notice';
import { SessionList } from '@/components/admin/SessionList';
import { adminT } from '@/lib/admin/i18n';
import { listUsers, twoFactorPolicy } from '@/lib/auth/accounts';
import { canManageUsers, roles } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { listSessionsByUser } from '@/lib/auth/sessions';

const smallButton = 'rounded border border-ink px-2 py-1 text-sm';

/** One button that posts one action about one account (`disable`: the value the action reads, where it has one). */
function UserAction({
  action,
  userId,
  disable,
  children,
}: {
  action: (form: FormData) => Promise<void>;
  userId: string;
  disable?: '0' | '1';
  children: ReactNode;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      {disable ? <input type="hidden" name="disable" value={disable} /> : null}
      <button type="submit" className={smallButton}>
        {children}
      </button>
    </form>
  );
}

export default async function UsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const me = await requireUser();
  const { locale, t } = await adminT();
  if (!canManageUsers(me)) return <p role="alert">{t('editor.forbidden')}</p>;
  const sp = await searchParams;
  const [users, sessions, policy] = await Promise.all([listUsers(), listSessionsByUser(), twoFactorPolicy()]);
  const field = 'rounded border border-rule bg-white px-2 py-1';
  const refused =
    sp.refused === 'lastAdmin'
      ? t('security.users.lastAdmin')
      : sp.refused === 'invalid'
        ? t('users.invalid')
        : sp.refused
          ? t('editor.forbidden')
          : null;
  const doneText: Record<string, string> = {
    created: t('users.created'),
    changed: t('users.changed'),
    disabled: t('security.users.disabledDone'),
    enabled: t('security.users.enabledDone'),
    sessionsEnded: t('security.users.sessionsEnded'),
    sessionEnded: t('security.sessions.ended'),
    policy: t('security.policy.saved'),
    twoFactorReset: t('security.users.twoFactorResetDone'),
  };
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">{t('users.title')}</h1>
      <Notice tone="done">{sp.done ? doneText[sp.done] : null}</Notice>
      <Notice tone="refused">{refused}</Notice>
      <ul className="grid gap-2">
        {users.map((u) => {
          const own = sessions.get(u.id) ?? [];
          return (
            <li
              key={u.id}
              data-testid={`user-${u.email}`}
              className="grid gap-2 rounded border border-rule bg-white p-3"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  {u.name} · {u.email} ·{' '}
                  <span data-testid="user-status">
                    {u.disabled ? t('security.users.disabledStatus') : t('security.users.active')}
                  </span>
                  {' · '}
                  {t('security.users.twoFactor', {
                    state: u.twoFactorEnabled ? t('security.twoFactor.on') : t('security.twoFactor.off'),
                  })}
                </span>
                <div className="flex flex-wrap items-center gap-2">
                  <form action={changeRoleAction} className="flex items-center gap-2">
                    <input type="hidden" name="userId" value={u.id} />
                    <label className="sr-only" htmlFor={`role-${u.id}`}>
                      {t('users.role')}
                    </label>
                    <select id={`role-${u.id}`} name="role" defaultValue={u.role} className={field}>
                      {roles.map((r) => (
                        <option key={r} value={r}>
                          {t(`role.${r}`)}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className={smallButton}>
                      {t('users.save')}
                    </button>
                  </form>
                  <UserAction action={setDisabledAction} userId={u.id} disable={u.disabled ? '0' : '1'}>
                    {u.disabled ? t('security.users.enable') : t('security.users.disable')}
                  </UserAction>
                  {u.twoFactorEnabled ? (
                    <UserAction action={resetTwoFactorAction} userId={u.id}>
                      {t('security.users.resetTwoFactor')}
                    </UserAction>
                  ) : null}
                  <UserAction action={endUserSessionsAction} userId={u.id}>
                    {t('security.sessions.endAll')}
                  </UserAction>
                </div>
              </div>
              {own.length ? (
                <details>
                  <summary className="cursor-pointer text-sm">
                    {t('security.users.sessionsOf', { count: own.length })}
                  </summary>
                  <div className="mt-2">
                    <SessionList
                      sessions={own}
                      currentId={me.sessionId}
                      endAction={endUserSessionAction}
                      userId={u.id}
                      t={t}
                      locale={locale}
                    />
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      <form action={setTwoFactorPolicyAction} className="grid max-w-md gap-3 rounded border border-rule bg-white p-4">
        <h2 className="font-semibold">{t('security.policy.title')}</h2>
        <p className="text-sm">{t('security.policy.intro')}</p>
        {roles.map((r) => (
          <label key={r} className="flex items-center gap-2">
            <input type="checkbox" name="requireTwoFactor" value={r} defaultChecked={policy[r]} />
            {t(`role.${r}`)}
          </label>
        ))}
        <button type="submit" className="rounded bg-ink px-3 py-2 text-white">
          {t('security.policy.save')}
        </button>
      </form>
      <form action={createUserAction} className="grid max-w-md gap-3 rounded border border-rule bg-white p-4">
        <h2 className="font-semibold">{t('users.create')}</h2>
        <label className="grid gap-1">
          {t('users.email')}
          <input name="email" type="email" required className={field} />
        </label>
        <label className="grid gap-1">
          {t('users.name')}
          <input name="name" className={field} />
        </label>
        <label className="grid gap-1">
          {t('users.role')}
          <select name="role" defaultValue="contributor" className={field}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          {t('users.password')}
          <input
            name="password"
            type="password"
            minLength={10}
            required
            autoComplete="new-password"
            className={field}
          />
        </label>
        <button type="submit" className="rounded bg-ink px-3 py-2 text-white">
          {t('users.create')}
        </button>
      </form>
    </div>
  );
}
