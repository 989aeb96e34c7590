// The breaking-news banner (one per language): editors set or clear it. Read by the reader layout through
// lib/news/breaking.ts. Permissions and input checks are here, on the server.
import { db } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import { safeHref } from '@/lib/richtext/safeHref';
import { canManageBreaking } from '@/lib/auth/roles';
import type { ActorInfo } from './articles';
import { newsroomWrite } from './door';
import { readNewsroomTime } from '@/lib/time/minsk';
import { hasForbiddenChars } from './text-safety';

export const BANNER_MAX = 200;

export type BreakingErrors = Partial<Record<'text' | 'url' | 'expiresAt', string>>;
export type BreakingOutcome =
  { ok: true } | { ok: false; kind: 'forbidden' } | { ok: false; kind: 'invalid'; errors: BreakingErrors };
type BreakingRefusal = Exclude<BreakingOutcome, { ok: true }>;

export interface BreakingInput {
  text: string;
  url: string;
  expiresAt: string;
}

export async function listBanners() {
  return db().breakingNews.findMany();
}

/** The banner of one language shows in the layout of every reader page of that language. */
const bannerChanged = (locale: Locale) => [{ kind: 'banner' as const, locale }];

export async function saveBreaking(
  actor: ActorInfo,
  locale: Locale,
  input: BreakingInput,
  now = new Date(),
): Promise<BreakingOutcome> {
  const errors: BreakingErrors = {};
  const text = input.text.replace(/\s+/g, ' ').trim();
  if (hasForbiddenChars(input.text)) errors.text = 'controlChars';
  else if (!text) errors.text = 'required';
  else if (text.length > BANNER_MAX) errors.text = 'tooLong';
  const rawUrl = input.url.trim();
  const url = rawUrl && !hasForbiddenChars(rawUrl) ? safeHref(rawUrl) : '';
  if (hasForbiddenChars(rawUrl)) errors.url = 'controlChars';
  else if (url === null) errors.url = 'invalid';
  // The one newsroom time field (decision 0035).
  const typed = readNewsroomTime(input.expiresAt);
  const expiresAt = typed.kind === 'time' ? typed.at : null;
  if (!expiresAt) errors.expiresAt = typed.kind === 'empty' ? 'required' : 'dateInvalid';
  else if (expiresAt <= now) errors.expiresAt = 'datePast';
  const invalid: BreakingRefusal | null =
    Object.keys(errors).length || url === null || !expiresAt ? { ok: false, kind: 'invalid', errors } : null;
  return newsroomWrite<{ ok: true }, BreakingRefusal>({
    actor,
    allowed: canManageBreaking,
    forbidden: { ok: false, kind: 'forbidden' },
    run: async (tx) => {
      if (invalid || url === null || !expiresAt) return invalid!;
      const data = { text, url, expiresAt, updatedById: actor.id };
      await tx.breakingNews.upsert({ where: { locale }, create: { locale, ...data }, update: data });
      return { ok: true };
    },
    audit: () => ({ action: 'breaking', targetType: 'breaking', targetId: locale, detail: text }),
    changes: () => bannerChanged(locale),
  });
}

export async function clearBreaking(actor: ActorInfo, locale: Locale): Promise<BreakingOutcome> {
  return newsroomWrite<{ ok: true }, BreakingRefusal>({
    actor,
    allowed: canManageBreaking,
    forbidden: { ok: false, kind: 'forbidden' },
    run: async (tx) => {
      await tx.breakingNews.deleteMany({ where: { locale } });
      return { ok: true };
    },
    audit: () => ({ action: 'breaking', targetType: 'breaking', targetId: locale, detail: 'removed' }),
    changes: () => bannerChanged(locale),
  });
}
