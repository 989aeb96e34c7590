// Runs once when the server starts (Next.js instrumentation), never during `next build`:
// stamps each request with the client's real address (lib/http/client-address.ts, decision 0019) and
// installs the request hooks of lib/ops/server.ts and starts the publication scheduler (lib/admin/scheduler.ts)
// in the Node.js server.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // A bad SITE_URL, MIRROR_HOSTS or ONION_HOST stops the server now, saying which (lib/http/hosts.ts).
  const { hostConfig } = await import('./lib/http/hosts');
  hostConfig();
  const { installClientAddressStamp } = await import('./lib/http/client-address');
  await installClientAddressStamp();
  // Request ids, one log line per request, metrics, 503 instead of 500 while the database fails, graceful
  // shutdown; the database health flag (decision 0030).
  const { installRequestHooks } = await import('./lib/ops/server');
  await installRequestHooks();
  const { startHealthChecks } = await import('./lib/ops/health');
  startHealthChecks();
  if (process.env.SCHEDULER_DISABLED === '1') return;
  const { startScheduler } = await import('./lib/admin/scheduler');
  startScheduler();
}
