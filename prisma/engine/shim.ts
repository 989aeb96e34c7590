// A stand-in for Prisma's native `schema-engine` binary, so that the stock Prisma 7.10 CLI runs
// `migrate dev/deploy/status/reset/diff`, `db push` and `db seed` with nothing downloaded.
//
// The CLI spawns whatever PRISMA_SCHEMA_ENGINE_BINARY points at (prisma.config.ts sets it to
// ./schema-engine, which loads this file) and talks to it like to the binary:
//   - `schema-engine --datasource '{"url":…}' --datamodels <file>…`: JSON-RPC 2.0, one JSON object a
//     line on stdin/stdout. Method names equal those of the WebAssembly build of the same engine,
//     @prisma/schema-engine-wasm, and each call is forwarded to it, with a driver adapter for the
//     database: PGlite (embedded, data directory locked) or PostgreSQL (@prisma/adapter-pg).
//   - `schema-engine --datasource … cli can-connect-to-database|create-database|drop-database`:
//     one-shot sub-commands; errors are JSON log lines on stderr (target "schema_engine::logger",
//     fields.error_code, fields.message), exit code 1.
//   - `schema-engine --version`.
// Every line on stderr must be JSON: the CLI parses them. See docs/decisions/0001-database.md.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { createRequire } from 'node:module';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { parsePgliteUrl, redactUrl } from '../../lib/db/config';
import { acquirePgliteLock, PgliteLockedError } from '../../lib/db/pglite-lock';
import { openPglite, pgliteAdapterFactory, type OpenedPglite } from '../../lib/db/pglite';
import {
  databaseName,
  postgresAdapterFactory,
  quoteIdent,
  withClient,
  withDatabase,
  type PostgresFactory,
} from './postgres';

const require = createRequire(import.meta.url);
/** The engine commit this WASM build and Prisma 7.10.0 share. */
const ENGINE_HASH = '0edf323efd1d98336f3f0a68684b56f689b900d3';

// ---------------------------------------------------------------- stderr: JSON log lines only
function log(level: 'INFO' | 'WARN' | 'ERROR', message: string, extra: Record<string, unknown> = {}) {
  process.stderr.write(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level,
      fields: { message, ...extra },
      target: level === 'ERROR' ? 'schema_engine::logger' : 'schema_engine::shim',
    }) + '\n',
  );
}

// ---------------------------------------------------------------- arguments
interface Args {
  datasource: { url?: string; shadowDatabaseUrl?: string };
  datamodels: string[];
  cli?: string;
  version: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { datasource: {}, datamodels: [], version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--datasource') args.datasource = JSON.parse(argv[++i] ?? '{}');
    else if (a === '--datamodels') args.datamodels.push(argv[++i]);
    else if (a === '--enabled-preview-features' || a === '--extension-types')
      i++; // not used by this schema
    else if (a === '--version' || a === '-V') args.version = true;
    else if (a === 'cli') args.cli = argv[++i];
  }
  return args;
}

// ---------------------------------------------------------------- errors in the binary's shape
class UserFacingError extends Error {
  constructor(
    message: string,
    readonly errorCode?: string,
  ) {
    super(message);
  }
}

const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ECONNRESET', 'EAI_AGAIN']);

/** Map a pg connection error to the P10xx error the binary would report. */
function postgresConnectError(e: unknown, url: string): UserFacingError {
  const err = e as { code?: string; message?: string };
  const u = new URL(url);
  const at = `${u.hostname}:${u.port || 5432}`;
  if (err.code && NETWORK_ERRORS.has(err.code)) {
    return new UserFacingError(
      `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`,
      'P1001',
    );
  }
  if (err.code === '3D000') {
    return new UserFacingError(
      `Database \`${databaseName(url)}\` does not exist on the database server at \`${at}\`.`,
      'P1003',
    );
  }
  if (err.code === '28P01' || err.code === '28000') {
    return new UserFacingError(
      `Authentication failed against database server at \`${u.hostname}\`, the provided database credentials for \`${decodeURIComponent(u.username)}\` are not valid.`,
      'P1000',
    );
  }
  return new UserFacingError(err.message ?? String(e));
}

