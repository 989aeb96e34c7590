// Dropping cached reader output after a write (decision 0015). In a server action or route handler:
// `invalidate(...)`. Outside a request (the publication scheduler): `invalidateFromBackground(...)`, which
// asks this server's /api/revalidate, because Next only revalidates inside a request.
import { timingSafeEqual, randomBytes } from 'node:crypto';
import { revalidateTag } from 'next/cache';
import { db } from '@/lib/db/client';
import { isLocale } from '@/lib/locales';
import { articleFates } from '@/lib/seo/articleFateMemo';
import { purgeEdge } from './edge';
import { internalOrigin } from '@/lib/http/hosts';
import { tagsFor, type ReaderChange } from './tags';

const uniqueTags = (changes: ReaderChange[]) => [...new Set(changes.flatMap(tagsFor))];

/** Drops every cached page, feed and sitemap that shows what changed; the next request renders it afresh. */
export function invalidate(...changes: ReaderChange[]): string[] {
  const tags = uniqueTags(changes);
  invalidateTags(tags);
  // A slug may have moved or a version gone: the proxy's one-second memo of article URLs must not hide it.
  if (changes.some((c) => c.kind === 'article')) articleFates().clear();
  return tags;
}

/** How long after the first edge purge a second one is sent (see invalidateTags). */
export const EDGE_PURGE_REPEAT_MS = 1000;

export function invalidateTags(tags: string[]): void {
  // expire: 0 — the next request waits for a fresh render instead of getting the stale copy once.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  // The edge too (decision 0029), without making the editor wait. Next records a server action's tags when the
  // action ends: a reader request arriving between the first purge and that moment could put the old page back
  // at the edge, so the purge is sent once more a second later.
  void purgeEdge(tags);
  setTimeout(() => void purgeEdge(tags), EDGE_PURGE_REPEAT_MS).unref?.();
}

/** The change a write to one language version makes (its language's listings and its story's pages). */
export async function articleChanges(articleIds: string[]): Promise<ReaderChange[]> {
  if (articleIds.length === 0) return [];
  const rows = await db().article.findMany({
    where: { id: { in: articleIds } },
    select: { locale: true, storyId: true },
  });
  return rows.flatMap((r) =>
    isLocale(r.locale) ? [{ kind: 'article' as const, locale: r.locale, storyId: r.storyId }] : [],
  );
}

const SECRET = Symbol.for('rekha.revalidation-secret');

/** Shared by the endpoint and the scheduler: REVALIDATE_SECRET, or one random value per server process. */
export function revalidationSecret(): string {
  const fromEnv = process.env.REVALIDATE_SECRET?.trim();
  if (fromEnv) return fromEnv;
  const g = globalThis as typeof globalThis & { [SECRET]?: string };
  return (g[SECRET] ??= randomBytes(32).toString('base64url'));
}

export function isRevalidationSecret(candidate: string | null): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(revalidationSecret());
  return a.length === b.length && timingSafeEqual(a, b);
}

/** This server's own address, for calls from background work to its route handlers (lib/http/hosts.ts). */
export { internalOrigin } from '@/lib/http/hosts';

/** From background work in this server process: drops the tags through /api/revalidate. */
export async function invalidateFromBackground(...changes: ReaderChange[]): Promise<void> {
  const tags = uniqueTags(changes);
  if (tags.length === 0) return;
  const response = await fetch(`${internalOrigin()}/api/revalidate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${revalidationSecret()}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ tags }),
  });
  if (!response.ok) throw new Error(`/api/revalidate answered ${response.status}`);
}
