import type { Metadata } from 'next';
import { CorrectionsPage, correctionsMetadata, type CorrectionsParams } from '@/components/CorrectionsPage';

// Rendered on first request, then cached (decision 0015); dropped when a correction changes (decision 0028).
export function generateStaticParams() {
  return [];
}

type Props = { params: CorrectionsParams };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return correctionsMetadata(params);
}

export default function Page({ params }: Props) {
  return <CorrectionsPage params={params} />;
}