// ---------------------------------------------------------------- `cli <sub-command>`
async function runCliCommand(command: string, url: string): Promise<void> {
  const pgliteDir = parsePgliteUrl(url);
  if (pgliteDir) {
    // Fail early with the lock error when another process has the directory open (after the same
    // short grace period the engine itself waits: the previous command may still be closing it).
    acquirePgliteLock(pgliteDir, { purpose: `prisma CLI (${command})` }).release();
    if (command === 'can-connect-to-database') {
      if (!fs.existsSync(path.join(pgliteDir, 'PG_VERSION')) && !fs.existsSync(pgliteDir)) {
        throw new UserFacingError(
          `Database \`${path.basename(pgliteDir)}\` does not exist: no PGlite data directory at ${pgliteDir}.`,
          'P1003',
        );
      }
    } else if (command === 'create-database') {
      fs.mkdirSync(pgliteDir, { recursive: true }); // PGlite initialises an empty directory on first open
    } else if (command === 'drop-database') {
      fs.rmSync(pgliteDir, { recursive: true, force: true });
    } else {
      throw new UserFacingError(`Unknown schema-engine sub-command: ${command}`);
    }
    return;
  }
  if (!/^postgres(ql)?:\/\//i.test(url))
    throw new UserFacingError(
      `Unsupported datasource URL: ${redactUrl(url)} (this schema engine speaks PostgreSQL and PGlite only)`,
    );
  const name = databaseName(url);
  if (command === 'can-connect-to-database') {
    await withClient(url, (c) => c.query('SELECT 1')).catch((e) => {
      throw postgresConnectError(e, url);
    });
  } else if (command === 'create-database') {
    await withMaintenanceClient(url, async (c) => {
      try {
        await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } catch (e) {
        if ((e as { code?: string }).code !== '42P04') throw e; // already exists: fine
      }
    });
  } else if (command === 'drop-database') {
    await withMaintenanceClient(url, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    });
  } else {
    throw new UserFacingError(`Unknown schema-engine sub-command: ${command}`);
  }
}

/** A connection to the server's maintenance database, to create or drop the target database. */
async function withMaintenanceClient(url: string, fn: (c: import('pg').Client) => Promise<void>) {
  let lastError: unknown;
  for (const db of ['postgres', 'template1']) {
    try {
      return await withClient(withDatabase(url, db), fn);
    } catch (e) {
      lastError = e;
      if ((e as { code?: string }).code !== '3D000') break;
    }
  }
  throw postgresConnectError(lastError, url);
}

// ---------------------------------------------------------------- the WebAssembly engine
interface PanicRegistry {
  message: string | null;
  set_message(m: string): void;
}
const panics: PanicRegistry = {
  message: null,
  set_message(m: string) {
    this.message = m;
  },
};
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panics;

async function loadEngineModule(): Promise<typeof wasmBindings> {
  // The package's own entry imports the .wasm as an ES module, which Node 20 cannot do: instantiate it here.
  const wasmFile = path.join(
    path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
    'schema_engine_bg.wasm',
  );
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), {
    './schema_engine_bg.js': wasmBindings as unknown as WebAssembly.ModuleImports,
  });
  wasmBindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return wasmBindings;
}

interface Target {
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

function openTarget(datasource: Args['datasource']): Target {
  const url = datasource.url;
  if (!url) throw new UserFacingError('No datasource URL: set datasource.url in prisma.config.ts.');
  const pgliteDir = parsePgliteUrl(url);
  if (pgliteDir) {
    const opened: OpenedPglite = openPglite(pgliteDir, {
      purpose: `prisma ${process.env.npm_lifecycle_event ?? 'CLI'} (schema engine)`,
    });
    return { factory: pgliteAdapterFactory(opened.pglite), close: () => opened.close() };
  }
  if (!/^postgres(ql)?:\/\//i.test(url))
    throw new UserFacingError(
      `Unsupported datasource URL: ${redactUrl(url)} (this schema engine speaks PostgreSQL and PGlite only)`,
    );
  const factory: PostgresFactory = postgresAdapterFactory(url, datasource.shadowDatabaseUrl);
  return { factory, close: () => factory.cleanup() };
}

type RpcRequest = { jsonrpc: '2.0'; id: number | string; method: string; params?: Record<string, unknown> };
type RpcError = { code: number; message: string; data: Record<string, unknown> };

async function runRpc(args: Args) {
  const send = (msg: unknown) => process.stdout.write(JSON.stringify(msg) + '\n');
  let registry: { consumeError(id: number): { error: unknown } | undefined } | null = null;
  let target: Target | null = null;

  const engineReady = (async () => {
    const bindings = await loadEngineModule();
    target = openTarget(args.datasource);
    const bound = bindMigrationAwareSqlAdapterFactory(target.factory);
    registry = bound.errorRegistry as unknown as typeof registry;
    const datamodels = args.datamodels.length
      ? args.datamodels.map((file): [string, string] => [file, fs.readFileSync(file, 'utf8')])
      : undefined;
    const forwardLog = (line: unknown) => {
      const text = typeof line === 'string' ? line : JSON.stringify(line);
      try {
        JSON.parse(text);
        process.stderr.write(text.replace(/\n/g, ' ') + '\n');
      } catch {
        log('INFO', text);
      }
    };
    return (await bindings.SchemaEngine.new({ datamodels }, forwardLog, bound)) as SchemaEngine;
  })();
  engineReady.catch(() => {}); // reported per request below

  // The CLI answers our `print` requests (used for `migrate diff` output) on stdin.
  let nextPrintId = 1;
  const printAcks = new Map<number, () => void>();
  const print = (content: string) =>
    new Promise<void>((resolve) => {
      const id = nextPrintId++;
      printAcks.set(id, resolve);
      send({ jsonrpc: '2.0', id, method: 'print', params: { content } });
    });

  let diagnosed = false;
  const dispatch = async (method: string, params: Record<string, unknown> = {}) => {
    const engine = await engineReady;
    switch (method) {
      case 'getDatabaseVersion':
        return engine.version(params as never);
      case 'createDatabase': {
        const url = args.datasource.url ?? '';
        const dir = parsePgliteUrl(url);
        if (dir) return { databaseName: path.basename(dir) };
        await runCliCommand('create-database', url);
        return { databaseName: databaseName(url) };
      }
      case 'diff': {
        const { stdout, ...rest } = await engine.diff(params as never);
        if (stdout) await print(stdout.replace(/\n$/, ''));
        return rest;
      }
      case 'evaluateDataLoss':
        // The WASM build needs devDiagnostic first when the database has pending migrations.
        if (!diagnosed)
          await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters } as never);
        return engine.evaluateDataLoss(params as never);
      case 'devDiagnostic':
        diagnosed = true;
        return engine.devDiagnostic(params as never);
      case 'debugPanic':
        return engine.debugPanic();
      default: {
        const fn = (engine as unknown as Record<string, unknown>)[method];
        if (typeof fn !== 'function' || method === 'free' || method.startsWith('_')) {
          throw new UserFacingError(
            `The schema-engine shim does not support \`${method}\` (WebAssembly engine ${ENGINE_HASH}).`,
          );
        }
        return (fn as (p: unknown) => Promise<unknown>).call(engine, params);
      }
    }
  };

