// The start of every desk page about one language version (the editor, its revisions, the live desk): the signed-in user,
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

type DeskUser = Awaited<ReturnType<typeof requireUser>>;

/** The same start for any desk page about one version: `load` finds what it shows to this user, or null (a 404). */
export async function loadDeskPage<T>(
  { params, searchParams }: DeskArticleProps,
  load: (id: string, user: DeskUser) => Promise<T | null>,
) {
  const user = await requireUser();
  const { locale: ui, t } = await adminT();
  const { id } = await params;
  const sp = await searchParams;
  const found = await load(id, user);
  if (!found) notFound();
  return { user, ui, t, id, sp, found };
}

/** The editor's and the revisions' start: the version as the editor loads it. */
export async function loadDeskArticle(props: DeskArticleProps) {
  const { found: article, ...start } = await loadDeskPage(props, getArticleForEdit);
  return { ...start, article };
}
