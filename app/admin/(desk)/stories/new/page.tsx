import { saveArticleAction } from '@/app/admin/_actions/articles';
import { ArticleForm } from '@/components/admin/ArticleForm.client';
import { articleFormLabels } from '@/components/admin/articleFormLabels';
import { getChoices } from '@/lib/admin/articles';
import { blankValues } from '@/lib/admin/form-state';
import { adminT } from '@/lib/admin/i18n';
import { draftKey } from '@/lib/admin/localDraft';
import { atLeast, canPublish } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { defaultLocale, isLocale, localeConfig, locales } from '@/lib/locales';

export default async function NewStoryPage({ searchParams }: { searchParams: Promise<{ locale?: string }> }) {
  const user = await requireUser();
  const { locale: ui, t } = await adminT();
  const requested = (await searchParams).locale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const choices = await getChoices(ui, user);
  return (
    // The language is a field of the form (the heading follows it): switching it keeps everything typed.
    <ArticleForm
      save={saveArticleAction}
      mode="new"
      locale={locale}
      languages={locales.map((l) => ({
        locale: l,
        label: localeConfig[l].nativeName,
        lang: localeConfig[l].htmlLang,
        heading: t('editor.newTitle', { language: localeConfig[l].nativeName }),
      }))}
      version={0}
      initial={blankValues()}
      choices={choices}
      situation={{
        status: 'NEW',
        mayPublish: canPublish(user, { createdById: user.id }),
        isEditor: atLeast(user, 'editor'),
        stale: false,
      }}
      draftKey={draftKey(user.id, 'new')}
      {...articleFormLabels(t)}
    />
  );
}
