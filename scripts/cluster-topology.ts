// The production topology on one machine (decision 0030): PostgreSQL, Redis, two or more `next start`
// instances of one production build, and Varnish in front (deploy/varnish/default.vcl). Used by
// `npm run cluster` (scripts/cluster.ts), the cluster tests and `npm run bench -- --cluster`.
// Every part is a child process of ours, on its own port, with its data in a folder of its own; stop() ends them.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { parsePgliteUrl } from '@/lib/db/config';

const root = path.resolve(import.meta.dirname, '..');
const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface ClusterOptions {
  /** App instance ports (default 3311, 3312). */
  ports?: number[];
  edgePort?: number;
  /** Our own PostgreSQL's port, used when no DATABASE_URL is given (default 5442). */
  postgresPort?: number;
  /** Our own redis-server's port, used when no REDIS_URL is given (default 6390). */
  redisPort?: number;
  /** A PostgreSQL database to use (migrated and seeded) instead of starting one. */
  databaseUrl?: string;
  redisUrl?: string;
  /** Skip `next build` (reuse .next). */
  skipBuild?: boolean;
  /** Folder for data and logs (default data/cluster). */
  dir?: string;
  /** Extra environment for the app instances. */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

export interface Instance {
  name: string;
  port: number;
  url: string;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
  /** SIGTERM: a graceful stop. */
  stop(): Promise<void>;
  start(): Promise<void>;
}

export interface Cluster {
  edgeUrl: string;
  instances: Instance[];
  databaseUrl: string;
  redisUrl: string;
  revalidateSecret: string;
  metricsToken: string;
  /** Only when we started them. */
  postgres: { stop(): Promise<void>; start(): Promise<void> } | null;
  redis: { stop(): Promise<void>; start(): Promise<void> } | null;
  stop(): Promise<void>;
}

export class ClusterRefused extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const portAnswers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
}

const httpOk = (url: string) => async () => (await fetch(url, { signal: AbortSignal.timeout(2000) })).ok;

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv, what: string) {
  const r = spawnSync(cmd, args, { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${what} failed:\n${r.stdout}\n${r.stderr}`);
}

/** Runs a PostgreSQL tool as the `postgres` user when we are root (initdb refuses root). */
function pgCommand(tool: string, args: string[]): [string, string[]] {
  const bin = path.join(PG_BIN, tool);
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

/** Our own PostgreSQL in `dir` (fresh each time), on `port`. */
async function ownPostgres(dir: string, port: number, log: (l: string) => void) {
  if (await portAnswers(port)) throw new ClusterRefused(`port ${port} is taken: stop what runs there or pick another`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) spawnSync('chown', ['-R', 'postgres', dir]);
  const data = path.join(dir, 'data');
  const [initCmd, initArgs] = pgCommand('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run(initCmd, initArgs, process.env, 'initdb');
  const ctl = (action: 'start' | 'stop') => {
    const args =
      action === 'start'
        ? ['-D', data, '-l', path.join(dir, 'postgres.log'), '-w', '-o', `-p ${port} -k ${dir} -c fsync=off`, 'start']
        : ['-D', data, '-w', '-m', 'fast', 'stop'];
    const [cmd, a] = pgCommand('pg_ctl', args);
    run(cmd, a, process.env, `pg_ctl ${action}`);
  };
  ctl('start');
  log(`PostgreSQL on 127.0.0.1:${port} (data in ${data})`);
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE rekha');
  await admin.end();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/rekha`,
    start: async () => ctl('start'),
    stop: async () => ctl('stop'),
  };
}

function ownRedisServer(port: number, logFile: string) {
  let child: ChildProcess | null = null;
  const start = async () => {
    if (await portAnswers(port))
      throw new ClusterRefused(`port ${port} is taken: stop what runs there or pick another`);
    const out = fs.openSync(logFile, 'a');
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', out, out],
    });
    await waitFor('redis-server', () => portAnswers(port), 10_000);
  };
  const stop = () => stopChild(child, 'SIGKILL').then(() => void (child = null));
  return { start, stop };
}

