import { saveArticleAction } from '@/app/admin/_actions/articles';
import Link from 'next/link';
import { ArticleForm } from '@/components/admin/ArticleForm.client';
import { articleFormLabels } from '@/components/admin/articleFormLabels';
import { getChoices } from '@/lib/admin/articles';
import { adminT } from '@/lib/admin/i18n';
import { canPublish } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { defaultLocale, isLocale, localeConfig, locales } from '@/lib/locales';

export default async function NewStoryPage({ searchParams }: { searchParams: Promise<{ locale?: string }> }) {
  const user = await requireUser();
  const { locale: ui, t } = await adminT();
  const requested = (await searchParams).locale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const choices = await getChoices(ui, user);
  const own = { createdById: user.id };
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-black">{t('editor.newTitle', { language: localeConfig[locale].nativeName })}</h1>
      <p className="flex gap-3 text-sm">
        {locales.map((l) => (
          <Link
            key={l}
            href={`/admin/stories/new?locale=${l}`}
            aria-current={l === locale ? 'page' : undefined}
            className="rounded border border-rule px-2 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-white"
          >
            {localeConfig[l].label}
          </Link>
        ))}
      </p>
      <ArticleForm
        save={saveArticleAction}
        key={locale}
        mode="new"
        locale={locale}
        version={0}
        initial={{
          title: '',
          lede: '',
          slug: '',
          body: JSON.stringify({ type: 'doc', content: [] }),
          sectionId: '',
          tagIds: [],
          authorIds: [],
          mainMediaId: '',
          scheduledFor: '',
        }}
        choices={choices}
        actions={{
          publish: canPublish(user, own),
          submit: !canPublish(user, own),
          confirm: false,
          unpublish: false,
          live: false,
        }}
        {...articleFormLabels(t)}
      />
    </div>
  );
}
