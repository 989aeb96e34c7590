// The start of every desk page about one language version (the editor and its revisions): the signed-in user,
// the admin's language, the route's id and query, and the version — 404 where the user may not read it, like
// one that does not exist (decision 0020).
import { notFound } from 'next/navigation';
import { requireUser } from '@/lib/auth/session';
import { getArticleForEdit } from './articles';
import { adminT } from './i18n';

export type DeskArticleProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export async function loadDeskArticle({ params, searchParams }: DeskArticleProps) {
  const user = await requireUser();
  const { locale: ui, t } = await adminT();
  const { id } = await params;
  const sp = await searchParams;
  const article = await getArticleForEdit(id, user);
  if (!article) notFound();
  return { user, ui, t, id, sp, article };
}
