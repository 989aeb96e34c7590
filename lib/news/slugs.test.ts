// What a deleted language version's URL tells a reader, on real databases (PGlite and PostgreSQL):
// 410 Gone only for versions readers once saw; a deleted draft or scheduled story must look exactly like a
// slug that never existed (404), or its URL would reveal an embargoed story (decision 0018).
import { expect, it } from 'vitest';
import { describeOnDatabases, SEED_NOW } from './testing/databases';
import { resolveArticleUrl } from './slugs';

describeOnDatabases('deleted article URLs', (database) => {
  async function deletedArticle(
    slug: string,
    data: {
      status: 'DRAFT' | 'SCHEDULED' | 'UNPUBLISHED' | 'PUBLISHED';
      publishedAt?: Date | null;
      scheduledFor?: Date | null;
    },
  ) {
    const c = database().client;
    const section = await c.section.findFirstOrThrow();
    const story = await c.story.create({ data: { sectionId: section.id } });
    await c.article.create({
      data: {
        storyId: story.id,
        locale: 'be',
        slug,
        title: slug,
        lede: slug,
        body: { type: 'doc', content: [] },
        ...data,
        deletedAt: SEED_NOW,
      },
    });
  }
  const later = new Date(SEED_NOW.getTime() + 60_000);

  it('a deleted never-published draft is as unknown as a slug that never existed', async () => {
    await deletedArticle('embargo-draft', { status: 'DRAFT', publishedAt: null });
    expect(await resolveArticleUrl('be', 'embargo-draft', later)).toEqual({ kind: 'missing' });
    expect(await resolveArticleUrl('be', 'never-existed', later)).toEqual({ kind: 'missing' });
  });

  it('a deleted scheduled story that never went live answers 404 too', async () => {
    await deletedArticle('embargo-scheduled', {
      status: 'SCHEDULED',
      publishedAt: null,
      scheduledFor: new Date(SEED_NOW.getTime() + 86_400_000),
    });
    expect(await resolveArticleUrl('be', 'embargo-scheduled', later)).toEqual({ kind: 'missing' });
  });

  it('a deleted version readers saw (published, later unpublished or not) answers 410', async () => {
    await deletedArticle('was-live', { status: 'UNPUBLISHED', publishedAt: new Date(SEED_NOW.getTime() - 86_400_000) });
    expect(await resolveArticleUrl('be', 'was-live', later)).toEqual({ kind: 'gone' });
    await deletedArticle('was-live-2', { status: 'PUBLISHED', publishedAt: new Date(SEED_NOW.getTime() - 1000) });
    expect(await resolveArticleUrl('be', 'was-live-2', later)).toEqual({ kind: 'gone' });
  });
});
