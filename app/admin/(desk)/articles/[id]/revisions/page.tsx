import Link from 'next/link';
import { restoreRevisionAction } from '@/app/admin/_actions/articles';
import { listRevisions } from '@/lib/admin/articles';
import { loadDeskArticle, type DeskArticleProps } from '@/lib/admin/deskArticle';
import { diffLines, revisionLines } from '@/lib/admin/diff';
import { canEdit, isLiveStatus } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/time/minsk';

export default async function RevisionsPage(props: DeskArticleProps) {
  const { user, ui, t, id, sp, article } = await loadDeskArticle(props);
  const revisions = (await listRevisions(id, user)) ?? [];
  const live = isLiveStatus(article.status);
  const mayRestore = canEdit(user, article.story, live) && !article.deletedAt;
  const from = revisions.find((r) => r.id === sp.from) ?? revisions[1];
  const to = revisions.find((r) => r.id === sp.to) ?? revisions[0];
  const diff = from && to ? diffLines(revisionLines(from), revisionLines(to)) : [];
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-black">{t('revisions.title', { title: article.title })}</h1>
      <p>
        <Link href={`/admin/articles/${id}`} className="underline">
          {t('revisions.back')}
        </Link>
      </p>
      {sp.refused ? (
        <p role="alert" className="rounded border border-brand bg-red-50 p-3">
          {t('editor.forbidden')}
        </p>
      ) : null}
      {revisions.length > 1 ? (
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
          {(['from', 'to'] as const).map((k) => (
            <label key={k} className="grid gap-1">
              {t(`revisions.${k}`)}
              <select
                name={k}
                defaultValue={(k === 'from' ? from : to)?.id}
                className="rounded border border-rule px-2 py-1"
              >
                {revisions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {t('revisions.version', { version: r.version })}
                    {r.staged ? ` (${t('revisions.staged')})` : ''}
                  </option>
                ))}
              </select>
            </label>
          ))}
          <button type="submit" className="rounded bg-ink px-3 py-1 text-white">
            {t('revisions.compare')}
          </button>
        </form>
      ) : null}
      {from && to && from.id !== to.id ? (
        <section className="grid gap-2" data-testid="diff">
          <h2 className="font-semibold">{t('revisions.diffTitle', { from: from.version, to: to.version })}</h2>
          {diff.every((d) => d.op === 'same') ? <p>{t('revisions.same')}</p> : null}
          <div className="overflow-x-auto rounded border border-rule bg-white p-2 font-mono text-sm">
            {diff.map((d, i) =>
              d.op === 'same' ? (
                <p key={i} className="whitespace-pre-wrap text-muted">
                  {'  '}
                  {d.text}
                </p>
              ) : d.op === 'add' ? (
                <ins
                  key={i}
                  className="block whitespace-pre-wrap bg-green-100 no-underline"
                  aria-label={t('revisions.added')}
                >
                  + {d.text}
                </ins>
              ) : (
                <del key={i} className="block whitespace-pre-wrap bg-red-100" aria-label={t('revisions.removed')}>
                  - {d.text}
                </del>
              ),
            )}
          </div>
        </section>
      ) : null}
      <ol className="grid gap-2" data-testid="revision-list">
        {revisions.map((r) => (
          <li
            key={r.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded border border-rule bg-white p-3"
          >
            <div>
              <p className="font-semibold">
                {t('revisions.version', { version: r.version })}
                {r.staged ? <span className="ms-2 text-sm text-blue-800">({t('revisions.staged')})</span> : null}
                {r.version === article.version && !r.staged ? (
                  <span className="ms-2 text-sm text-muted">({t('revisions.current')})</span>
                ) : null}
              </p>
              <p className="text-sm">{r.title}</p>
              <p className="text-xs text-muted">
                {t('revisions.by', {
                  who: r.user ? r.user.name || r.user.email : '—',
                  time: formatDateTime(r.createdAt, ui),
                })}
              </p>
            </div>
            {mayRestore && (r.version !== article.version || r.staged) ? (
              <form action={restoreRevisionAction}>
                <input type="hidden" name="articleId" value={id} />
                <input type="hidden" name="revisionId" value={r.id} />
                <input type="hidden" name="version" value={article.version} />
                <button
                  type="submit"
                  className="rounded border border-ink px-3 py-1 text-sm"
                  data-testid={`restore-${r.version}`}
                >
                  {t('revisions.restore')}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
