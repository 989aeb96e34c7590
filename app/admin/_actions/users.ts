'use server';
// Users and roles: admins only, checked here on the server.
import { redirect } from 'next/navigation';
import { audit } from '@/lib/admin/audit';
import { canManageUsers, isRole } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { UserInputError, upsertUser } from '@/lib/auth/users';
import { db } from '@/lib/db/client';

export async function changeRoleAction(form: FormData): Promise<void> {
  const me = await requireUser();
  if (!canManageUsers(me)) redirect('/admin/users?refused=forbidden');
  const userId = String(form.get('userId') ?? '');
  const role = form.get('role');
  if (!isRole(role)) redirect('/admin/users?refused=invalid');
  const target = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
  if (!target) redirect('/admin/users?refused=invalid');
  if (target.role === 'admin' && role !== 'admin' && (await db().user.count({ where: { role: 'admin' } })) <= 1) {
    redirect('/admin/users?refused=lastAdmin');
  }
  await db().user.update({ where: { id: userId }, data: { role } });
  await audit({ userId: me.id, actor: me.email, action: 'role-change', targetType: 'user', targetId: target.email, detail: `${target.role} → ${role}` });
  redirect('/admin/users?done=changed');
}

export async function createUserAction(form: FormData): Promise<void> {
  const me = await requireUser();
  if (!canManageUsers(me)) redirect('/admin/users?refused=forbidden');
  const role = String(form.get('role') ?? '');
  try {
    await upsertUser(db(), {
      email: String(form.get('email') ?? ''),
      name: String(form.get('name') ?? '').slice(0, 100),
      role: role as never,
      password: String(form.get('password') ?? ''),
    });
  } catch (e) {
    if (e instanceof UserInputError) redirect('/admin/users?refused=invalid');
    throw e;
  }
  await audit({ userId: me.id, actor: me.email, action: 'user-create', targetType: 'user', targetId: String(form.get('email')), detail: role });
  redirect('/admin/users?done=created');
}
