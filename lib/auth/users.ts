// Creating newsroom accounts outside a request: the CLI (`npm run user:create`), the demo seed, the admin's
// users page. Passwords are hashed with better-auth's own hasher (scrypt), so better-auth can verify them.
import { hashPassword } from 'better-auth/crypto';
import type { Prisma, PrismaClient } from '@/lib/db/client';
import { type Role, isRole } from './roles';

export const MIN_PASSWORD_LENGTH = 10;

export interface NewUser {
  email: string;
  name?: string;
  role: Role;
  password: string;
}

export class UserInputError extends Error {}

export function checkNewUser(input: NewUser): NewUser & { name: string } {
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new UserInputError(`Not an email address: "${input.email}"`);
  if (!isRole(input.role))
    throw new UserInputError(`Role must be contributor, author, editor or admin (got "${input.role}")`);
  if (input.password.length < MIN_PASSWORD_LENGTH)
    throw new UserInputError(`The password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  return { ...input, email, name: input.name?.trim() || email.split('@')[0] };
}

/** Create the account, or (with `update`) reset an existing one's role and password. Returns the user id. */
export async function upsertUser(
  client: PrismaClient,
  input: NewUser,
  { update = false } = {},
): Promise<{ id: string; created: boolean; email: string }> {
  const user = checkNewUser(input);
  const hash = await hashPassword(user.password);
  return client.$transaction((tx) => writeUser(tx, user, hash, { update }));
}

/** The account rows, on `tx`: `user` already checked (checkNewUser), `hash` its password's hash. */
export async function writeUser(
  tx: Prisma.TransactionClient,
  user: NewUser & { name: string },
  hash: string,
  { update = false } = {},
) {
  const existing = await tx.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (existing && !update) throw new UserInputError(`A user with the email ${user.email} already exists`);
  const row = existing
    ? await tx.user.update({ where: { id: existing.id }, data: { role: user.role, name: user.name } })
    : await tx.user.create({ data: { email: user.email, name: user.name, role: user.role, emailVerified: true } });
  await tx.account.deleteMany({ where: { userId: row.id, providerId: 'credential' } });
  await tx.account.create({ data: { userId: row.id, accountId: row.id, providerId: 'credential', password: hash } });
  return { id: row.id, created: !existing, email: user.email };
}
