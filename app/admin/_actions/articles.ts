'use server';
// Article form posts. Every action: signed-in user → the shared zod schema → a command of lib/admin/articles.ts,
// which checks the role and the version, writes, audits and drops the cached reader pages (decision 0021).
// A refused save returns what was typed, so nothing is lost.
import { redirect } from 'next/navigation';
import { articleFormSchema, fieldErrors, formDataToInput, submittedValues } from '@/lib/admin/article-schema';
import {
  createStory,
  createTranslation,
  deleteArticle,
  restoreRevision,
  saveArticle,
  type Outcome,
} from '@/lib/admin/articles';
import { adminErrorText, adminT } from '@/lib/admin/i18n';
import { toNewsroomTime } from '@/lib/time/minsk';
import { requireUser } from '@/lib/auth/session';
import { isLocale } from '@/lib/locales';
import type { ArticleFormState, SubmittedValues } from '@/lib/admin/form-state';

async function refusal(outcome: Exclude<Outcome, { ok: true }>, values: SubmittedValues): Promise<ArticleFormState> {
  const { locale, t } = await adminT();
  switch (outcome.kind) {
    case 'forbidden':
      return { status: 'error', message: t('editor.forbidden'), values };
    case 'notFound':
      return { status: 'error', message: t('editor.notFound'), values };
    case 'invalid': {
      const errors: Record<string, string> = {};
      for (const [k, v] of Object.entries(outcome.errors)) errors[k] = adminErrorText(t, v);
      return { status: 'invalid', message: errors.form ?? t('editor.fixErrors'), errors, values };
    }
    case 'conflict':
      return {
        status: 'conflict',
        message: t('editor.conflict', {
          who: outcome.updatedBy ?? t('editor.someone'),
          version: outcome.currentVersion,
        }),
        values,
        conflictAt: toNewsroomTime(outcome.updatedAt),
        locale,
      };
  }
}

export async function saveArticleAction(_prev: ArticleFormState, form: FormData): Promise<ArticleFormState> {
  const user = await requireUser();
  const values = submittedValues(form);
  const parsed = articleFormSchema.safeParse(formDataToInput(form));
  if (!parsed.success) {
    const { t } = await adminT();
    const errors: Record<string, string> = {};
    for (const [k, v] of Object.entries(fieldErrors(parsed.error))) errors[k] = adminErrorText(t, v);
    return { status: 'invalid', message: t('editor.fixErrors'), errors, values };
  }
  const mode = String(form.get('mode') ?? '');
  const targetLocale = form.get('locale');
  let outcome: Outcome;
  if (mode === 'edit') outcome = await saveArticle(user, String(form.get('articleId') ?? ''), parsed.data);
  else if (mode === 'new' && isLocale(targetLocale)) outcome = await createStory(user, targetLocale, parsed.data);
  else if (mode === 'translate' && isLocale(targetLocale))
    outcome = await createTranslation(user, String(form.get('sourceId') ?? ''), targetLocale, parsed.data);
  else outcome = { ok: false, kind: 'notFound' };
  if (!outcome.ok) return refusal(outcome, values);
  redirect(`/admin/articles/${outcome.articleId}?done=${outcome.message}&v=${outcome.version}`);
}

export async function deleteArticleAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const id = String(form.get('articleId') ?? '');
  if (form.get('confirm') !== 'yes') redirect(`/admin/articles/${id}?done=deleteUnconfirmed`);
  const outcome = await deleteArticle(user, id);
  if (!outcome.ok) redirect(`/admin/articles/${id}?refused=${outcome.kind}`);
  redirect(`/admin/articles/${id}?done=delete`);
}

export async function restoreRevisionAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const articleId = String(form.get('articleId') ?? '');
  const outcome = await restoreRevision(user, String(form.get('revisionId') ?? ''), Number(form.get('version') ?? 0));
  if (!outcome.ok) redirect(`/admin/articles/${articleId}/revisions?refused=${outcome.kind}`);
  redirect(`/admin/articles/${outcome.articleId}?done=restore&v=${outcome.version}`);
}