  const toRpcError = (e: unknown): RpcError => {
    const err = e as { code?: unknown; message?: string; meta?: unknown; name?: string };
    if (panics.message || e instanceof WebAssembly.RuntimeError) {
      const message = panics.message ?? err.message ?? String(e);
      panics.message = null;
      return { code: -32603, message, data: { is_panic: true, message, error: { message } } };
    }
    if (e instanceof UserFacingError) {
      return { code: 4466, message: e.message, data: { is_panic: false, message: e.message, error_code: e.errorCode } };
    }
    if (e instanceof PgliteLockedError) {
      return { code: 4466, message: e.message, data: { is_panic: false, message: e.message } };
    }
    if (typeof err.code === 'string' && /^P\d{4}$/.test(err.code)) {
      return {
        code: 4466,
        message: err.message ?? '',
        data: { is_panic: false, message: err.message, error_code: err.code, meta: err.meta },
      };
    }
    // Errors our own adapter code threw come back from the engine as "GenericJs" with an id.
    let message = err.message ?? String(e);
    const id = /GenericJs[^0-9]*(\d+)/.exec(message)?.[1];
    const original = id !== undefined ? registry?.consumeError(Number(id))?.error : undefined;
    if (original) message = `${message}\n${(original as Error).message ?? String(original)}`;
    return { code: 4466, message, data: { is_panic: false, message } };
  };

  let queue = Promise.resolve();
  let shuttingDown: Promise<void> | null = null;
  const shutdown = (code: number) => {
    shuttingDown ??= (async () => {
      // Let a running request finish (at most 10 s), then close the database and release the lock.
      await Promise.race([queue, new Promise((r) => setTimeout(r, 10_000).unref())]);
      try {
        await (target as Target | null)?.close();
      } catch (e) {
        log('WARN', `closing the database failed: ${(e as Error).message}`);
      }
      process.exit(code);
    })();
    return shuttingDown;
  };

  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (!line.trim()) return;
    let msg: RpcRequest | { id: number; result?: unknown; error?: unknown };
    try {
      msg = JSON.parse(line);
    } catch {
      log('WARN', `ignoring a line that is not JSON: ${line.slice(0, 200)}`);
      return;
    }
    if (!('method' in msg)) {
      printAcks.get(Number(msg.id))?.();
      printAcks.delete(Number(msg.id));
      return;
    }
    const req = msg;
    queue = queue.then(async () => {
      try {
        const result = await dispatch(req.method, req.params);
        send({ jsonrpc: '2.0', id: req.id, result: result === undefined ? {} : result });
      } catch (e) {
        if (!(e instanceof UserFacingError) && !(e instanceof PgliteLockedError)) {
          log('INFO', `${req.method} failed: ${(e as Error)?.stack ?? String(e)}`);
        }
        send({ jsonrpc: '2.0', id: req.id, error: toRpcError(e) });
      }
    });
  });
  rl.on('close', () => void shutdown(0));
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));
}

// ---------------------------------------------------------------- main
const args = parseArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${ENGINE_HASH}\n`);
} else if (args.cli) {
  log('INFO', `schema-engine shim: cli ${args.cli}`); // the CLI skips the first stderr line
  try {
    await runCliCommand(args.cli, args.datasource.url ?? '');
  } catch (e) {
    const code = e instanceof UserFacingError ? e.errorCode : undefined;
    log('ERROR', (e as Error).message ?? String(e), code ? { error_code: code } : {});
    process.exitCode = 1;
  }
} else {
  await runRpc(args);
}
