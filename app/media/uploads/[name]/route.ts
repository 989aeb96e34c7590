// Uploaded pictures (lib/media/images.ts), served from MEDIA_DIR. Names are random and never reused,
// so a year's immutable cache is safe.
import fs from 'node:fs/promises';
import path from 'node:path';
import { isVariantName, mediaDir } from '@/lib/media/images';

export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  if (!isVariantName(name)) return new Response('Not found', { status: 404 });
  try {
    const bytes = await fs.readFile(path.join(mediaDir(), name));
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': 'image/webp',
        'Content-Length': String(bytes.byteLength),
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
