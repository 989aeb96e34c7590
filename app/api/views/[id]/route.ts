// The read beacon (components/ReadBeacon.tsx): counts a read in memory and answers with a 1×1 GIF.
// No cookie is read or set; the batch is written once a minute (lib/news/mostRead.ts).
import { isArticleId, shouldCount, viewCounter } from '@/lib/news/mostRead';

export const dynamic = 'force-dynamic';

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const counted = isArticleId(id) && shouldCount(request.headers) && viewCounter().record(id);
  return new Response(new Uint8Array(GIF), {
    headers: {
      'content-type': 'image/gif',
      'content-length': String(GIF.length),
      'cache-control': 'no-store, max-age=0',
      'x-robots-tag': 'noindex',
      'x-counted': counted ? '1' : '0',
    },
  });
}
