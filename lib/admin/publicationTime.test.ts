// The displayed publication time and the editor's states (decision 0026), on both databases: a past time
// publishes at once dated then, editors correct a published version's time (audited old → new), reader lists and
// feeds order by it, and each state accepts only the intents that make sense for it.
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { feedItems } from '@/lib/news/crawl';
import { getLatestNews } from '@/lib/news/queries';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { toNewsroomTime } from '@/lib/time/minsk';
import type { ArticleFormData } from './article-schema';
import { createStory, saveArticle, type ActorInfo } from './articles';
import { articleForm } from './testing/fixtures';

let n = 0;
const uid = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

describeOnDatabases('publication time and editor states', () => {
  const users = {} as Record<'author' | 'editor', ActorInfo>;
  let sectionId = '';
  const form = (over: Partial<ArticleFormData> = {}) =>
    articleForm(sectionId, { title: `Перанесеная навіна ${uid()}`, ...over });
  const row = (id: string) => db().article.findUniqueOrThrow({ where: { id } });
  const auditOf = async (id: string) =>
    (await db().auditLog.findMany({ where: { targetId: id }, orderBy: { id: 'asc' } })).map(
      (a) => `${a.action}${a.detail && a.action === 'set-publication-time' ? `: ${a.detail}` : ''}`,
    );

  beforeAll(async () => {
    for (const role of ['author', 'editor'] as const) {
      const u = await db().user.create({ data: { email: `pubtime-${role}-${uid()}@test.example`, name: role, role } });
      users[role] = { id: u.id, role, email: u.email };
    }
    sectionId = (await db().section.findFirstOrThrow({ orderBy: { position: 'asc' } })).id;
  });

  it('a story that ran on 5 September 2025 at 16:41 Minsk time is published at once, dated then, and audited', async () => {
    const done = await createStory(users.editor, 'be', form({ intent: 'schedule', scheduledFor: '5.09.2025, 16:41' }));
    if (!done.ok) throw new Error(JSON.stringify(done));
    expect(done.message).toBe('publish');
    const a = await row(done.articleId);
    expect([a.status, a.publishedAt?.toISOString(), a.scheduledFor]).toEqual([
      'PUBLISHED',
      '2025-09-05T13:41:00.000Z',
      null,
    ]);
    expect(toNewsroomTime(a.publishedAt!)).toBe('5.09.2025, 16:41');
    expect(await auditOf(done.articleId)).toEqual(['create', 'publish', 'set-publication-time: — → 5.09.2025, 16:41']);
    // Authors may schedule their own stories, but not into the past.
    expect(
      await createStory(users.author, 'be', form({ intent: 'schedule', scheduledFor: '5.09.2025, 16:41' })),
    ).toEqual({ ok: false, kind: 'invalid', errors: { scheduledFor: 'datePast' } });
    // Only the site's own form: no US order, no seconds.
    expect(
      await createStory(users.editor, 'be', form({ intent: 'schedule', scheduledFor: '09/05/2025, 4:41 PM' })),
    ).toEqual({ ok: false, kind: 'invalid', errors: { scheduledFor: 'dateInvalid' } });
  });

  it('a future time schedules as before; a scheduled version can be rescheduled, unscheduled or published now', async () => {
    const done = await createStory(users.author, 'be', form({ intent: 'schedule', scheduledFor: '1.01.2099, 10:00' }));
    if (!done.ok) throw new Error(JSON.stringify(done));
    expect([(await row(done.articleId)).status, (await row(done.articleId)).scheduledFor?.toISOString()]).toEqual([
      'SCHEDULED',
      '2099-01-01T07:00:00.000Z',
    ]);
    const moved = await saveArticle(
      users.author,
      done.articleId,
      form({ version: 1, intent: 'schedule', scheduledFor: '2.01.2099, 11:30' }),
    );
    expect(moved.ok).toBe(true);
    expect((await row(done.articleId)).scheduledFor?.toISOString()).toBe('2099-01-02T08:30:00.000Z');
    expect((await saveArticle(users.author, done.articleId, form({ version: 2, intent: 'unschedule' }))).ok).toBe(true);
    expect([(await row(done.articleId)).status, (await row(done.articleId)).scheduledFor]).toEqual(['DRAFT', null]);
    // Unscheduling a draft makes no sense: refused, nothing written.
    expect(await saveArticle(users.author, done.articleId, form({ version: 3, intent: 'unschedule' }))).toEqual({
      ok: false,
      kind: 'invalid',
      errors: { form: 'actionNotAvailable' },
    });
    expect((await row(done.articleId)).version).toBe(3);
  });

  it('a published version offers no "publish now" and no schedule, even to a hand-made request', async () => {
    const done = await createStory(users.editor, 'ru', form({ intent: 'publish' }));
    if (!done.ok) throw new Error(JSON.stringify(done));
    for (const intent of ['publish', 'schedule', 'unschedule'] as const)
      expect(
        await saveArticle(users.editor, done.articleId, form({ version: 1, intent, scheduledFor: '1.01.2099, 10:00' })),
      ).toEqual({ ok: false, kind: 'invalid', errors: { form: 'actionNotAvailable' } });
    const a = await row(done.articleId);
    expect([a.status, a.version, a.scheduledFor]).toEqual(['PUBLISHED', 1, null]);
  });

  it('an editor corrects a published version’s time (audited old → new), apart from “updated”; never into the future', async () => {
    const done = await createStory(users.editor, 'be', form({ intent: 'schedule', scheduledFor: '5.09.2025, 16:41' }));
    if (!done.ok) throw new Error(JSON.stringify(done));
    // The form posts the shown time back unchanged: nothing changes, nothing is audited for it.
    expect(
      (await saveArticle(users.editor, done.articleId, form({ version: 1, publishedAt: '5.09.2025, 16:41' }))).ok,
    ).toBe(true);
    expect((await row(done.articleId)).publishedAt?.toISOString()).toBe('2025-09-05T13:41:00.000Z');
    expect(
      (await saveArticle(users.editor, done.articleId, form({ version: 2, publishedAt: '4.09.2025, 9:05' }))).ok,
    ).toBe(true);
    const a = await row(done.articleId);
    expect(a.publishedAt?.toISOString()).toBe('2025-09-04T06:05:00.000Z');
    expect(a.contentUpdatedAt.getTime()).toBeGreaterThan(a.publishedAt!.getTime());
    expect((await auditOf(done.articleId)).filter((x) => x.startsWith('set-publication-time'))).toEqual([
      'set-publication-time: — → 5.09.2025, 16:41',
      'set-publication-time: 5.09.2025, 16:41 → 4.09.2025, 09:05',
    ]);
    expect(
      await saveArticle(users.editor, done.articleId, form({ version: 3, publishedAt: '1.01.2099, 10:00' })),
    ).toEqual({ ok: false, kind: 'invalid', errors: { publishedAt: 'dateFuture' } });
    expect(
      await saveArticle(
        users.editor,
        done.articleId,
        form({ version: 3, publishedAt: '3.09.2025, 10:00', intent: 'stage' }),
      ),
    ).toEqual({ ok: false, kind: 'invalid', errors: { publishedAt: 'publishedAtStaged' } });
    expect((await row(done.articleId)).publishedAt?.toISOString()).toBe('2025-09-04T06:05:00.000Z');
  });

  it('reader lists and feeds order by the displayed publication time, not by when the row was written', async () => {
    const now = new Date();
    const fresh = await createStory(users.editor, 'ru', form({ intent: 'publish' }), now);
    // Written after `fresh`, but it ran two hours earlier.
    const earlier = await createStory(
      users.editor,
      'ru',
      form({ intent: 'schedule', scheduledFor: toNewsroomTime(new Date(now.getTime() - 2 * 3600_000)) }),
      now,
    );
    if (!fresh.ok || !earlier.ok) throw new Error('not published');
    const later = new Date(now.getTime() + 1000);
    const latest = (await getLatestNews('ru', 500, later)).map((h) => h.id);
    expect(latest.indexOf(fresh.articleId)).toBeGreaterThanOrEqual(0);
    expect(latest.indexOf(earlier.articleId)).toBeGreaterThan(latest.indexOf(fresh.articleId));
    const feed = (await feedItems('ru', undefined, { limit: 500, now: later }))!.items.map((i) => i.id);
    expect(feed.indexOf(earlier.articleId)).toBeGreaterThan(feed.indexOf(fresh.articleId));
  });
});
