import { feedResponse } from '@/lib/feeds/handler';

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; section: string }> }) {
  const { locale, section } = await params;
  return feedResponse(request, 'atom', locale, decodeURIComponent(section));
}
