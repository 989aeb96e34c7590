// The "Live coverage" panel of the article editor (decision 0033): the live blog's state, start/end, and the way
// to the phone-friendly live desk (/admin/articles/{id}/live) where entries are posted and marked.
import type { AdminT } from '@/lib/admin/i18n';
import type { Locale } from '@/lib/locales';
import { formatDateTime } from '@/lib/time/minsk';

export type LiveState = { liveStatus: 'LIVE' | 'ENDED' | null; liveStartedAt: Date | null; liveEndedAt: Date | null };

export function LiveStatusLine({ t, ui, state }: { t: AdminT; ui: Locale; state: LiveState }) {
  return (
    <p data-testid="liveblog-status" data-status={state.liveStatus ?? 'NONE'} className="text-sm">
      {state.liveStatus === 'LIVE'
        ? t('live.statusLive', { time: state.liveStartedAt ? formatDateTime(state.liveStartedAt, ui) : '' })
        : state.liveStatus === 'ENDED'
          ? t('live.statusEnded', { time: state.liveEndedAt ? formatDateTime(state.liveEndedAt, ui) : '' })
          : t('live.statusNone')}
    </p>
  );
}

export function LiveCoverageForm({
  t,
  articleId,
  state,
  action,
}: {
  t: AdminT;
  articleId: string;
  state: LiveState;
  action: (form: FormData) => Promise<void>;
}) {
  const live = state.liveStatus === 'LIVE';
  return (
    <form action={action}>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="intent" value={live ? 'end' : 'start'} />
      <button
        type="submit"
        data-testid={live ? 'liveblog-end' : 'liveblog-start'}
        className="min-h-11 rounded border border-ink px-3 py-2 font-semibold"
      >
        {live ? t('live.end') : state.liveStatus === 'ENDED' ? t('live.resume') : t('live.start')}
      </button>
    </form>
  );
}

export function LivePanel({
  t,
  ui,
  articleId,
  state,
  published,
  mayRun,
  action,
}: {
  t: AdminT;
  ui: Locale;
  articleId: string;
  state: LiveState;
  published: boolean;
  mayRun: boolean;
  action: (form: FormData) => Promise<void>;
}) {
  return (
    <section
      id="liveblog"
      aria-labelledby="liveblog-title"
      className="grid gap-3 rounded border border-rule bg-white p-3"
      data-testid="liveblog-panel"
    >
      <h2 id="liveblog-title" className="text-lg font-bold">
        {t('live.title')}
      </h2>
      <LiveStatusLine t={t} ui={ui} state={state} />
      {!published ? <p className="text-sm text-muted">{t('live.notPublished')}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        {mayRun ? <LiveCoverageForm t={t} articleId={articleId} state={state} action={action} /> : null}
        {state.liveStatus ? (
          <a
            href={`/admin/articles/${encodeURIComponent(articleId)}/live`}
            className="underline"
            data-testid="liveblog-desk"
          >
            {t('live.open')}
          </a>
        ) : null}
      </div>
    </section>
  );
}
