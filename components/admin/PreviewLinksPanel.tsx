import { LifecycleForm } from '@/components/admin/LifecycleForm.client';
import { LifecycleList, LifecyclePanel, LifecycleWhen } from '@/components/admin/LifecyclePanel';
import { Timestamp } from '@/components/time/Timestamp';
import type { AdminT } from '@/lib/admin/i18n';
import type { LifecycleFormState } from '@/lib/admin/lifecycle-form';
import { PREVIEW_LINK_HOURS } from '@/lib/admin/preview-links';
import type { Locale } from '@/lib/locales';

type Action = (prev: LifecycleFormState, form: FormData) => Promise<LifecycleFormState>;

/**
 * Shareable preview links of an unpublished version (decision 0028): a form to create one (1 hour to 7 days)
 * and the live ones, each with its address and a revoke button. `action`: app/admin/_actions/preview-links.ts.
 */
export function PreviewLinksPanel({
  t,
  ui,
  articleId,
  unpublished,
  links,
  action,
  done,
}: {
  t: AdminT;
  ui: Locale;
  articleId: string;
  /** Links are only for versions readers cannot see. */
  unpublished: boolean;
  links: { id: string; url: string; expiresAt: Date; by: string | null }[];
  action: Action;
  done: string | null;
}) {
  const duration = (h: number) =>
    h % 24 === 0
      ? t('lifecycle.previewLinks.days', { count: h / 24 })
      : t('lifecycle.previewLinks.hours', { count: h });
  return (
    <LifecyclePanel t={t} name="preview-links" texts="previewLinks" done={done}>
      <LifecycleWhen allowed={unpublished} why={t('lifecycle.previewLinks.onlyUnpublished')}>
        <LifecycleForm
          action={action}
          testId="preview-link-new"
          errorSummary={t('lifecycle.errors.summary')}
          fields={[
            { name: 'articleId', kind: 'hidden', defaultValue: articleId },
            {
              name: 'hours',
              kind: 'select',
              label: t('lifecycle.previewLinks.duration'),
              defaultValue: '24',
              options: PREVIEW_LINK_HOURS.map((h) => ({ value: String(h), label: duration(h) })),
            },
          ]}
          buttons={[{ label: t('lifecycle.previewLinks.create') }]}
        />
      </LifecycleWhen>
      <LifecycleList
        title={t('lifecycle.previewLinks.live')}
        none={t('lifecycle.previewLinks.none')}
        empty={links.length === 0}
      >
        <ul className="grid gap-3" data-testid="preview-link-list">
          {links.map((link) => (
            <li key={link.id} className="grid gap-1 border-t border-rule pt-2 text-sm" data-testid="preview-link">
              <label className="grid gap-1">
                <span className="font-semibold">{t('lifecycle.previewLinks.url')}</span>
                <input
                  readOnly
                  value={link.url}
                  className="min-h-11 w-full rounded border border-rule bg-paper px-2 font-mono text-xs text-ink"
                  data-testid="preview-link-url"
                />
              </label>
              <p className="text-muted">
                {t('lifecycle.previewLinks.expires', { time: '' })}
                <Timestamp date={link.expiresAt} locale={ui} />
                {link.by ? <> · {t('lifecycle.previewLinks.by', { who: link.by })}</> : null}
              </p>
              <LifecycleForm
                action={action}
                testId={`preview-link-revoke-${link.id}`}
                errorSummary={t('lifecycle.errors.summary')}
                className="grid gap-1"
                fields={[{ name: 'linkId', kind: 'hidden', defaultValue: link.id }]}
                buttons={[
                  { label: t('lifecycle.previewLinks.revoke'), name: 'intent', value: 'revoke', tone: 'danger' },
                ]}
              />
            </li>
          ))}
        </ul>
      </LifecycleList>
    </LifecyclePanel>
  );
}
