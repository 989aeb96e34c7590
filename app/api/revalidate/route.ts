// POST /api/revalidate {"tags": ["lang:be", …]} with `Authorization: Bearer <secret>`: drops cached reader
// output by tag. Called by this server's own background work (the publication scheduler) and by operators
// (REVALIDATE_SECRET). Decision 0015.
import { invalidateTags, isRevalidationSecret } from '@/lib/cache/invalidate';
import { isReaderTag } from '@/lib/cache/tags';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-store' },
  });

export async function POST(request: Request) {
  const auth = request.headers.get('authorization');
  if (!isRevalidationSecret(auth?.startsWith('Bearer ') ? auth.slice(7) : null))
    return json({ error: 'unauthorized' }, 401);
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return json({ error: 'body must be JSON: {"tags": [...]}' }, 400);
  }
  const tags = (body as { tags?: unknown })?.tags;
  if (!Array.isArray(tags) || tags.length === 0 || tags.length > 100 || !tags.every(isReaderTag)) {
    return json({ error: 'tags must be 1–100 tags of this site (lang:xx, banner:xx, story:id, site)' }, 400);
  }
  invalidateTags(tags);
  return json({ revalidated: tags });
}
