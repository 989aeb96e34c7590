// GET /healthz: this process is alive and takes requests (the edge's probe). 503 once it is shutting down, so the
// edge stops sending it requests before it stops listening. Decision 0030.
import { draining } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

export function GET() {
  const body = draining() ? 'draining\n' : 'ok\n';
  return new Response(body, {
    status: draining() ? 503 : 200,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
