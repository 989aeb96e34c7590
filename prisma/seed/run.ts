// Loads the demo taxonomy and stories into a database. Idempotent: every seeded row has a stable id
// (see seedIds), so a second run updates the same rows — same counts, no duplicates. Publication
// times are recomputed from `hoursAgo` on every run, so the demo always looks fresh.
import { markupToDoc } from '../../lib/richtext/markup';
import { picturesIn, withPictures } from '../../lib/richtext/pictures';
import type { BodyPicture, RichTextDoc } from '../../lib/richtext/types';
import { slugify, uniqueSlug } from '../../lib/slug';
import type { Prisma, PrismaClient } from '../../lib/db/client';
import type { DemoLocale, DemoStory } from './content/types';
import {
  authors,
  demoLocales,
  images,
  MEDIA_CREDIT,
  MEDIA_HEIGHT,
  MEDIA_WIDTH,
  mediaFile,
  SEED_STORY_PREFIX,
  sections,
  seedIds,
  tags,
} from './taxonomy';

export interface SeedOptions {
  /** "Now" for publication times (tests pin it). */
  now?: Date;
  log?: (message: string) => void;
}

export interface SeedSummary {
  sections: number;
  tags: number;
  authors: number;
  media: number;
  stories: number;
  articles: number;
  published: number;
  drafts: number;
  removedStories: number;
}

export class SeedContentError extends Error {}

