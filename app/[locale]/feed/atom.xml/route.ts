import { feedResponse } from '@/lib/feeds/handler';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return feedResponse(request, 'atom', locale);
}
