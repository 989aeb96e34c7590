import Link from 'next/link';
import { deleteArticleAction, saveArticleAction } from '@/app/admin/_actions/articles';
import { saveImageTextsAction } from '@/app/admin/_actions/media';
import { ArticleForm } from '@/components/admin/ArticleForm.client';
import { articleFormLabels } from '@/components/admin/articleFormLabels';
import { ImageTextsForm } from '@/components/admin/ImageTextsForm';
import { ImageUploadForm } from '@/components/admin/ImageUploadForm';
import { Notice } from '@/components/admin/Notice';
import { SourcePanel } from '@/components/admin/SourcePanel';
import { correctionAction } from '@/app/admin/_actions/corrections';
import { previewLinkAction } from '@/app/admin/_actions/preview-links';
import { unpublishAction } from '@/app/admin/_actions/unpublish';
import { liveCoverageAction } from '@/app/admin/_actions/live';
import { LivePanel } from '@/components/admin/LivePanel';
import { deskLiveBlog } from '@/lib/admin/live';
import { CorrectionsPanel } from '@/components/admin/CorrectionsPanel';
import { PreviewLinksPanel } from '@/components/admin/PreviewLinksPanel';
import { UnpublishPanel } from '@/components/admin/UnpublishPanel';
import { listCorrectionHistory } from '@/lib/admin/corrections';
import { listLivePreviewLinks } from '@/lib/admin/preview-links';
import { getUnpublishSchedule } from '@/lib/admin/unpublish';
import { canScheduleUnpublish, canSharePreview, canWriteCorrections } from '@/lib/auth/roles';
import { absoluteUrl, previewLinkPath } from '@/lib/paths';
import { getChoices } from '@/lib/admin/articles';
import { loadDeskArticle, type DeskArticleProps } from '@/lib/admin/deskArticle';
import { atLeast, canChangeSharedFields, canDelete, canEdit, canPublish, isLiveStatus } from '@/lib/auth/roles';
import { localeConfig, locales } from '@/lib/locales';
import { formatDateTime, toNewsroomTime } from '@/lib/time/minsk';
import { sharedValues } from '@/lib/admin/form-state';
import { draftKey } from '@/lib/admin/localDraft';
import { articlePath } from '@/lib/paths';

const doneKey = {
  save: 'editor.saved',
  stage: 'editor.stagedDone',
  publish: 'editor.published',
  schedule: 'editor.scheduled',
  unpublish: 'editor.unpublished',
  submit: 'editor.submitted',
  confirm: 'editor.confirmed',
  restore: 'editor.restored',
  delete: 'editor.deleted',
} as const;

/** What the lifecycle panels' actions report after their redirect (`?lifecycle=…`), by panel. */
const lifecycleDone = {
  'correction-added': 'lifecycle.corrections.added',
  'correction-changed': 'lifecycle.corrections.changed',
  'correction-withdrawn': 'lifecycle.corrections.withdrawnDone',
  'link-created': 'lifecycle.previewLinks.created',
  'link-revoked': 'lifecycle.previewLinks.revoked',
  'unpublish-scheduled': 'lifecycle.unpublish.done',
  'unpublish-cancelled': 'lifecycle.unpublish.cancelled',
} as const;

