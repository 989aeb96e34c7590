import type { Metadata } from 'next';
import { ArticlePage, articlePageMetadata, type ArticleParams } from './articlePage';

// Rendered on first request, then cached (decision 0015).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: ArticleParams }): Promise<Metadata> {
  return articlePageMetadata(params);
}

export default function Page({ params }: { params: ArticleParams }) {
  return <ArticlePage params={params} />;
}
