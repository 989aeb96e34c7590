// The scheduler with several app instances: each runs the tick, one at a time does the work (an advisory lock),
// so a scheduled version goes live once with one audit entry. On PGlite and PostgreSQL.
import pg from 'pg';
import { expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createDraftBeside, publishedArticleIds } from '@/lib/news/testing/articles';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { SCHEDULER_LOCK_KEY, schedulerTick } from './scheduler';

async function dueVersion(): Promise<string> {
  const [beside] = await publishedArticleIds(1);
  const id = await createDraftBeside(beside);
  await db().article.update({
    where: { id },
    data: { status: 'SCHEDULED', scheduledFor: new Date(Date.now() - 1000) },
  });
  return id;
}

describeOnDatabases('scheduler across instances', (database) => {
  it('publishes a due version once when two instances tick at the same moment', async () => {
    const id = await dueVersion();
    const since = new Date(Date.now() - 60_000);
    const [a, b] = await Promise.all([schedulerTick(since), schedulerTick(since)]);
    const published = [...(a?.published ?? []), ...(b?.published ?? [])];
    expect(published).toEqual([id]);
    const audits = await db().auditLog.count({ where: { targetId: id, action: 'publish' } });
    expect(audits).toBe(1);
    expect((await db().article.findUniqueOrThrow({ where: { id } })).status).toBe('PUBLISHED');
  });

  it('skips the tick while another instance holds the lock', async () => {
    const config = database().config;
    if (config.kind !== 'postgres') return; // one connection: PGlite has no second instance
    const id = await dueVersion();
    const other = new pg.Client({ connectionString: config.url });
    await other.connect();
    await other.query('BEGIN');
    await other.query('SELECT pg_advisory_xact_lock($1::bigint)', [SCHEDULER_LOCK_KEY]);
    expect(await schedulerTick(new Date(Date.now() - 60_000))).toBeNull();
    expect((await db().article.findUniqueOrThrow({ where: { id } })).status).toBe('SCHEDULED');
    await other.query('COMMIT');
    await other.end();
    expect((await schedulerTick(new Date()))?.published).toEqual([id]);
  });
});