/** Checks the demo content against the taxonomy before anything is written. */
export function validateStories(stories: DemoStory[]): void {
  const problems: string[] = [];
  const keys = new Set<string>();
  const explicitSlugs = new Map<string, string>();
  const sectionKeys = new Set(sections.map((s) => s.key));
  for (const story of stories) {
    const where = `story "${story.key}"`;
    if (keys.has(story.key)) problems.push(`${where}: duplicate key`);
    keys.add(story.key);
    if (!sectionKeys.has(story.section)) problems.push(`${where}: unknown section "${story.section}"`);
    for (const t of story.tags) if (!(t in tags)) problems.push(`${where}: unknown tag "${t}"`);
    for (const a of story.authors) if (!(a in authors)) problems.push(`${where}: unknown author "${a}"`);
    if (story.image && !(story.image in images)) problems.push(`${where}: unknown image "${story.image}"`);
    for (const locale of demoLocales) {
      for (const key of bodyPictureKeys(story.versions[locale]?.body ?? ''))
        if (!(key in images)) problems.push(`${where} (${locale}): unknown body picture "${key}"`);
      for (const entry of story.versions[locale]?.live?.entries ?? []) {
        for (const key of bodyPictureKeys(entry.body))
          if (!(key in images)) problems.push(`${where} (${locale}): unknown live-entry picture "${key}"`);
        if (entry.minutesAgo > story.hoursAgo * 60)
          problems.push(`${where} (${locale}): a live entry before the story's publication`);
      }
    }
    if (!story.versions[story.original])
      problems.push(`${where}: no version in its original language "${story.original}"`);
    if (!(story.hoursAgo >= 0)) problems.push(`${where}: hoursAgo must be a number ≥ 0`);
    for (const locale of demoLocales) {
      const v = story.versions[locale];
      if (!v) continue;
      if (!v.title?.trim()) problems.push(`${where} (${locale}): empty title`);
      if (v.slug) {
        const id = `${locale}/${v.slug}`;
        const other = explicitSlugs.get(id);
        if (other && other !== story.key)
          problems.push(`${where} (${locale}): slug "${v.slug}" is also used by "${other}"`);
        explicitSlugs.set(id, story.key);
      }
    }
  }
  if (problems.length)
    throw new SeedContentError(`Demo content has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
}

const json = (value: unknown) => value as Prisma.InputJsonValue;

/** The picture keys a body's markup names ({{picture key}}, {{gallery key …}}). */
function bodyPictureKeys(markup: string): string[] {
  return picturesIn(markupToDoc(markup)).map((p) => p.mediaId);
}

/**
 * The body of a demo version: its markup with each picture key completed as the editor's save does (bodyPictures
 * in lib/admin/media.ts, through the same withPictures): the file, size and credit of the Media row, the picture's
 * own alt text and caption in the version's language unless the markup gives a caption.
 */
function demoBody(markup: string, locale: DemoLocale, mediaIds: Map<string, string>): RichTextDoc {
  const complete = (p: BodyPicture): BodyPicture => {
    const key = p.mediaId as keyof typeof images;
    return {
      mediaId: mediaIds.get(key)!,
      src: mediaFile(key),
      width: MEDIA_WIDTH,
      height: MEDIA_HEIGHT,
      alt: images[key][locale].alt,
      caption: p.caption || images[key][locale].caption,
      credit: MEDIA_CREDIT,
    };
  };
  return withPictures(markupToDoc(markup), complete);
}

export async function seedDatabase(
  prisma: PrismaClient,
  stories: DemoStory[],
  options: SeedOptions = {},
): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  validateStories(stories);

  // ---- sections, tags, authors, media: one transaction each
  await prisma.$transaction(
    sections.flatMap((section, position) => [
      prisma.section.upsert({
        where: { id: seedIds.section(section.key) },
        create: { id: seedIds.section(section.key), position },
        update: { position },
      }),
      ...demoLocales.map((locale) =>
        prisma.sectionTranslation.upsert({
          where: { sectionId_locale: { sectionId: seedIds.section(section.key), locale } },
          create: { sectionId: seedIds.section(section.key), locale, ...section.translations[locale] },
          update: section.translations[locale],
        }),
      ),
    ]),
  );

  await prisma.$transaction(
    Object.entries(tags).flatMap(([key, translations]) => {
      const id = seedIds.tag(key as keyof typeof tags);
      return [
        prisma.tag.upsert({ where: { id }, create: { id }, update: {} }),
        ...demoLocales.map((locale) =>
          prisma.tagTranslation.upsert({
            where: { tagId_locale: { tagId: id, locale } },
            create: { tagId: id, locale, ...translations[locale] },
            update: translations[locale],
          }),
        ),
      ];
    }),
  );

  await prisma.$transaction(
    Object.entries(authors).flatMap(([key, translations]) => {
      const id = seedIds.author(key as keyof typeof authors);
      return [
        prisma.author.upsert({ where: { id }, create: { id }, update: {} }),
        ...demoLocales.map((locale) =>
          prisma.authorTranslation.upsert({
            where: { authorId_locale: { authorId: id, locale } },
            create: { authorId: id, locale, ...translations[locale] },
            update: translations[locale],
          }),
        ),
      ];
    }),
  );

  // Media rows are found by file (unique), so an existing row for the same file is reused.
  const mediaIds = new Map<string, string>();
  for (const [key, translations] of Object.entries(images)) {
    const file = mediaFile(key as keyof typeof images);
    const fields = { mimeType: 'image/svg+xml', width: MEDIA_WIDTH, height: MEDIA_HEIGHT, credit: MEDIA_CREDIT };
    const media = await prisma.media.upsert({
      where: { file },
      create: { id: seedIds.media(key as keyof typeof images), file, ...fields },
      update: fields,
      select: { id: true },
    });
    mediaIds.set(key, media.id);
    await prisma.$transaction(
      demoLocales.map((locale) =>
        prisma.mediaTranslation.upsert({
          where: { mediaId_locale: { mediaId: media.id, locale } },
          create: { mediaId: media.id, locale, ...translations[locale] },
          update: translations[locale],
        }),
      ),
    );
  }
  log(
    `taxonomy: ${sections.length} sections, ${Object.keys(tags).length} tags, ${Object.keys(authors).length} authors, ${mediaIds.size} images`,
  );

  // ---- slugs: explicit ones from the content, made from the title otherwise; unique per language,
  // also against articles that are not ours (an editor may have used a slug already).
  const existing = await prisma.article.findMany({ select: { id: true, locale: true, slug: true } });
  const owner = new Map(existing.map((a) => [`${a.locale}/${a.slug}`, a.id]));
  const slugFor = new Map<string, string>(); // article id → slug
  const claim = (locale: DemoLocale, slug: string, articleId: string) => {
    owner.set(`${locale}/${slug}`, articleId);
    slugFor.set(articleId, slug);
  };
  const takenByOther = (locale: DemoLocale, articleId: string) => (slug: string) => {
    const o = owner.get(`${locale}/${slug}`);
    return o !== undefined && o !== articleId;
  };
  // Explicit slugs first, so generated ones never take them.
  for (const story of stories) {
    for (const locale of demoLocales) {
      const v = story.versions[locale];
      if (v?.slug)
        claim(
          locale,
          uniqueSlug(v.slug, takenByOther(locale, seedIds.article(story.key, locale))),
          seedIds.article(story.key, locale),
        );
    }
  }
  for (const story of stories) {
    for (const locale of demoLocales) {
      const v = story.versions[locale];
      const id = seedIds.article(story.key, locale);
      if (v && !v.slug) claim(locale, uniqueSlug(slugify(v.title, locale) || story.key, takenByOther(locale, id)), id);
    }
  }

  // ---- stories: one transaction each
  let articles = 0;
  let published = 0;
  let drafts = 0;
  for (const story of stories) {
    const storyId = seedIds.story(story.key);
    const publishedAt = new Date(now.getTime() - story.hoursAgo * 3_600_000);
    const mainMediaId = story.image ? (mediaIds.get(story.image) ?? null) : null;
    const originalId = seedIds.article(story.key, story.original);
    // The original first: the translations point at it.
    const locales = [story.original, ...demoLocales.filter((l) => l !== story.original && story.versions[l])];

    const ops: Prisma.PrismaPromise<unknown>[] = [
      prisma.story.upsert({
        where: { id: storyId },
        create: { id: storyId, sectionId: seedIds.section(story.section), mainMediaId, createdAt: publishedAt },
        update: { sectionId: seedIds.section(story.section), mainMediaId, createdAt: publishedAt },
      }),
      prisma.storyTag.deleteMany({ where: { storyId } }),
      prisma.storyTag.createMany({
        data: story.tags.map((t, position) => ({ storyId, tagId: seedIds.tag(t), position })),
      }),
      prisma.storyAuthor.deleteMany({ where: { storyId } }),
      prisma.storyAuthor.createMany({
        data: story.authors.map((a, position) => ({ storyId, authorId: seedIds.author(a), position })),
      }),
      // Language versions no longer in the content go.
      prisma.article.deleteMany({ where: { storyId, locale: { notIn: locales } } }),
    ];
    for (const locale of locales) {
      const v = story.versions[locale]!;
      const id = seedIds.article(story.key, locale);
      const isOriginal = locale === story.original;
      const data = {
        storyId,
        locale,
        slug: slugFor.get(id)!,
        title: v.title,
        lede: v.lede,
        body: json(demoBody(v.body, locale, mediaIds)),
        status: v.draft ? ('DRAFT' as const) : v.deleted ? ('UNPUBLISHED' as const) : ('PUBLISHED' as const),
        publishedAt: v.draft ? null : publishedAt,
        deletedAt: v.deleted ? new Date(publishedAt.getTime() + 3_600_000) : null,
        scheduledFor: null,
        contentUpdatedAt: publishedAt,
        version: 1,
        translatedFromId: isOriginal ? null : originalId,
        translatedFromVersion: isOriginal ? null : 1,
        createdAt: publishedAt,
        // A live blog (decision 0033) covers from its publication.
        liveStatus: v.live ? (v.live.ended ? ('ENDED' as const) : ('LIVE' as const)) : null,
        liveStartedAt: v.live ? publishedAt : null,
        liveEndedAt: v.live?.ended ? now : null,
      };
      ops.push(prisma.article.upsert({ where: { id }, create: { id, ...data }, update: data }));
      ops.push(prisma.liveEntry.deleteMany({ where: { articleId: id } }));
      if (v.live)
        ops.push(
          prisma.liveEntry.createMany({
            data: v.live.entries.map((e, i) => ({
              id: `${id}-live-${i}`,
              articleId: id,
              title: e.title ?? null,
              body: json(demoBody(e.body, locale, mediaIds)),
              authorName: e.author,
              publishedAt: new Date(now.getTime() - e.minutesAgo * 60_000),
              pinned: e.pinned ?? false,
              keyEvent: e.keyEvent ?? false,
            })),
          }),
        );
      ops.push(
        prisma.articleSlugHistory.deleteMany({
          where: { OR: [{ articleId: id }, { locale, slug: { in: v.formerSlugs ?? [] } }] },
        }),
        prisma.articleSlugHistory.createMany({
          data: (v.formerSlugs ?? []).map((slug) => ({ articleId: id, locale, slug })),
        }),
      );
      articles++;
      if (v.draft) drafts++;
      else published++;
    }
    await prisma.$transaction(ops);
  }

  // ---- demo stories that were removed from the content
  const keep = stories.map((s) => seedIds.story(s.key));
  const removed = await prisma.story.deleteMany({ where: { id: { startsWith: SEED_STORY_PREFIX, notIn: keep } } });
  log(
    `stories: ${stories.length} (${articles} language versions: ${published} published, ${drafts} drafts)${removed.count ? `, ${removed.count} old demo stories removed` : ''}`,
  );

  return {
    sections: sections.length,
    tags: Object.keys(tags).length,
    authors: Object.keys(authors).length,
    media: mediaIds.size,
    stories: stories.length,
    articles,
    published,
    drafts,
    removedStories: removed.count,
  };
}
