// /{locale}/news/{slug}/feed.xml: a live blog's own Atom feed of its newest entries (decision 0033,
// lib/feeds/live.ts); 404 for an article that is not a live blog.
import { liveFeedResponse } from '@/lib/feeds/handler';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  return liveFeedResponse(request, locale, slug);
}
