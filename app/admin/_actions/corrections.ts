'use server';
// Correction notices: parse the form, call lib/admin/corrections.ts, answer (decision 0021).
import { redirect } from 'next/navigation';
import { addCorrection, editCorrection, withdrawCorrection, type CorrectionOutcome } from '@/lib/admin/corrections';
import { adminT } from '@/lib/admin/i18n';
import { formText, lifecycleRefusal, type LifecycleFormState } from '@/lib/admin/lifecycle-form';
import { requireUser } from '@/lib/auth/session';

export async function correctionAction(prev: LifecycleFormState, form: FormData): Promise<LifecycleFormState> {
  const user = await requireUser();
  const articleId = formText(form, 'articleId');
  const correctionId = formText(form, 'correctionId');
  const values = { text: formText(form, 'text'), at: formText(form, 'at') };
  const intent = formText(form, 'intent');
  let outcome: CorrectionOutcome;
  if (intent === 'withdraw') {
    if (formText(form, 'confirm') !== 'yes') return refused(prev, { confirm: 'required' }, {});
    outcome = await withdrawCorrection(user, correctionId);
  } else if (correctionId) outcome = await editCorrection(user, correctionId, values);
  else outcome = await addCorrection(user, articleId, values);
  if (!outcome.ok) return refused(prev, outcome.kind === 'invalid' ? outcome.errors : { form: outcome.kind }, values);
  const done =
    intent === 'withdraw' ? 'correction-withdrawn' : correctionId ? 'correction-changed' : 'correction-added';
  redirect(`/admin/articles/${encodeURIComponent(outcome.articleId)}?lifecycle=${done}#corrections`);
}

async function refused(
  prev: LifecycleFormState,
  errors: Record<string, string | undefined>,
  values: Record<string, string>,
): Promise<LifecycleFormState> {
  const { t } = await adminT();
  return lifecycleRefusal(t, prev, errors, values);
}
