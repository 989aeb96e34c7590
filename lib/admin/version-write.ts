// A lifecycle write on one language version named by a form (decision 0028: preview links, scheduled unpublish),
// through the door (decision 0021). The version is looked up once, the same way for each command: missing,
// deleted or hidden from the actor reads as not found (a forged id learns nothing); without the command's
// permission, forbidden. Nothing readers see changes at the time of the write.
import type { Prisma } from '@/lib/db/client';
import { type Actor, canRead, type StoryOwnership } from '@/lib/auth/roles';
import type { ActorInfo } from './articles';
import { newsroomWrite, type AuditEntry } from './door';
import { formId } from './lifecycle-form';

const versionSelect = {
  id: true,
  status: true,
  deletedAt: true,
  scheduledFor: true,
  unpublishAt: true,
  story: { select: { createdById: true } },
} as const;

export type LifecycleVersion = Prisma.ArticleGetPayload<{ select: typeof versionSelect }>;
type Missing = { ok: false; kind: 'forbidden' | 'notFound' };

export function versionWrite<D extends { ok: true }, R extends { ok: false }>({
  actor,
  articleId,
  may,
  run,
  audit,
}: {
  actor: ActorInfo;
  /** As the form sent it. */
  articleId: string;
  /** The command's permission on the version's story. */
  may: (actor: Actor, story: StoryOwnership) => boolean;
  run: (tx: Prisma.TransactionClient, version: LifecycleVersion) => Promise<D | R | Missing>;
  audit: (done: D) => AuditEntry;
}): Promise<D | R | Missing> {
  return newsroomWrite<D, R | Missing>({
    actor,
    run: async (tx) => {
      const a = await tx.article.findUnique({
        where: { id: formId.safeParse(articleId).success ? articleId : '' },
        select: versionSelect,
      });
      if (!a || a.deletedAt || !canRead(actor, a.story, a.status)) return { ok: false, kind: 'notFound' };
      if (!may(actor, a.story)) return { ok: false, kind: 'forbidden' };
      return run(tx, a);
    },
    audit,
    changes: () => [],
  });
}
