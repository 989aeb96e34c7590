// /{locale}/live/{entryId}: a live-blog entry's permalink (decision 0033). Entries move to older pages as new ones
// arrive, so the address names the entry and answers a redirect to the page it is on now, with its anchor.
import { isLocale } from '@/lib/locales';
import { getLiveEntryLocation } from '@/lib/news/live';
import { liveEntryAnchor, livePagePath } from '@/lib/paths';
import { notFoundText } from '@/lib/seo/http';

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; entryId: string }> }) {
  const { locale, entryId } = await params;
  if (!isLocale(locale) || !/^[A-Za-z0-9_-]{1,64}$/.test(entryId)) return notFoundText();
  const at = await getLiveEntryLocation(locale, entryId);
  if (!at) return notFoundText();
  // Relative to the request's own origin: any allowed host (lib/http/hosts.ts) keeps its readers.
  const location = `${livePagePath(locale, at.slug, at.page)}#${liveEntryAnchor(entryId)}`;
  return new Response(null, {
    status: 302,
    headers: { Location: location, 'Cache-Control': 'public, max-age=0, s-maxage=1' },
  });
}
