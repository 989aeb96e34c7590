'use server';
// Per-language alt text and caption of a story's main picture.
import { redirect } from 'next/navigation';
import { audit } from '@/lib/admin/audit';
import { canEdit, isLiveStatus } from '@/lib/auth/roles';
import { requireUser } from '@/lib/auth/session';
import { articleChanges, invalidate } from '@/lib/cache/invalidate';
import { db } from '@/lib/db/client';
import { locales } from '@/lib/locales';

export async function saveImageTextsAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const articleId = String(form.get('articleId') ?? '');
  const article = await db().article.findUnique({
    where: { id: articleId },
    select: { status: true, story: { select: { createdById: true, mainMediaId: true, articles: { select: { id: true } } } } },
  });
  if (!article?.story.mainMediaId) redirect(`/admin/articles/${articleId}?image=notImage`);
  if (!canEdit(user, article.story, isLiveStatus(article.status))) redirect(`/admin/articles/${articleId}?image=forbidden`);
  const mediaId = article.story.mainMediaId;
  for (const l of locales) {
    const alt = String(form.get(`alt_${l}`) ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
    const caption = String(form.get(`caption_${l}`) ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
    if (alt || caption) {
      await db().mediaTranslation.upsert({ where: { mediaId_locale: { mediaId, locale: l } }, create: { mediaId, locale: l, alt, caption }, update: { alt, caption } });
    } else await db().mediaTranslation.deleteMany({ where: { mediaId, locale: l } });
  }
  const credit = String(form.get('credit') ?? '').trim().slice(0, 200);
  await db().media.update({ where: { id: mediaId }, data: { credit } });
  await audit({ userId: user.id, actor: user.email, action: 'save', targetType: 'media', targetId: mediaId });
  // The picture shows on the story's pages and cards in every language.
  invalidate(...(await articleChanges(article.story.articles.map((a) => a.id))));
  redirect(`/admin/articles/${articleId}?image=texts`);
}
