import { LifecycleForm } from '@/components/admin/LifecycleForm.client';
import { LifecyclePanel, LifecycleWhen } from '@/components/admin/LifecyclePanel';
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
    <LifecyclePanel t={t} name="unpublish" texts="unpublish" done={done}>
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
      <LifecycleWhen allowed={live} why={t('lifecycle.unpublish.onlyLive')}>
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
      </LifecycleWhen>
      {unpublishAt ? (
        <LifecycleForm
          action={action}
          testId="unpublish-cancel"
          errorSummary={t('lifecycle.errors.summary')}
          fields={[hidden]}
          buttons={[{ label: t('lifecycle.unpublish.cancel'), name: 'intent', value: 'cancel', tone: 'plain' }]}
        />
      ) : null}
    </LifecyclePanel>
  );
}
