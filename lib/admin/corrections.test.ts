// Correction notices on real databases: what readers see (article, JSON-LD, corrections page), what the history
// keeps, what each write drops from the cache and records in the audit log, and what is refused.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { takeRevalidatedTags } from '@/lib/cache/testing/revalidations';
import { getCorrectionsPage, latestCorrectionAt } from '@/lib/news/corrections';
import { getArticle } from '@/lib/news/queries';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import { articleJsonLd } from '@/lib/seo/jsonld';
import { isoWithOffset, toNewsroomTime } from '@/lib/time/minsk';
import type { ActorInfo } from './articles';
import { addCorrection, editCorrection, listCorrectionHistory, withdrawCorrection } from './corrections';
import { makeUser, makeVersion } from './testing/lifecycle';

const sorted = (tags: string[]) => [...new Set(tags)].sort();
const auditOf = (articleId: string, action: string) =>
  db().auditLog.findMany({ where: { targetId: articleId, action }, select: { actor: true, detail: true } });

describeOnDatabases('correction notices', () => {
  let editor: ActorInfo;
  let author: ActorInfo;
  beforeAll(async () => {
    [editor, author] = [await makeUser('editor'), await makeUser('author')];
  });
  beforeEach(() => void takeRevalidatedTags());

  it('a notice on a published version shows on the article, in its JSON-LD and on the corrections page', async () => {
    const v = await makeVersion(editor, 'PUBLISHED');
    const at = new Date(Date.now() - 60_000);
    const added = await addCorrection(editor, v.id, {
      text: '  Раней мы памылкова\nназвалі дату.  ',
      at: toNewsroomTime(at, { seconds: true }),
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(sorted(takeRevalidatedTags())).toEqual(['corrections:be', 'lang:be', `story:${v.storyId}`]);
    expect(await auditOf(v.id, 'correction-add')).toEqual([
      { actor: editor.email, detail: 'Раней мы памылкова назвалі дату.' },
    ]);

    const article = await getArticle('be', v.slug);
    // The form's time has whole seconds.
    const second = new Date(Math.floor(at.getTime() / 1000) * 1000);
    expect(article?.corrections).toEqual([{ text: 'Раней мы памылкова назвалі дату.', at: second }]);
    const [news] = articleJsonLd(article!);
    expect(news.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Раней мы памылкова назвалі дату.', datePublished: isoWithOffset(second) },
    ]);
    const page = await getCorrectionsPage('be');
    expect(page.items[0]).toMatchObject({
      id: added.correctionId,
      slug: v.slug,
      text: 'Раней мы памылкова назвалі дату.',
    });
    expect(await latestCorrectionAt('be')).toEqual(second);
    // Not in another language's list.
    expect((await getCorrectionsPage('en')).items.some((i) => i.id === added.correctionId)).toBe(false);
  });

  it('a changed text supersedes the notice and a withdrawal ends it; the history keeps all of them', async () => {
    const v = await makeVersion(editor, 'PUBLISHED');
    const first = await addCorrection(editor, v.id, { text: 'Першы тэкст.', at: '' });
    if (!first.ok) throw new Error(JSON.stringify(first));
    const second = await editCorrection(editor, first.correctionId, { text: 'Другі тэкст.', at: '' });
    if (!second.ok) throw new Error(JSON.stringify(second));
    expect((await getArticle('be', v.slug))?.corrections?.map((c) => c.text)).toEqual(['Другі тэкст.']);
    expect(await auditOf(v.id, 'correction-edit')).toEqual([
      { actor: editor.email, detail: 'Першы тэкст. → Другі тэкст.' },
    ]);
    // The old notice cannot be changed again: it is history.
    expect(await editCorrection(editor, first.correctionId, { text: 'Трэці.', at: '' })).toEqual({
      ok: false,
      kind: 'notFound',
    });

    takeRevalidatedTags();
    const withdrawn = await withdrawCorrection(editor, second.correctionId);
    expect(withdrawn.ok).toBe(true);
    expect(sorted(takeRevalidatedTags())).toEqual(['corrections:be', 'lang:be', `story:${v.storyId}`]);
    expect((await getArticle('be', v.slug))?.corrections).toEqual([]);
    expect((await getCorrectionsPage('be')).items.some((i) => i.id === second.correctionId)).toBe(false);
    expect(await withdrawCorrection(editor, second.correctionId)).toEqual({ ok: false, kind: 'notFound' });

    const history = await listCorrectionHistory(v.id);
    expect(history.map((h) => [h.text, h.endReason, h.endedAt !== null])).toEqual([
      ['Другі тэкст.', 'withdrawn', true],
      ['Першы тэкст.', 'edited', true],
    ]);
    expect(history[0].supersedesId).toBe(first.correctionId);
  });

  it('two editors changing one notice at once: one wins, the other is told it changed', async () => {
    const v = await makeVersion(editor, 'PUBLISHED');
    const c = await addCorrection(editor, v.id, { text: 'Адзін.', at: '' });
    if (!c.ok) throw new Error('add');
    const results = await Promise.all([
      editCorrection(editor, c.correctionId, { text: 'Два.', at: '' }),
      editCorrection(editor, c.correctionId, { text: 'Тры.', at: '' }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db().correction.count({ where: { articleId: v.id, endedAt: null } })).toBe(1);
  });

  it('refuses notices on versions readers cannot see, bad times and bad text, recording and dropping nothing', async () => {
    const draft = await makeVersion(editor, 'DRAFT');
    const live = await makeVersion(editor, 'PUBLISHED');
    const now = new Date();
    const cases: [string, Parameters<typeof addCorrection>[2], unknown][] = [
      [draft.id, { text: 'Тэкст.', at: '' }, { ok: false, kind: 'notFound' }],
      ['forged-id', { text: 'Тэкст.', at: '' }, { ok: false, kind: 'notFound' }],
      [live.id, { text: '   ', at: '' }, { ok: false, kind: 'invalid', errors: { text: 'required' } }],
      [live.id, { text: 'x'.repeat(1001), at: '' }, { ok: false, kind: 'invalid', errors: { text: 'tooLong' } }],
      [live.id, { text: 'a\u0000b', at: '' }, { ok: false, kind: 'invalid', errors: { text: 'controlChars' } }],
      [live.id, { text: 'Тэкст.', at: 'учора' }, { ok: false, kind: 'invalid', errors: { at: 'dateInvalid' } }],
      // One way to type a time (decision 0035): the browser's datetime-local form and markup are refused alike.
      [
        live.id,
        { text: 'Тэкст.', at: '2026-01-01T10:00' },
        { ok: false, kind: 'invalid', errors: { at: 'dateInvalid' } },
      ],
      [
        live.id,
        { text: 'Тэкст.', at: '<img src=x onerror=alert(1)>' },
        { ok: false, kind: 'invalid', errors: { at: 'dateInvalid' } },
      ],
      [
        live.id,
        { text: 'Тэкст.', at: toNewsroomTime(new Date(now.getTime() + 3600_000)) },
        { ok: false, kind: 'invalid', errors: { at: 'dateFuture' } },
      ],
      [
        live.id,
        { text: 'Тэкст.', at: toNewsroomTime(new Date(now.getTime() - 2 * 3600_000)) },
        { ok: false, kind: 'invalid', errors: { at: 'beforePublished' } },
      ],
    ];
    for (const [id, input, answer] of cases) {
      expect(await addCorrection(editor, id, input, now), JSON.stringify(input)).toEqual(answer);
    }
    // Authors may not write corrections, even on their own stories.
    const own = await makeVersion(author, 'PUBLISHED');
    expect(await addCorrection(author, own.id, { text: 'Тэкст.', at: '' })).toEqual({ ok: false, kind: 'forbidden' });
    expect(takeRevalidatedTags()).toEqual([]);
    expect(await db().correction.count({ where: { articleId: { in: [draft.id, live.id, own.id] } } })).toBe(0);
  });

  it('a notice on a version taken off the site leaves the corrections page', async () => {
    const v = await makeVersion(editor, 'PUBLISHED');
    const c = await addCorrection(editor, v.id, { text: 'Схаваецца.', at: '' });
    if (!c.ok) throw new Error('add');
    await db().article.update({ where: { id: v.id }, data: { status: 'UNPUBLISHED' } });
    expect((await getCorrectionsPage('be')).items.some((i) => i.id === c.correctionId)).toBe(false);
  });
});
