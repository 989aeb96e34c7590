// `npm run cluster`: the production topology on this machine from one production build (decision 0030):
// PostgreSQL (DATABASE_URL, or our own in data/cluster on port 5442), Redis (REDIS_URL, or our own on 6390),
// two app instances (3311, 3312) and Varnish on 6091 in front. Migrated and seeded; prints the edge URL;
// Ctrl+C stops everything. Options: --no-build (reuse .next), --instances N (ports from 3311).
import { ClusterRefused, startCluster } from './cluster-topology';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--instances') + 1] || 2);
const ports = Array.from({ length: args.includes('--instances') ? count : 2 }, (_, i) => 3311 + i);

try {
  const cluster = await startCluster({ ports, skipBuild: args.includes('--no-build') });
  console.log(`
  Edge (Varnish):  ${cluster.edgeUrl}/be
  Instances:       ${cluster.instances.map((i) => i.url).join('  ')}
  Metrics:         curl -H 'Authorization: Bearer ${cluster.metricsToken}' ${cluster.instances[0].url}/metrics
  Database:        ${cluster.databaseUrl}
  Redis:           ${cluster.redisUrl}
  Ctrl+C stops everything.
`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\n[cluster] stopping…');
    await cluster.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(e instanceof ClusterRefused ? `\n${e.message}\n` : e);
  process.exit(1);
}
