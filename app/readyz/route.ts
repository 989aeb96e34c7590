// GET /readyz: the database and, where configured, Redis answer now (for orchestrators). 200 or 503 with which
// check failed. Decision 0030.
import { readiness } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

export async function GET() {
  const { ready, checks } = await readiness();
  return new Response(JSON.stringify({ ready, checks }), {
    status: ready ? 200 : 503,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}