export default async function EditArticlePage(props: DeskArticleProps) {
  const { user, ui, t, sp, article } = await loadDeskArticle(props);
  const choices = await getChoices(ui, user, article.story.mainMediaId);
  const story = article.story;
  const live = isLiveStatus(article.status);
  const mayEdit = canEdit(user, story, live);
  const mayPublish = canPublish(user, story);
  // Section, tags, authors and picture belong to the whole story; a live story's change only through its editors (decision 0020).
  const mayChangeShared = canChangeSharedFields(
    user,
    story,
    story.articles.some((a) => isLiveStatus(a.status)),
  );
  const done =
    sp.done && sp.done in doneKey ? t(doneKey[sp.done as keyof typeof doneKey], { version: article.version }) : null;
  const refused = sp.refused ? (sp.refused === 'forbidden' ? t('editor.forbidden') : t('editor.notFound')) : null;
  const source = article.translatedFrom && !article.translatedFrom.deletedAt ? article.translatedFrom : null;
  const language = localeConfig[article.locale].nativeName;
  // The live article in each language readers can see now: one click from the editor.
  const liveVersions = locales.flatMap((l) => story.articles.filter((a) => a.locale === l && a.status === 'PUBLISHED'));
  // Corrections, preview links, scheduled unpublish (decision 0028): each panel where the role may use it.
  const lifecycle = sp.lifecycle && sp.lifecycle in lifecycleDone ? (sp.lifecycle as keyof typeof lifecycleDone) : null;
  const doneFor = (prefix: string) => (lifecycle?.startsWith(prefix) ? t(lifecycleDone[lifecycle]) : null);
  const showCorrections = canWriteCorrections(user) && !article.deletedAt;
  const showLinks = canSharePreview(user, story) && !article.deletedAt;
  const showUnpublish = canScheduleUnpublish(user, story) && !article.deletedAt;
  // What each panel shares: the newsroom's words and language, the version it acts on.
  const panel = { t, ui, articleId: article.id };
  const [corrections, links, unpublishAt, liveBlog] = await Promise.all([
    showCorrections ? listCorrectionHistory(article.id) : [],
    showLinks ? listLivePreviewLinks(article.id) : [],
    showUnpublish ? getUnpublishSchedule(article.id) : null,
    article.deletedAt ? null : deskLiveBlog(user, article.id, 0),
  ]);

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-black">{t('editor.editTitle', { language })}</h1>
        <p className="flex flex-wrap gap-3 text-sm">
          <a href={`/admin/preview/${article.id}`} target="_blank" rel="noopener" className="underline">
            {t('editor.preview')}
          </a>
          {article.staged ? (
            <a href={`/admin/preview/${article.id}?staged=1`} target="_blank" rel="noopener" className="underline">
              {t('preview.staged')}
            </a>
          ) : null}
          <Link href={`/admin/articles/${article.id}/revisions`} className="underline">
            {t('editor.revisions')}
          </Link>
        </p>
      </div>
      <p className="text-sm" data-testid="article-status">
        {t('editor.status', { status: t(`status.${article.status}`) })} ·{' '}
        {t('editor.version', { version: article.version })}
        {article.status === 'PUBLISHED' && article.publishedAt ? (
          <> · {t('editor.publishedAt', { time: formatDateTime(article.publishedAt, ui) })}</>
        ) : null}
        {article.status === 'SCHEDULED' && article.scheduledFor ? (
          <> · {t('editor.scheduledAt', { time: formatDateTime(article.scheduledFor, ui) })}</>
        ) : null}
        {article.reviewRequestedAt && article.status !== 'PUBLISHED' ? <> · {t('status.inReview')}</> : null}
      </p>
      <nav aria-label={t('editor.translations')} className="flex flex-wrap gap-2 text-sm">
        {locales.map((l) => {
          const v = story.articles.find((a) => a.locale === l);
          if (v)
            return (
              <Link
                key={l}
                href={`/admin/articles/${v.id}`}
                aria-current={v.id === article.id ? 'page' : undefined}
                className="rounded border border-rule px-2 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-white"
              >
                {localeConfig[l].label}: {t(`status.${v.status}`)}
              </Link>
            );
          return (
            <Link
              key={l}
              href={`/admin/translate/${article.id}/${l}`}
              className="rounded border border-dashed border-rule px-2 py-1"
              data-testid={`translate-${l}`}
            >
              {t('list.translate', { language: localeConfig[l].nativeName })}
            </Link>
          );
        })}
      </nav>
      {liveVersions.length > 0 ? (
        <p className="flex flex-wrap gap-3 text-sm" data-testid="live-links">
          {t('editor.liveLinks')}
          {liveVersions.map((v) => (
            <a
              key={v.locale}
              href={articlePath(v.locale, v.slug)}
              target="_blank"
              rel="noopener"
              hrefLang={localeConfig[v.locale].htmlLang}
              className="underline"
              data-testid={`live-${v.locale}`}
            >
              {localeConfig[v.locale].nativeName}
            </a>
          ))}
        </p>
      ) : null}
      <Notice tone="done" testId="done-message">
        {done}
      </Notice>
      {sp.image ? (
        <Notice tone={sp.image === 'done' || sp.image === 'texts' ? 'done' : 'refused'} testId="image-message">
          {sp.image === 'texts'
            ? t('image.textsSaved')
            : sp.image === 'sharedLocked' || sp.image === 'pictureShared' || sp.image === 'controlChars'
              ? t(`errors.${sp.image}`)
              : t(
                  `image.${sp.image === 'alt' ? 'alt_missing' : ((['done', 'tooBig', 'notImage', 'unreadable', 'missing', 'forbidden'].includes(sp.image) ? sp.image : 'notImage') as 'done')}`,
                )}
        </Notice>
      ) : null}
      <Notice tone="refused">{refused}</Notice>
      <Notice tone="refused">{article.deletedAt ? t('editor.deletedNote') : null}</Notice>
      <Notice tone="warning" testId="stale-warning">
        {article.stale && source
          ? t('editor.staleWarning', { from: article.translatedFromVersion ?? 0, to: source.version })
          : null}
      </Notice>
      <Notice tone="note" testId="staged-note">
        {article.staged && article.status === 'PUBLISHED'
          ? t('editor.stagedNote', { time: formatDateTime(article.staged.createdAt, ui), update: t('editor.update') })
          : null}
      </Notice>
      <Notice tone="refused">{mayEdit ? null : t('editor.forbidden')}</Notice>
      {mayEdit && !article.deletedAt ? (
        <div className={source ? 'grid gap-6 lg:grid-cols-2' : ''}>
          {source ? (
            <SourcePanel
              heading={t('editor.source', {
                language: localeConfig[source.locale].nativeName,
                version: source.version,
              })}
              title={source.title}
              lede={source.lede}
              body={source.body as never}
              locale={source.locale}
            />
          ) : null}
          <div lang={localeConfig[article.locale].htmlLang}>
            <ArticleForm
              save={saveArticleAction}
              key={`${article.id}-${article.version}-${article.status}-${article.stagedRevisionId ?? ''}`}
              mode="edit"
              articleId={article.id}
              locale={article.locale}
              version={article.version}
              stagedId={article.stagedRevisionId ?? ''}
              initial={{
                ...(article.staged
                  ? {
                      title: article.staged.title,
                      lede: article.staged.lede,
                      slug: article.staged.slug,
                      body: JSON.stringify(article.staged.body),
                    }
                  : {
                      title: article.title,
                      lede: article.lede,
                      slug: article.slug,
                      body: JSON.stringify(article.body),
                    }),
                ...sharedValues(story),
                scheduledFor: article.scheduledFor ? toNewsroomTime(article.scheduledFor) : '',
                publishedAt: article.publishedAt ? toNewsroomTime(article.publishedAt) : '',
              }}
              choices={choices}
              situation={{
                status: article.status,
                mayPublish,
                isEditor: atLeast(user, 'editor'),
                stale: article.stale,
              }}
              draftKey={draftKey(user.id, `edit:${article.id}`)}
              afterSave={Boolean(sp.done)}
              {...articleFormLabels(t)}
            />
          </div>
        </div>
      ) : null}
      {mayEdit && mayChangeShared && !article.deletedAt && story.mainMedia ? (
        <ImageTextsForm articleId={article.id} media={story.mainMedia} t={t} save={saveImageTextsAction} />
      ) : null}
      {mayEdit && mayChangeShared && !article.deletedAt ? <ImageUploadForm articleId={article.id} t={t} /> : null}
      {mayEdit && !mayChangeShared && !article.deletedAt ? (
        <p role="note" className="rounded border border-rule bg-white p-3 text-sm" data-testid="shared-locked">
          {t('errors.sharedLockedNote')}
        </p>
      ) : null}
      {liveBlog && (liveBlog.mayRun || liveBlog.article.liveStatus) ? (
        <LivePanel
          t={t}
          ui={ui}
          articleId={article.id}
          state={liveBlog.article}
          published={article.status === 'PUBLISHED'}
          mayRun={liveBlog.mayRun}
          action={liveCoverageAction}
        />
      ) : null}
      {showCorrections ? (
        <CorrectionsPanel
          {...panel}
          published={article.status === 'PUBLISHED'}
          history={corrections}
          action={correctionAction}
          done={doneFor('correction-')}
        />
      ) : null}
      {showLinks ? (
        <PreviewLinksPanel
          {...panel}
          unpublished={article.status !== 'PUBLISHED'}
          links={links.map((l) => ({ ...l, url: absoluteUrl(previewLinkPath(article.locale, l.token)) }))}
          action={previewLinkAction}
          done={doneFor('link-')}
        />
      ) : null}
      {showUnpublish ? (
        <UnpublishPanel
          {...panel}
          live={live}
          unpublishAt={unpublishAt}
          action={unpublishAction}
          done={doneFor('unpublish-')}
        />
      ) : null}
      {canDelete(user, story) && !article.deletedAt ? (
        <form
          action={deleteArticleAction}
          className="flex flex-wrap items-center gap-3 border-t border-rule pt-4 text-sm"
        >
          <input type="hidden" name="articleId" value={article.id} />
          <label className="flex items-center gap-1">
            <input type="checkbox" name="confirm" value="yes" required />
            {t('editor.deleteConfirm')}
          </label>
          <button type="submit" className="rounded border border-brand px-3 py-1 text-brand">
            {t('editor.delete')}
          </button>
        </form>
      ) : null}
    </div>
  );
}
