'use server';
// Scheduled unpublish: parse the form, call lib/admin/unpublish.ts, answer (decision 0021).
import { redirect } from 'next/navigation';
import { adminT } from '@/lib/admin/i18n';
import { formText, lifecycleRefusal, type LifecycleFormState } from '@/lib/admin/lifecycle-form';
import { cancelUnpublish, scheduleUnpublish } from '@/lib/admin/unpublish';
import { requireUser } from '@/lib/auth/session';

export async function unpublishAction(prev: LifecycleFormState, form: FormData): Promise<LifecycleFormState> {
  const user = await requireUser();
  const articleId = formText(form, 'articleId');
  const cancelling = formText(form, 'intent') === 'cancel';
  const at = formText(form, 'at');
  const outcome = cancelling
    ? await cancelUnpublish(user, articleId)
    : await scheduleUnpublish(user, articleId, { at });
  if (!outcome.ok) {
    const { t } = await adminT();
    const errors = outcome.kind === 'invalid' ? { at: outcome.errors.at ?? 'invalid' } : { form: outcome.kind };
    return lifecycleRefusal(t, prev, errors, { at });
  }
  redirect(
    `/admin/articles/${encodeURIComponent(outcome.articleId)}?lifecycle=${cancelling ? 'unpublish-cancelled' : 'unpublish-scheduled'}#unpublish`,
  );
}
