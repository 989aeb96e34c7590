import type { Metadata } from 'next';
import { ListingPage, listingMetadata, type ListingParams } from '@/components/ListingPage';

// Rendered on first request, then cached (decision 0015).
export function generateStaticParams() {
  return [];
}

type Props = { params: ListingParams };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return listingMetadata('section', params);
}

export default function Page({ params }: Props) {
  return <ListingPage kind="section" params={params} />;
}
