// Scheduled unpublish on real databases: the editor's commands, and the scheduler's flip with the same
// exactly-once guarantee as scheduled publishing (one flip, one audit entry, however many ticks race), after
// which the version is off every reader query and its URL answers 410.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { takeRevalidatedTags } from '@/lib/cache/testing/revalidations';
import { getArticle, getLatestNews } from '@/lib/news/queries';
import { resolveArticleUrl } from '@/lib/news/slugs';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { toNewsroomTime } from '@/lib/time/minsk';
import type { ActorInfo } from './articles';
import { makeUser, makeVersion } from './testing/lifecycle';
import { cancelUnpublish, scheduleUnpublish, unpublishDue } from './unpublish';

const auditCount = (articleId: string, action: string) =>
  db().auditLog.count({ where: { targetId: articleId, action } });

describeOnDatabases('scheduled unpublish', () => {
  let editor: ActorInfo;
  let contributor: ActorInfo;
  beforeAll(async () => {
    [editor, contributor] = [await makeUser('editor'), await makeUser('contributor')];
  });
  beforeEach(() => void takeRevalidatedTags());

  it('takes a published version off at its time, once, and its URL then answers 410', async () => {
    const now = new Date();
    const v = await makeVersion(editor, 'PUBLISHED', { now });
    const at = new Date(now.getTime() + 10 * 60_000);
    const scheduled = await scheduleUnpublish(editor, v.id, { at: toNewsroomTime(at, { seconds: true }) }, now);
    expect(scheduled.ok).toBe(true);
    // Readers see nothing different until the time comes.
    expect(takeRevalidatedTags()).toEqual([]);
    expect(await auditCount(v.id, 'unpublish-schedule')).toBe(1);

    expect(await unpublishDue(new Date(at.getTime() - 1000))).not.toContain(v.id);
    expect(await getArticle('be', v.slug, new Date(at.getTime() - 1000))).not.toBeNull();

    // Three ticks (several server processes) race at the time: exactly one flips it.
    const later = new Date(at.getTime() + 1000);
    const ticks = await Promise.all([unpublishDue(later), unpublishDue(later), unpublishDue(later)]);
    expect(ticks.flat().filter((id) => id === v.id)).toHaveLength(1);
    expect(await auditCount(v.id, 'unpublish')).toBe(1);

    const row = await db().article.findUniqueOrThrow({ where: { id: v.id } });
    expect(row).toMatchObject({ status: 'UNPUBLISHED', unpublishAt: null });
    expect(row.withdrawnAt?.getTime()).toBe(Math.floor(at.getTime() / 1000) * 1000);
    expect(await getArticle('be', v.slug, later)).toBeNull();
    expect((await getLatestNews('be', 50, later)).some((i) => i.id === v.id)).toBe(false);
    expect(await resolveArticleUrl('be', v.slug, later)).toEqual({ kind: 'gone' });
  });

  it('a cancelled or moved unpublish does not fire at the old time', async () => {
    const now = new Date();
    const v = await makeVersion(editor, 'PUBLISHED', { now });
    const at = new Date(now.getTime() + 60_000);
    expect((await scheduleUnpublish(editor, v.id, { at: toNewsroomTime(at, { seconds: true }) }, now)).ok).toBe(true);
    expect(await cancelUnpublish(editor, v.id)).toEqual({ ok: true, articleId: v.id, at: null });
    expect(await auditCount(v.id, 'unpublish-cancel')).toBe(1);
    expect(await unpublishDue(new Date(at.getTime() + 1000))).not.toContain(v.id);
    expect(await cancelUnpublish(editor, v.id)).toEqual({
      ok: false,
      kind: 'invalid',
      errors: { at: 'nothingScheduled' },
    });

    const moved = new Date(now.getTime() + 3 * 60_000);
    await scheduleUnpublish(editor, v.id, { at: toNewsroomTime(at, { seconds: true }) }, now);
    await scheduleUnpublish(editor, v.id, { at: toNewsroomTime(moved, { seconds: true }) }, now);
    expect(await unpublishDue(new Date(at.getTime() + 1000))).not.toContain(v.id);
    expect(await unpublishDue(new Date(moved.getTime() + 1000))).toContain(v.id);
  });

  it('a version unpublished by hand before its time is not touched again, and its schedule is cleared', async () => {
    const now = new Date();
    const v = await makeVersion(editor, 'PUBLISHED', { now });
    const at = new Date(now.getTime() + 60_000);
    await scheduleUnpublish(editor, v.id, { at: toNewsroomTime(at, { seconds: true }) }, now);
    await db().article.update({ where: { id: v.id }, data: { status: 'UNPUBLISHED' } });
    expect(await unpublishDue(new Date(at.getTime() + 1000))).not.toContain(v.id);
    expect(await db().article.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({
      unpublishAt: null,
      withdrawnAt: null,
    });
    expect(await auditCount(v.id, 'unpublish')).toBe(0);
    // Unpublished by hand: 404 as before, not 410.
    expect(await resolveArticleUrl('be', v.slug, at)).toEqual({ kind: 'missing' });
  });

  it('refuses past and malformed times, drafts, forged ids and those who may not publish', async () => {
    const now = new Date();
    const live = await makeVersion(editor, 'PUBLISHED', { now });
    const draft = await makeVersion(editor, 'DRAFT', { now });
    const future = toNewsroomTime(new Date(now.getTime() + 3600_000));
    const past = toNewsroomTime(new Date(now.getTime() - 60_000));
    expect(await scheduleUnpublish(editor, live.id, { at: past }, now)).toEqual({
      ok: false,
      kind: 'invalid',
      errors: { at: 'datePast' },
    });
    expect(await scheduleUnpublish(editor, live.id, { at: '31.02.2030' }, now)).toMatchObject({ kind: 'invalid' });
    // One way to type a time (decision 0035): the browser's datetime-local form is refused, as is markup.
    for (const at of ['2030-01-01T10:00', '01/01/2030, 10:00 AM', '"><script>alert(1)</script>'])
      expect(await scheduleUnpublish(editor, live.id, { at }, now), at).toMatchObject({
        errors: { at: 'dateInvalid' },
      });
    expect(await scheduleUnpublish(editor, live.id, { at: '' }, now)).toMatchObject({ errors: { at: 'required' } });
    expect(await scheduleUnpublish(editor, draft.id, { at: future }, now)).toMatchObject({ errors: { at: 'notLive' } });
    expect(await scheduleUnpublish(editor, 'forged', { at: future }, now)).toEqual({ ok: false, kind: 'notFound' });
    const own = await makeVersion(contributor, 'PUBLISHED', { now });
    expect(await scheduleUnpublish(contributor, own.id, { at: future }, now)).toEqual({
      ok: false,
      kind: 'forbidden',
    });
    const scheduled = await makeVersion(editor, 'SCHEDULED', { now });
    expect(await scheduleUnpublish(editor, scheduled.id, { at: future }, now)).toMatchObject({
      errors: { at: 'beforePublication' },
    });
    const rows = await db().article.findMany({ where: { id: { in: [live.id, draft.id, own.id] } } });
    expect(rows.every((r) => r.unpublishAt === null)).toBe(true);
  });
});
