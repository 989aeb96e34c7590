// The one door for newsroom writes (docs/decisions/0021-one-door-for-newsroom-writes.md). Every command in
// lib/admin (and the account writes in lib/auth) runs through `newsroomWrite`, which takes the steps in this
// order, so no caller can forget one:
//   1. permission: `allowed(actor)` — what needs no data; refused before anything is read;
//   2. transaction: `run(tx)` does the checks that need data and the writes; a refusal it returns rolls back
//      whatever it wrote;
//   3. audit: the entries `audit(done)` names, for the actor;
//   4. invalidation: the reader changes `changes(done)` names (lib/cache/tags.ts), dropped from the cache.
// Callers (server actions, route handlers) only parse, call the command and answer.
import { db, type Prisma } from '@/lib/db/client';
import { invalidate } from '@/lib/cache/invalidate';
import type { ReaderChange } from '@/lib/cache/tags';
import type { Actor } from '@/lib/auth/roles';
import { audit, type AuditAction } from './audit';

/** Who writes: the role decides what they may do; the email names them in the audit log. */
export interface DoorActor extends Actor {
  email: string;
}

/** One audit-log line of a command; who did it comes from the actor. */
export interface AuditEntry {
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  detail?: string;
}

type Done = { ok: true };
type Refusal = { ok: false };

export interface NewsroomWrite<D extends Done, R extends Refusal> {
  actor: DoorActor;
  /** The permission check that needs no data (the actor's role); `forbidden` is answered when it fails. */
  allowed?: (actor: DoorActor) => boolean;
  forbidden?: R;
  /** Checks that need the data, then the writes, all on `tx`. A refusal returned here undoes every write. */
  run: (tx: Prisma.TransactionClient) => Promise<D | R>;
  /** What the audit log records of a done write (nothing: `[]`). */
  audit: (done: D) => AuditEntry | AuditEntry[];
  /** What readers now see differently (nothing: `[]`). Read after the commit, outside the transaction. */
  changes: (done: D) => ReaderChange[] | Promise<ReaderChange[]>;
}

class RolledBack<R> extends Error {
  constructor(public refusal: R) {
    super('refused');
  }
}

export async function newsroomWrite<D extends Done, R extends Refusal>(write: NewsroomWrite<D, R>): Promise<D | R> {
  const { actor } = write;
  if (write.allowed && !write.allowed(actor)) {
    if (!write.forbidden) throw new Error('newsroomWrite: `allowed` needs a `forbidden` answer');
    return write.forbidden;
  }
  let done: D;
  try {
    done = await db().$transaction(async (tx) => {
      const result = await write.run(tx);
      if (!result.ok) throw new RolledBack(result);
      return result as D;
    });
  } catch (e) {
    if (e instanceof RolledBack) return e.refusal as R;
    throw e;
  }
  const entries = write.audit(done);
  for (const entry of Array.isArray(entries) ? entries : [entries])
    await audit({ userId: actor.id, actor: actor.email, ...entry });
  const changes = await write.changes(done);
  if (changes.length > 0) invalidate(...changes);
  return done;
}
