import { LifecycleForm } from '@/components/admin/LifecycleForm.client';
import { LifecycleList, LifecyclePanel, LifecycleWhen } from '@/components/admin/LifecyclePanel';
import { Timestamp } from '@/components/time/Timestamp';
import { CORRECTION_MAX, type CorrectionHistoryRow } from '@/lib/admin/corrections';
import type { AdminT } from '@/lib/admin/i18n';
import type { LifecycleFormState } from '@/lib/admin/lifecycle-form';
import type { Locale } from '@/lib/locales';

type Action = (prev: LifecycleFormState, form: FormData) => Promise<LifecycleFormState>;

/**
 * Correction notices of one language version (decision 0028): a form for a new notice on a published version,
 * and the whole history — current notices with their change and withdraw forms, ended ones with when and why.
 * `action`: app/admin/_actions/corrections.ts, passed in by the page.
 */
export function CorrectionsPanel({
  t,
  ui,
  articleId,
  published,
  history,
  action,
  done,
}: {
  t: AdminT;
  ui: Locale;
  articleId: string;
  published: boolean;
  history: CorrectionHistoryRow[];
  action: Action;
  done: string | null;
}) {
  const textField = (defaultValue = '') => ({
    name: 'text',
    label: t('lifecycle.corrections.text'),
    kind: 'textarea' as const,
    maxLength: CORRECTION_MAX,
    defaultValue,
  });
  const atField = {
    name: 'at',
    label: t('lifecycle.corrections.at'),
    kind: 'time' as const,
    hint: t('lifecycle.corrections.atHint'),
  };
  return (
    <LifecyclePanel t={t} name="corrections" texts="corrections" done={done}>
      <LifecycleWhen allowed={published} why={t('lifecycle.corrections.notPublished')}>
        <LifecycleForm
          action={action}
          testId="correction-new"
          errorSummary={t('lifecycle.errors.summary')}
          fields={[{ name: 'articleId', kind: 'hidden', defaultValue: articleId }, textField(), atField]}
          buttons={[{ label: t('lifecycle.corrections.add') }]}
        />
      </LifecycleWhen>
      <LifecycleList
        title={t('lifecycle.corrections.history')}
        none={t('lifecycle.corrections.none')}
        empty={history.length === 0}
      >
        <ol className="grid gap-3" data-testid="correction-history">
          {history.map((row) => (
            <li
              key={row.id}
              className="grid gap-1 border-t border-rule pt-2 text-sm"
              data-ended={row.endReason || undefined}
            >
              <p>
                <Timestamp date={row.at} locale={ui} />: {row.text}
              </p>
              <p className="text-muted">
                {row.endedAt ? (
                  <>
                    {t(`lifecycle.corrections.${row.endReason === 'edited' ? 'edited' : 'withdrawn'}`, { time: '' })}
                    <Timestamp date={row.endedAt} locale={ui} />
                  </>
                ) : (
                  t('lifecycle.corrections.current')
                )}
                {' · '}
                {t('lifecycle.corrections.by', { who: row.by ?? '—', time: '' })}
                <Timestamp date={row.createdAt} locale={ui} />
              </p>
              {!row.endedAt && published ? (
                <details>
                  <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
                    {t('lifecycle.corrections.editLabel')}
                  </summary>
                  <div className="grid gap-4 pt-2">
                    <LifecycleForm
                      action={action}
                      testId={`correction-edit-${row.id}`}
                      errorSummary={t('lifecycle.errors.summary')}
                      fields={[
                        { name: 'correctionId', kind: 'hidden', defaultValue: row.id },
                        textField(row.text),
                        atField,
                      ]}
                      buttons={[{ label: t('lifecycle.corrections.save') }]}
                    />
                    <LifecycleForm
                      action={action}
                      testId={`correction-withdraw-${row.id}`}
                      errorSummary={t('lifecycle.errors.summary')}
                      fields={[
                        { name: 'correctionId', kind: 'hidden', defaultValue: row.id },
                        { name: 'confirm', kind: 'confirm', label: t('lifecycle.corrections.withdrawConfirm') },
                      ]}
                      buttons={[
                        {
                          label: t('lifecycle.corrections.withdraw'),
                          name: 'intent',
                          value: 'withdraw',
                          tone: 'danger',
                        },
                      ]}
                    />
                  </div>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </LifecycleList>
    </LifecyclePanel>
  );
}
