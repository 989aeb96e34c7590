'use server';
// Per-language alt text and caption of a story's main picture (checks in lib/admin/media.ts).
import { redirect } from 'next/navigation';
import { pictureTextsFrom, savePictureTexts } from '@/lib/admin/media';
import { requireUser } from '@/lib/auth/session';
import { articleChanges, invalidate } from '@/lib/cache/invalidate';

export async function saveImageTextsAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const articleId = String(form.get('articleId') ?? '');
  const outcome = await savePictureTexts(user, articleId, pictureTextsFrom(form));
  if (!outcome.ok) redirect(`/admin/articles/${encodeURIComponent(articleId)}?image=${outcome.kind}`);
  // The picture shows on the story's pages and cards in every language.
  invalidate(...(await articleChanges(outcome.articleIds)));
  redirect(`/admin/articles/${encodeURIComponent(articleId)}?image=texts`);
}
