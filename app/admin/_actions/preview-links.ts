'use server';
// Shareable preview links: parse the form, call lib/admin/preview-links.ts, answer (decision 0021).
import { redirect } from 'next/navigation';
import { adminT } from '@/lib/admin/i18n';
import { formText, lifecycleRefusal, type LifecycleFormState } from '@/lib/admin/lifecycle-form';
import { createPreviewLink, revokePreviewLink } from '@/lib/admin/preview-links';
import { requireUser } from '@/lib/auth/session';

export async function previewLinkAction(prev: LifecycleFormState, form: FormData): Promise<LifecycleFormState> {
  const user = await requireUser();
  const revoking = formText(form, 'intent') === 'revoke';
  const outcome = revoking
    ? await revokePreviewLink(user, formText(form, 'linkId'))
    : await createPreviewLink(user, formText(form, 'articleId'), { hours: formText(form, 'hours') });
  if (!outcome.ok) {
    const { t } = await adminT();
    const errors = outcome.kind === 'invalid' ? { hours: outcome.errors.hours ?? 'invalid' } : { form: outcome.kind };
    return lifecycleRefusal(t, prev, errors, { hours: formText(form, 'hours') });
  }
  redirect(
    `/admin/articles/${encodeURIComponent(outcome.articleId)}?lifecycle=${revoking ? 'link-revoked' : 'link-created'}#preview-links`,
  );
}
