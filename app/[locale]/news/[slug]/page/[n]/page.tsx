// A live blog's pages, /{locale}/news/{slug}/page/{n} (decision 0033): the article page with page n of its
// entries. Page 1 is the article URL of a live blog being covered: proxy.ts answers /page/1 itself with a 301 to
// it, and rewrites the article URL here (LIVE_PAGE_HEADER), because this route, and no other, carries the live
// updates leaf in its scripts: ordinary articles do not download it. Ordinary articles and pages past the last
// are the reader 404.
import type { Metadata } from 'next';
import { LiveUpdates } from '@/components/live/LiveUpdates.client';
import { ArticlePage, articlePageMetadata } from '../../articlePage';

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string; n: string }>;

/** Page numbers as written by livePagePath (no leading zeros); 1 only by the proxy's rewrite. */
const pageOf = async (params: Params) => {
  const { n } = await params;
  return /^[1-9]\d{0,5}$/.test(n) ? Number(n) : Infinity;
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return articlePageMetadata(params, await pageOf(params));
}

export default async function Page({ params }: { params: Params }) {
  return <ArticlePage params={params} livePage={await pageOf(params)} liveUpdates={LiveUpdates} />;
}
