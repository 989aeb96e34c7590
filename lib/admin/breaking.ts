// The breaking-news banner (one per language): editors set or clear it. Read by the reader layout through
// lib/news/breaking.ts. Permissions and input checks are here, on the server.
import { db } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import { safeHref } from '@/lib/richtext/safeHref';
import { canManageBreaking } from '@/lib/auth/roles';
import type { ActorInfo } from './articles';
import { audit } from './audit';
import { fromMinskLocal } from './minsk-time';

export const BANNER_MAX = 200;

export type BreakingOutcome = { ok: true } | { ok: false; kind: 'forbidden' } | { ok: false; kind: 'invalid'; errors: Partial<Record<'text' | 'url' | 'expiresAt', string>> };

export interface BreakingInput {
  text: string;
  url: string;
  expiresAt: string;
}

export async function listBanners() {
  return db().breakingNews.findMany();
}

export async function saveBreaking(actor: ActorInfo, locale: Locale, input: BreakingInput, now = new Date()): Promise<BreakingOutcome> {
  if (!canManageBreaking(actor)) return { ok: false, kind: 'forbidden' };
  const text = input.text.replace(/\s+/g, ' ').trim();
  const rawUrl = input.url.trim();
  const url = rawUrl ? safeHref(rawUrl) : '';
  const expiresAt = fromMinskLocal(input.expiresAt);
  if (!text || text.length > BANNER_MAX || url === null || !expiresAt || expiresAt <= now) return { ok: false, kind: 'invalid', errors: {} };
  const data = { text, url, expiresAt, updatedById: actor.id };
  await db().breakingNews.upsert({ where: { locale }, create: { locale, ...data }, update: data });
  await audit({ userId: actor.id, actor: actor.email, action: 'breaking', targetType: 'breaking', targetId: locale, detail: text });
  return { ok: true };
}

export async function clearBreaking(actor: ActorInfo, locale: Locale): Promise<BreakingOutcome> {
  if (!canManageBreaking(actor)) return { ok: false, kind: 'forbidden' };
  await db().breakingNews.deleteMany({ where: { locale } });
  await audit({ userId: actor.id, actor: actor.email, action: 'breaking', targetType: 'breaking', targetId: locale, detail: 'removed' });
  return { ok: true };
}
