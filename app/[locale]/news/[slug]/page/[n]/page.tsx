// A live blog's older entries, /{locale}/news/{slug}/page/{n} (decision 0033): the article page with page n of its
// entries. Ordinary articles, page 1 (the article itself) and pages past the last are the reader 404.
import type { Metadata } from 'next';
import { ArticlePage, articlePageMetadata } from '../../articlePage';

export function generateStaticParams() {
  return [];
}

type Params = Promise<{ locale: string; slug: string; n: string }>;

/** Page numbers as written by livePagePath: 2, 3, … (no leading zeros, no 1). */
const pageOf = async (params: Params) => {
  const { n } = await params;
  return /^[1-9]\d{0,5}$/.test(n) && Number(n) > 1 ? Number(n) : Infinity;
};

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return articlePageMetadata(params, await pageOf(params));
}

export default async function Page({ params }: { params: Params }) {
  return <ArticlePage params={params} livePage={await pageOf(params)} />;
}
