import { changeRoleAction, createUserAction } from '@/app/admin/_actions/users';
import { adminT } from '@/lib/admin/i18n';
import { canManageUsers, roles } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { db } from '@/lib/db/client';

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const me = await requireUser();
  const { t } = await adminT();
  if (!canManageUsers(me)) return <p role="alert">{t('editor.forbidden')}</p>;
  const sp = await searchParams;
  const users = await db().user.findMany({ orderBy: { email: 'asc' }, select: { id: true, email: true, name: true, role: true } });
  const field = 'rounded border border-rule bg-white px-2 py-1';
  const refused = sp.refused === 'lastAdmin' ? t('users.lastAdmin') : sp.refused === 'invalid' ? t('users.invalid') : sp.refused ? t('editor.forbidden') : null;
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">{t('users.title')}</h1>
      {sp.done ? <p role="status" className="rounded border border-green-700 bg-green-50 p-3">{sp.done === 'created' ? t('users.created') : t('users.changed')}</p> : null}
      {refused ? <p role="alert" className="rounded border border-brand bg-red-50 p-3">{refused}</p> : null}
      <ul className="grid gap-2">
        {users.map((u) => (
          <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-rule bg-white p-3">
            <span>{u.name} · {u.email}</span>
            <form action={changeRoleAction} className="flex items-center gap-2">
              <input type="hidden" name="userId" value={u.id} />
              <label className="sr-only" htmlFor={`role-${u.id}`}>{t('users.role')}</label>
              <select id={`role-${u.id}`} name="role" defaultValue={u.role} className={field}>
                {roles.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
              </select>
              <button type="submit" className="rounded border border-ink px-2 py-1 text-sm">{t('users.save')}</button>
            </form>
          </li>
        ))}
      </ul>
      <form action={createUserAction} className="grid max-w-md gap-3 rounded border border-rule bg-white p-4">
        <h2 className="font-semibold">{t('users.create')}</h2>
        <label className="grid gap-1">{t('users.email')}<input name="email" type="email" required className={field} /></label>
        <label className="grid gap-1">{t('users.name')}<input name="name" className={field} /></label>
        <label className="grid gap-1">{t('users.role')}
          <select name="role" defaultValue="contributor" className={field}>
            {roles.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
          </select>
        </label>
        <label className="grid gap-1">{t('users.password')}<input name="password" type="password" minLength={10} required autoComplete="new-password" className={field} /></label>
        <button type="submit" className="rounded bg-ink px-3 py-2 text-white">{t('users.create')}</button>
      </form>
    </div>
  );
}
