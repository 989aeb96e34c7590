'use server';
// Per-language alt text and caption of a story's main picture (checks in lib/admin/media.ts).
import { redirect } from 'next/navigation';
import { adminErrorText, adminT } from '@/lib/admin/i18n';
import { pictureTextsFrom, savePictureTexts } from '@/lib/admin/media';
import { requireUser } from '@/lib/auth/session';
import { localeConfig, type Locale } from '@/lib/locales';
import type { KeptFormState } from '@/lib/admin/form-state';

export async function saveImageTextsAction(_prev: KeptFormState, form: FormData): Promise<KeptFormState> {
  const user = await requireUser();
  const articleId = String(form.get('articleId') ?? '');
  const outcome = await savePictureTexts(user, articleId, pictureTextsFrom(form));
  if (!outcome.ok && outcome.kind === 'invalid') {
    // Refused: answered in the admin's language, and the form keeps what was typed (decision 0020).
    const { t } = await adminT();
    const label = (field: string) => {
      if (field === 'credit') return t('image.credit');
      const [what, l] = field.split('_') as ['alt' | 'caption', Locale];
      return t(`image.${what}`, { language: localeConfig[l].label });
    };
    return {
      status: 'invalid',
      message: t('editor.fixErrors'),
      problems: Object.entries(outcome.errors).map(([f, key]) => `${label(f)}: ${adminErrorText(t, key)}`),
    };
  }
  if (!outcome.ok) redirect(`/admin/articles/${encodeURIComponent(articleId)}?image=${outcome.kind}`);
  redirect(`/admin/articles/${encodeURIComponent(articleId)}?image=texts`);
}
