// The live desk (decision 0033): one language version's live blog on a phone — the state, one short form to post
// an entry (the body editor of the article form), and the newest entries with pin / key event / remove.
import Link from 'next/link';
import { changeLiveEntryAction, liveCoverageAction, postLiveEntryAction } from '@/app/admin/_actions/live';
import { BodyEditor } from '@/components/admin/BodyEditor.client';
import { articleFormLabels } from '@/components/admin/articleFormLabels';
import { LiveCoverageForm, LiveStatusLine } from '@/components/admin/LivePanel';
import { Notice } from '@/components/admin/Notice';
import { getChoices } from '@/lib/admin/articles';
import { loadDeskPage, type DeskArticleProps } from '@/lib/admin/deskArticle';
import { deskLiveBlog } from '@/lib/admin/live';
import { localeConfig } from '@/lib/locales';
import { articlePath } from '@/lib/paths';
import { formatDateTime } from '@/lib/time/minsk';

const DONE = {
  posted: 'live.posted',
  changed: 'live.changed',
  started: 'live.started',
  ended: 'live.endedDone',
} as const;
const ERRORS = [
  'notLive',
  'required',
  'tooLong',
  'bodyInvalid',
  'bodyTooLong',
  'bodyTooDeep',
  'controlChars',
  'forbidden',
  'notFound',
  'unknown',
] as const;

export default async function LiveDeskPage(props: DeskArticleProps) {
  const { user, ui, t, sp, found: desk } = await loadDeskPage(props, (id, viewer) => deskLiveBlog(viewer, id));
  const { article, entries, mayRun, mayPost } = desk;
  const choices = mayPost ? await getChoices(ui, user) : null;
  const done = sp.done && sp.done in DONE ? t(DONE[sp.done as keyof typeof DONE]) : null;
  const error = (ERRORS as readonly string[]).includes(sp.error ?? '')
    ? t(`live.errors.${sp.error as (typeof ERRORS)[number]}`)
    : null;
  const { editorLabels } = articleFormLabels(t);
  const small = 'rounded border border-rule px-3 py-2 text-sm';
  return (
    <div className="grid max-w-xl gap-4" lang={localeConfig[article.locale].htmlLang}>
      <h1 className="text-xl font-black">
        {t('live.title')}: {article.title}
      </h1>
      <p className="flex flex-wrap gap-3 text-sm">
        <Link href={`/admin/articles/${article.id}`} className="underline">
          {t('live.back')}
        </Link>
        {article.status === 'PUBLISHED' ? (
          <a href={articlePath(article.locale, article.slug)} target="_blank" rel="noopener" className="underline">
            {t('live.viewOnSite')}
          </a>
        ) : null}
      </p>
      <LiveStatusLine t={t} ui={ui} state={article} />
      <Notice tone="done" testId="liveblog-done">
        {done}
      </Notice>
      <Notice tone="refused" testId="liveblog-error">
        {error}
      </Notice>
      {mayPost && article.liveStatus === 'LIVE' && choices ? (
        // A new form after each post (the key): the editor starts empty.
        <form
          key={entries[0]?.id ?? 'first'}
          action={postLiveEntryAction}
          className="grid gap-3 rounded border border-rule bg-white p-3"
          data-testid="liveblog-form"
        >
          <h2 className="font-bold">{t('live.newEntry')}</h2>
          <input type="hidden" name="articleId" value={article.id} />
          <label className="grid gap-1">
            <span className="text-sm font-semibold">{t('live.entryTitle')}</span>
            <input name="title" maxLength={200} className="rounded border border-rule px-2 py-2" />
          </label>
          <div className="grid gap-1">
            <span id="liveblog-body-label" className="text-sm font-semibold">
              {t('live.entryBody')}
            </span>
            <BodyEditor
              initialJson=""
              labels={editorLabels}
              labelledBy="liveblog-body-label"
              pictures={choices.media}
            />
          </div>
          {mayRun ? (
            <div className="flex flex-wrap gap-4 text-sm">
              <label className="flex items-center gap-2">
                <input type="checkbox" name="keyEvent" /> {t('live.keyEvent')}
              </label>
              <label className="flex items-center gap-2">
                <input type="checkbox" name="pinned" /> {t('live.pin')}
              </label>
            </div>
          ) : null}
          <button
            type="submit"
            data-testid="liveblog-post"
            className="rounded bg-ink px-4 py-3 text-lg font-bold text-white"
          >
            {t('live.post')}
          </button>
        </form>
      ) : null}
      {mayRun ? <LiveCoverageForm t={t} articleId={article.id} state={article} action={liveCoverageAction} /> : null}
      <section aria-labelledby="liveblog-entries" className="grid gap-2">
        <h2 id="liveblog-entries" className="font-bold">
          {t('live.entries')}
        </h2>
        <ol className="grid gap-2" data-testid="liveblog-entries">
          {entries.map((e) => (
            <li key={e.id} className="grid gap-2 rounded border border-rule bg-white p-2" data-entry={e.id}>
              <p className="text-sm">
                <time dateTime={e.publishedAt.toISOString()}>{formatDateTime(e.publishedAt, ui)}</time> · {e.authorName}
                {e.pinned ? <strong> · {t('live.pin')}</strong> : null}
                {e.keyEvent ? <strong> · {t('live.keyEvent')}</strong> : null}
              </p>
              {e.title ? <p className="font-semibold">{e.title}</p> : null}
              <p className="text-sm">{e.excerpt}</p>
              {mayRun ? (
                <form action={changeLiveEntryAction} className="flex flex-wrap gap-2">
                  <input type="hidden" name="articleId" value={article.id} />
                  <input type="hidden" name="entryId" value={e.id} />
                  <button type="submit" name="intent" value={e.pinned ? 'unpin' : 'pin'} className={small}>
                    {e.pinned ? t('live.unpin') : t('live.pin')}
                  </button>
                  <button type="submit" name="intent" value={e.keyEvent ? 'unkey' : 'key'} className={small}>
                    {e.keyEvent ? t('live.unKeyEvent') : t('live.keyEvent')}
                  </button>
                  <button type="submit" name="intent" value="delete" className={`${small} text-brand`}>
                    {t('live.delete')}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