function stopChild(child: ChildProcess | null, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 20_000) {
  return new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => (clearTimeout(force), resolve()));
    child.kill(signal);
  });
}

/** deploy/varnish/default.vcl with the instances' ports (the file names 3311 and 3312). */
export function clusterVcl(ports: number[]): string {
  const vcl = fs.readFileSync(path.join(root, 'deploy/varnish/default.vcl'), 'utf8');
  const backend = (i: number, port: number) => `backend app${i + 1} {
    .host = "127.0.0.1";
    .port = "${port}";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
}`;
  const withBackends = vcl.replace(
    /backend app1 \{[\s\S]*?\n\}\n\nbackend app2 \{[\s\S]*?\n\}/,
    ports.map((p, i) => backend(i, p)).join('\n\n'),
  );
  return withBackends.replace(
    /    apps\.add_backend\(app1\);\n    apps\.add_backend\(app2\);/,
    ports.map((_, i) => `    apps.add_backend(app${i + 1});`).join('\n'),
  );
}

export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const log = options.log ?? ((l: string) => console.log(`[cluster] ${l}`));
  const ports = options.ports ?? [3311, 3312];
  const edgePort = options.edgePort ?? 6091;
  const dir = path.resolve(root, options.dir ?? 'data/cluster');
  fs.mkdirSync(dir, { recursive: true });
  // Logs of this run only (restarted instances append to theirs).
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.log')) fs.rmSync(path.join(dir, f));

  const given = options.databaseUrl ?? process.env.DATABASE_URL?.trim();
  if (given && parsePgliteUrl(given)) throw pgliteRefusal();
  if (!given && process.env.PGLITE_DIR) throw pgliteRefusal();
  if (given && !/^postgres(ql)?:\/\//.test(given)) throw new ClusterRefused('DATABASE_URL must be a postgresql:// URL');
  for (const p of [...ports, edgePort])
    if (await portAnswers(p)) throw new ClusterRefused(`port ${p} is taken: stop what runs there or pick another`);

  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((e) => log(`stopping: ${(e as Error).message}`));
    stops.length = 0;
  };
  try {
    let postgres: Cluster['postgres'] = null;
    let databaseUrl = given ?? '';
    if (!databaseUrl) {
      const own = await ownPostgres(path.join(dir, 'postgres'), options.postgresPort ?? 5442, log);
      postgres = own;
      databaseUrl = own.url;
      stops.push(() => own.stop());
    }

    let redis: Cluster['redis'] = null;
    let redisUrl = options.redisUrl ?? process.env.REDIS_URL?.trim() ?? '';
    if (!redisUrl) {
      const port = options.redisPort ?? 6390;
      const own = ownRedisServer(port, path.join(dir, 'redis.log'));
      await own.start();
      redis = own;
      redisUrl = `redis://127.0.0.1:${port}`;
      stops.push(() => own.stop());
      log(`Redis on 127.0.0.1:${port}`);
    }

    const base: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      CHECKPOINT_DISABLE: '1',
      DATABASE_URL: databaseUrl,
    };
    delete base.PGLITE_DIR;
    log('migrating and seeding the database');
    run(
      process.execPath,
      [path.join(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy'],
      base,
      'migrate',
    );
    run(process.execPath, [path.join(root, 'node_modules/prisma/build/index.js'), 'db', 'seed'], base, 'seed');
    if (!options.skipBuild) {
      log('building (next build)');
      run(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], base, 'next build');
    }

    const revalidateSecret = randomBytes(24).toString('base64url');
    // One session-signing key for all instances (a session made on one is valid on the other).
    const authSecret = process.env.BETTER_AUTH_SECRET ?? randomBytes(32).toString('base64url');
    const metricsToken = randomBytes(24).toString('base64url');
    const edgeUrl = `http://127.0.0.1:${edgePort}`;
    const mediaDir = path.join(dir, 'media');
    fs.mkdirSync(mediaDir, { recursive: true });
    const instances: Instance[] = ports.map((port, i) => {
      const name = `app${i + 1}`;
      let child: ChildProcess | null = null;
      const env: NodeJS.ProcessEnv = {
        ...base,
        ...options.env,
        PORT: String(port),
        INSTANCE_NAME: name,
        REDIS_URL: redisUrl,
        REDIS_PREFIX: options.env?.REDIS_PREFIX ?? 'rekha',
        EDGE_PURGE_URL: `${edgeUrl}/`,
        // The edge compresses what it keeps (deploy/varnish/default.vcl): instances send plain bodies.
        APP_COMPRESSION: options.env?.APP_COMPRESSION ?? 'off',
        SITE_URL: edgeUrl,
        INTERNAL_ORIGIN: `http://127.0.0.1:${port}`,
        REVALIDATE_SECRET: revalidateSecret,
        METRICS_TOKEN: metricsToken,
        BETTER_AUTH_SECRET: authSecret,
        // Uploaded pictures: one folder every instance reads (a shared volume in a real deployment).
        MEDIA_DIR: mediaDir,
        // The edge is the only client: X-Forwarded-For from it names the reader (decision 0019).
        TRUSTED_PROXIES: 'loopback',
        AUTH_INSECURE_COOKIES: '1',
        NEXT_MANUAL_SIG_HANDLE: '1',
        // Long enough for the edge's probe (1 s interval, 2 of 3) to take the instance out first.
        SHUTDOWN_DRAIN_MS: options.env?.SHUTDOWN_DRAIN_MS ?? '2500',
      };
      const start = async () => {
        const out = fs.openSync(path.join(dir, `${name}.log`), 'a');
        child = spawn(
          process.execPath,
          [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', String(port), '-H', '127.0.0.1'],
          { cwd: root, env, stdio: ['ignore', out, out] },
        );
        await waitFor(name, httpOk(`http://127.0.0.1:${port}/healthz`));
      };
      return {
        name,
        port,
        url: `http://127.0.0.1:${port}`,
        start,
        kill: () => stopChild(child, 'SIGKILL'),
        stop: () => stopChild(child, 'SIGTERM'),
      };
    });
    for (const instance of instances) {
      await instance.start();
      stops.push(() => instance.stop());
      log(`${instance.name} on ${instance.url} (log: ${path.join(dir, `${instance.name}.log`)})`);
    }

    const varnishDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekha-varnish-'));
    fs.chmodSync(varnishDir, 0o755);
    const vclFile = path.join(varnishDir, 'cluster.vcl');
    fs.writeFileSync(vclFile, clusterVcl(ports));
    const varnishLog = fs.openSync(path.join(dir, 'varnish.log'), 'a');
    const varnish = spawn(
      'varnishd',
      [
        '-F',
        '-a',
        `127.0.0.1:${edgePort}`,
        '-f',
        vclFile,
        '-n',
        path.join(varnishDir, 'work'),
        '-s',
        'malloc,256m',
        '-p',
        'thread_pool_min=50',
      ],
      { stdio: ['ignore', varnishLog, varnishLog] },
    );
    stops.push(async () => {
      await stopChild(varnish, 'SIGTERM', 5000);
      fs.rmSync(varnishDir, { recursive: true, force: true });
    });
    await waitFor('Varnish', httpOk(`${edgeUrl}/be`));
    log(`Varnish (the edge) on ${edgeUrl}`);

    return {
      edgeUrl,
      instances,
      databaseUrl,
      redisUrl,
      revalidateSecret,
      metricsToken,
      postgres,
      redis,
      stop: stopAll,
    };
  } catch (e) {
    await stopAll();
    throw e;
  }
}

function pgliteRefusal() {
  return new ClusterRefused(
    'The embedded PGlite database belongs to one process: several instances cannot share it. ' +
      'Unset DATABASE_URL/PGLITE_DIR (the cluster then starts its own PostgreSQL) or point DATABASE_URL at PostgreSQL.',
  );
}
