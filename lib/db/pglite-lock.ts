// An exclusive lock on a PGlite data directory. PGlite has no server: two processes that open one
// directory each think they own it, and writes are lost (measured, see ../../docs/decisions/0001-database.md).
// Whoever opens the directory — the app server, the schema-engine shim, the seed, any script —
// takes this lock first. The lock is a file next to the directory (`<dir>.lock`) holding the
// owner's pid; a lock whose process is gone (killed with -9, crashed) is stale and taken over.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface LockInfo {
  pid: number;
  hostname: string;
  /** Process start time from /proc (Linux), to tell a live owner from a recycled pid. */
  startTime: string | null;
  purpose: string;
  command: string;
  createdAt: string;
  token: string;
}

export interface PgliteLock {
  readonly dir: string;
  readonly file: string;
  release(): void;
}

export class PgliteLockedError extends Error {
  readonly code = 'PGLITE_LOCKED';
  constructor(
    readonly dir: string,
    readonly file: string,
    readonly owner: LockInfo | null,
    reason?: string,
  ) {
    const who = owner
      ? `process ${owner.pid}${owner.hostname !== os.hostname() ? ` on host ${owner.hostname}` : ''} ` +
        `(${owner.purpose}: ${owner.command}, since ${owner.createdAt})`
      : 'another process';
    super(
      `The PGlite database in ${dir} is already open in ${who}${reason ? ` ${reason}` : ''}. ` +
        'PGlite allows only one process at a time: stop the app server (next dev / next start) or the other ' +
        'command first, then run this again — or use PostgreSQL by setting DATABASE_URL=postgresql://… . ' +
        `If no such process is running any more, delete ${file}.`,
    );
    this.name = 'PgliteLockedError';
  }
}

/** The lock file for a data directory: a sibling, so the directory itself stays PGlite's alone. */
export function lockFileFor(dir: string): string {
  return `${path.resolve(dir).replace(/[\\/]+$/, '')}.lock`;
}

// Locks held by this process, shared by every copy of this module (bundlers may load it twice).
const HELD_KEY = Symbol.for('rekha.pgliteLocks');
type Held = Map<string, { file: string; token: string }>;
function held(): Held {
  const g = globalThis as Record<symbol, unknown>;
  if (!g[HELD_KEY]) {
    const map: Held = new Map();
    g[HELD_KEY] = map;
    // Synchronous, so it also runs on process.exit() and after uncaught errors.
    process.on('exit', () => {
      for (const [, h] of map) removeIfOurs(h.file, h.token);
      map.clear();
    });
  }
  return g[HELD_KEY] as Held;
}

function processStartTime(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name (field 2) may contain spaces, so split after ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** 'alive', 'dead', or 'unknown' (another host: we cannot tell). */
function ownerState(info: LockInfo): 'alive' | 'dead' | 'unknown' {
  if (info.hostname !== os.hostname()) return 'unknown';
  try {
    process.kill(info.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ESRCH') return 'dead';
    // EPERM: exists but belongs to another user — alive.
  }
  if (info.startTime) {
    const now = processStartTime(info.pid);
    if (now !== null && now !== info.startTime) return 'dead'; // pid recycled by an unrelated process
  }
  return 'alive';
}

function readLock(file: string): LockInfo | null | 'missing' {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw e;
  }
  try {
    const info = JSON.parse(text) as LockInfo;
    return typeof info.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

function removeIfOurs(file: string, token: string) {
  try {
    const info = readLock(file);
    if (info && info !== 'missing' && info.token === token) fs.unlinkSync(file);
  } catch {
    // best effort: a lock we cannot remove is stale once we are gone
  }
}

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export interface AcquireOptions {
  /** What this process is, for the error another opener sees (e.g. "app server", "prisma migrate"). */
  purpose: string;
  /**
   * How long to wait for a live owner to let go before failing (default 3 s, PGLITE_LOCK_WAIT_MS).
   * A short wait covers the moment between one CLI command ending and the next starting (the
   * shim closes PGlite after replying).
   */
  waitMs?: number;
}

/** 3 s, or PGLITE_LOCK_WAIT_MS (tests shorten it). */
function defaultWaitMs(): number {
  const ms = Number(process.env.PGLITE_LOCK_WAIT_MS);
  return Number.isFinite(ms) && ms >= 0 ? ms : 3000;
}

/**
 * Take the lock on `dir` or throw PgliteLockedError. Synchronous (so `db()` can stay synchronous);
 * the lock is released by `release()` or, at the latest, when the process exits.
 */
export function acquirePgliteLock(dir: string, { purpose, waitMs = defaultWaitMs() }: AcquireOptions): PgliteLock {
  const abs = path.resolve(dir);
  const file = lockFileFor(abs);
  const locks = held();
  if (locks.has(abs)) {
    throw new PgliteLockedError(abs, file, readLockSafe(file), '(this same process opened it already)');
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const token = crypto.randomUUID();
  const info: LockInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    startTime: processStartTime(process.pid),
    purpose,
    command: [path.basename(process.argv[0] ?? 'node'), ...process.argv.slice(1, 3).map((a) => path.basename(a))].join(
      ' ',
    ),
    createdAt: new Date().toISOString(),
    token,
  };
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      // 'wx' = O_CREAT|O_EXCL: atomic, exactly one creator wins.
      const fd = fs.openSync(file, 'wx', 0o644);
      try {
        fs.writeSync(fd, JSON.stringify(info, null, 2) + '\n');
      } finally {
        fs.closeSync(fd);
      }
      locks.set(abs, { file, token });
      let released = false;
      return {
        dir: abs,
        file,
        release() {
          if (released) return;
          released = true;
          removeIfOurs(file, token);
          locks.delete(abs);
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }

    const owner = readLock(file);
    if (owner === 'missing') continue; // released just now: try again
    let state: 'alive' | 'dead' | 'unknown';
    if (owner === null) {
      // Unreadable: a creator between open and write, or garbage. Young files get the benefit of the doubt.
      const age = Date.now() - (statMtime(file) ?? 0);
      state = age < 2000 ? 'alive' : 'dead';
    } else {
      state = ownerState(owner);
    }
    if (state === 'dead') {
      breakStaleLock(file, owner);
      continue;
    }
    if (Date.now() >= deadline) throw new PgliteLockedError(abs, file, owner);
    sleepSync(100);
  }
}

function readLockSafe(file: string): LockInfo | null {
  const info = readLock(file);
  return info === 'missing' ? null : info;
}

function statMtime(file: string): number | null {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Remove a stale lock without ever removing a live one: move it aside atomically (only one
 * contender can move a given file), then check that what we moved is the stale lock we saw.
 */
function breakStaleLock(file: string, seen: LockInfo | null) {
  const aside = `${file}.stale-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw e;
  }
  const moved = readLock(aside);
  const isSame = seen === null ? moved === null : moved !== 'missing' && moved?.token === seen.token;
  if (!isSame && moved && moved !== 'missing' && ownerState(moved) !== 'dead') {
    // Another contender replaced the stale lock with a live one in between: put it back.
    try {
      fs.linkSync(aside, file);
    } catch {
      // someone holds `file` again; the live owner's lock is what matters and that one is in place
    }
  }
  fs.rmSync(aside, { force: true });
}
