// The read beacon (components/ReadBeacon.tsx): counts a read in memory and answers with a 1×1 GIF.
// No cookie is read or set; the batch is written once a minute (lib/news/mostRead.ts). Only published
// articles count (an in-memory set of their ids: no query per request), and each client only so often.
import { countRead } from '@/lib/news/mostRead';

export const dynamic = 'force-dynamic';

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const counted = await countRead(id, request.headers);
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
