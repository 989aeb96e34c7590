// Test helper: the few article rows that tests of reader-side routes set up or change, so that those tests
// (which sit beside their routes in app/) never import the database client themselves.
import { db } from '@/lib/db/client';

/** Ids of up to `take` published, undeleted language versions. */
export async function publishedArticleIds(take: number): Promise<string[]> {
  const rows = await db().article.findMany({
    where: { status: 'PUBLISHED', deletedAt: null },
    select: { id: true },
    take,
  });
  return rows.map((a) => a.id);
}

/** A new Belarusian draft in a new story, in the section of `besideArticleId`'s story; its id. */
export async function createDraftBeside(besideArticleId: string): Promise<string> {
  const beside = await db().article.findFirstOrThrow({
    where: { id: besideArticleId },
    select: { story: { select: { sectionId: true } } },
  });
  const story = await db().story.create({ data: { sectionId: beside.story.sectionId } });
  const draft = await db().article.create({
    data: {
      storyId: story.id,
      locale: 'be',
      slug: `pixel-draft-${Date.now()}`,
      title: 'Чарнавік',
      lede: '',
      body: { type: 'doc', content: [] },
    },
  });
  return draft.id;
}

/** Publish (now) or unpublish a language version directly, as a test's precondition. */
export async function setArticlePublished(articleId: string, published: boolean): Promise<void> {
  await db().article.update({
    where: { id: articleId },
    data: published ? { status: 'PUBLISHED', publishedAt: new Date() } : { status: 'UNPUBLISHED' },
  });
}
