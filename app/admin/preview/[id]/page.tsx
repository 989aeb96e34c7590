// Preview: the language version as readers will see it (components/article/PreviewArticle.tsx, shared with the
// preview link), for signed-in newsroom users who may read it (decision 0020); never indexed, never cached (admin
// layout + proxy headers).
import { notFound } from 'next/navigation';
import { PreviewArticle } from '@/components/article/PreviewArticle';
import { getArticleForEdit } from '@/lib/admin/articles';
import { adminT } from '@/lib/admin/i18n';
import { requireUser } from '@/lib/auth/session';
import { localeConfig } from '@/lib/locales';

export default async function PreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ staged?: string }>;
}) {
  const user = await requireUser();
  const { t: ta } = await adminT();
  const { id } = await params;
  // A version the user may not read answers 404 like one that does not exist (decision 0020).
  const found = await getArticleForEdit(id, user);
  if (!found) notFound();
  // ?staged=1: the staged edit of a published version, as it will read once applied.
  const useStaged = (await searchParams).staged === '1' && found.staged;
  const article =
    useStaged && found.staged
      ? {
          ...found,
          title: found.staged.title,
          lede: found.staged.lede,
          body: found.staged.body as unknown as typeof found.body,
        }
      : found;
  const locale = article.locale;
  return (
    <div lang={localeConfig[locale].htmlLang} className="bg-white">
      <PreviewArticle
        version={{
          articleId: article.id,
          storyId: article.story.id,
          locale,
          title: article.title,
          lede: article.lede,
          body: article.body,
          published: article.publishedAt ?? article.scheduledFor ?? new Date(),
        }}
        banner={ta('preview.banner')}
      />
    </div>
  );
}
