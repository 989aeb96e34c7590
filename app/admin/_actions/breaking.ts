'use server';
import { redirect } from 'next/navigation';
import { clearBreaking, saveBreaking } from '@/lib/admin/breaking';
import { adminErrorText, adminT } from '@/lib/admin/i18n';
import { requireUser } from '@/lib/auth/session';
import { isLocale, localeConfig } from '@/lib/locales';
import type { KeptFormState } from '@/lib/admin/form-state';

export async function saveBreakingAction(_prev: KeptFormState, form: FormData): Promise<KeptFormState> {
  const user = await requireUser();
  const locale = form.get('locale');
  if (!isLocale(locale)) redirect('/admin/breaking?refused=invalid');
  const outcome =
    form.get('intent') === 'clear'
      ? await clearBreaking(user, locale)
      : await saveBreaking(user, locale, {
          text: String(form.get('text') ?? ''),
          url: String(form.get('url') ?? ''),
          expiresAt: String(form.get('expiresAt') ?? ''),
        });
  if (!outcome.ok && outcome.kind === 'forbidden') redirect(`/admin/breaking?refused=forbidden#${locale}`);
  if (!outcome.ok) {
    // Refused: answered in the admin's language, and the form keeps what was typed (decision 0020).
    const { t } = await adminT();
    const language = localeConfig[locale].label;
    const label = {
      text: t('breaking.text', { language }),
      url: t('breaking.url', { language }),
      expiresAt: t('breaking.expires'),
    };
    const problems = Object.entries(outcome.errors).map(
      ([field, key]) => `${label[field as keyof typeof label]}: ${adminErrorText(t, key)}`,
    );
    return { status: 'invalid', message: t('breaking.invalid'), problems };
  }
  redirect('/admin/breaking?done=1');
}
