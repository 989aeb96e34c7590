import { LifecycleForm } from '@/components/admin/LifecycleForm.client';
import { Timestamp } from '@/components/time/Timestamp';
import type { AdminT } from '@/lib/admin/i18n';
import type { LifecycleFormState } from '@/lib/admin/lifecycle-form';
import type { Locale } from '@/lib/locales';
import { toNewsroomTime } from '@/lib/time/minsk';

type Action = (prev: LifecycleFormState, form: FormData) => Promise<LifecycleFormState>;

/**
 * Scheduled unpublish of a live version (decision 0028): when it leaves the site, a form to set or move that
 * time (Minsk, the editor's schedule format) and a cancel button. `action`: app/admin/_actions/unpublish.ts.
 */
export function UnpublishPanel({
  t,
  ui,
  articleId,
  live,
  unpublishAt,
  action,
  done,
}: {
  t: AdminT;
  ui: Locale;
  articleId: string;
  /** Published or scheduled: what can be set to leave the site. */
  live: boolean;
  unpublishAt: Date | null;
  action: Action;
  done: string | null;
}) {
  const hidden = { name: 'articleId', kind: 'hidden' as const, defaultValue: articleId };
  return (
    <section
      id="unpublish"
      aria-labelledby="unpublish-title"
      className="grid gap-3 rounded border border-rule bg-white p-3"
      data-testid="unpublish-panel"
    >
      <h2 id="unpublish-title" className="text-lg font-bold">
        {t('lifecycle.unpublish.title')}
      </h2>
      <p className="text-sm text-muted">{t('lifecycle.unpublish.intro')}</p>
      {done ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-sm">
          {done}
        </p>
      ) : null}
      <p className="text-sm font-semibold" data-testid="unpublish-state">
        {unpublishAt ? (
          <>
            {t('lifecycle.unpublish.scheduled', { time: '' })}
            <Timestamp date={unpublishAt} locale={ui} />
          </>
        ) : (
          t('lifecycle.unpublish.none')
        )}
      </p>
      {live ? (
        <LifecycleForm
          action={action}
          testId="unpublish-form"
          errorSummary={t('lifecycle.errors.summary')}
          fields={[
            hidden,
            {
              name: 'at',
              kind: 'time',
              label: t('lifecycle.unpublish.at'),
              hint: t('field.timeFormat'),
              defaultValue: unpublishAt ? toNewsroomTime(unpublishAt) : '',
            },
          ]}
          buttons={[{ label: t('lifecycle.unpublish.schedule') }]}
        />
      ) : (
        <p className="text-sm">{t('lifecycle.unpublish.onlyLive')}</p>
      )}
      {unpublishAt ? (
        <LifecycleForm
          action={action}
          testId="unpublish-cancel"
          errorSummary={t('lifecycle.errors.summary')}
          fields={[hidden]}
          buttons={[{ label: t('lifecycle.unpublish.cancel'), name: 'intent', value: 'cancel', tone: 'plain' }]}
        />
      ) : null}
    </section>
  );
}
