import { saveArticleAction } from '@/app/admin/_actions/articles';
import { notFound, redirect } from 'next/navigation';
import { ArticleForm } from '@/components/admin/ArticleForm.client';
import { articleFormLabels } from '@/components/admin/articleFormLabels';
import { SourcePanel } from '@/components/admin/SourcePanel';
import { getChoices, getSourceForTranslation } from '@/lib/admin/articles';
import { adminT } from '@/lib/admin/i18n';
import { atLeast, canEdit, canPublish } from '@/lib/auth/roles';
import { blankValues, sharedValues } from '@/lib/admin/form-state';
import { draftKey } from '@/lib/admin/localDraft';
import { requireUser } from '@/lib/auth/session';
import { isLocale, localeConfig } from '@/lib/locales';

type Props = { params: Promise<{ sourceId: string; locale: string }> };

export default async function TranslatePage({ params }: Props) {
  const user = await requireUser();
  const { locale: ui, t } = await adminT();
  const { sourceId, locale } = await params;
  if (!isLocale(locale)) notFound();
  const source = await getSourceForTranslation(sourceId, user);
  if (!source) notFound();
  if (!source.missing.includes(locale)) {
    // Already translated: go to that version instead of starting a second one.
    redirect('/admin');
  }
  if (!canEdit(user, source.story)) return <p role="alert">{t('editor.forbidden')}</p>;
  const choices = await getChoices(ui, user, source.story.mainMediaId);
  const story = source.story;
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-black">
        {t('editor.translateTitle', { language: localeConfig[locale].nativeName })}
      </h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <SourcePanel
          heading={t('editor.source', { language: localeConfig[source.locale].nativeName, version: source.version })}
          title={source.title}
          lede={source.lede}
          body={source.body}
          locale={source.locale}
        />
        <div lang={localeConfig[locale].htmlLang}>
          <ArticleForm
            save={saveArticleAction}
            mode="translate"
            sourceId={source.id}
            locale={locale}
            version={0}
            initial={blankValues(sharedValues(story))}
            choices={choices}
            situation={{
              status: 'NEW',
              mayPublish: canPublish(user, story),
              isEditor: atLeast(user, 'editor'),
              stale: false,
            }}
            draftKey={draftKey(user.id, `translate:${source.id}:${locale}`)}
            {...articleFormLabels(t)}
          />
        </div>
      </div>
    </div>
  );
}
