// GET /metrics: Prometheus text format, only with `Authorization: Bearer $METRICS_TOKEN`; without METRICS_TOKEN
// it does not exist (404). The edge never forwards it. Decision 0030.
import { isMetricsRequest } from '@/lib/ops/metricsAccess';
import { metrics } from '@/lib/ops/metrics';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const access = isMetricsRequest(request.headers.get('authorization'));
  if (access !== 'ok')
    return new Response(access === 'disabled' ? 'Not found\n' : 'Unauthorized\n', {
      status: access === 'disabled' ? 404 : 401,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' },
  });
}
