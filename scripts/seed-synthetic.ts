// Fills a database with synthetic stories for load and scale tests:
//   npm run seed:synthetic -- --stories 100000 [--reset]
// Needs the demo taxonomy first (npm run db:setup). Writes in batches with createMany, so memory stays flat
// whatever the count. Rows are prefixed `syn-` and never touch demo or newsroom content; --reset removes them.
// With the embedded database, stop the server first (the directory lock will say so otherwise).
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { closeDb, db } from '../lib/db/client';
import { locales, type Locale } from '../lib/locales';
import type { RichTextDoc } from '../lib/richtext/types';

const { values } = parseArgs({
  options: {
    stories: { type: 'string', default: '1000' },
    batch: { type: 'string', default: '500' },
    days: { type: 'string', default: '730' },
    reset: { type: 'boolean', default: false },
  },
});
const total = Number(values.stories);
const batchSize = Number(values.batch);
const days = Number(values.days);
if (!Number.isInteger(total) || total < 0 || !Number.isInteger(batchSize) || batchSize < 1) {
  console.error('usage: npm run seed:synthetic -- --stories N [--batch 500] [--days 730] [--reset]');
  process.exit(2);
}

const WORDS: Record<Locale, string[]> = {
  be: 'горад рада школа рака мост вуліца трамвай кірмаш ураджай бібліятэка фестываль каманда матч сезон бюджэт праект жыхары раён'.split(
    ' ',
  ),
  ru: 'город совет школа река мост улица трамвай ярмарка урожай библиотека фестиваль команда матч сезон бюджет проект жители район'.split(
    ' ',
  ),
  en: 'city council school river bridge street tram fair harvest library festival team match season budget project residents district'.split(
    ' ',
  ),
};

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

function sentence(r: () => number, locale: Locale, n: number) {
  const w = WORDS[locale];
  const words = Array.from({ length: n }, () => w[Math.floor(r() * w.length)]);
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

function body(r: () => number, locale: Locale): RichTextDoc {
  return {
    type: 'doc',
    content: Array.from({ length: 4 }, () => ({
      type: 'paragraph' as const,
      content: [{ type: 'text' as const, text: `${sentence(r, locale, 14)}. ${sentence(r, locale, 10)}.` }],
    })),
  };
}

async function main() {
  const prisma = db();
  if (values.reset) {
    const { count } = await prisma.story.deleteMany({ where: { id: { startsWith: 'syn-' } } });
    console.log(`removed ${count} synthetic stories`);
  }
  const sections = await prisma.section.findMany({ select: { id: true } });
  const tagIds = (await prisma.tag.findMany({ select: { id: true } })).map((t) => t.id);
  if (sections.length === 0) throw new Error('No sections: run `npm run db:setup` first.');
  const existing = await prisma.story.count({ where: { id: { startsWith: 'syn-' } } });
  const now = Date.now();
  const bar = new SingleBar(
    { format: 'synthetic stories [{bar}] {value}/{total} {percentage}% eta {eta}s' },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  const started = performance.now();
  for (let from = 0; from < total; from += batchSize) {
    const stories = [];
    const articles = [];
    const storyTags = [];
    for (let i = from; i < Math.min(total, from + batchSize); i++) {
      const n = existing + i;
      const r = rng(n + 1);
      const id = `syn-${n}`;
      stories.push({ id, sectionId: sections[n % sections.length].id });
      // Every story in be; about 60% also in ru, 40% also in en.
      const langs = locales.filter((l) => l === 'be' || (l === 'ru' ? r() < 0.6 : r() < 0.4));
      const publishedAt = new Date(now - Math.floor(r() * days * 86_400_000));
      for (const locale of langs) {
        articles.push({
          id: `${id}-${locale}`,
          storyId: id,
          locale,
          slug: `${sentence(r, 'en', 3).toLowerCase().replace(/\s+/g, '-')}-${n}`,
          title: sentence(r, locale, 8),
          lede: `${sentence(r, locale, 20)}.`,
          body: body(r, locale) as object,
          status: r() < 0.97 ? ('PUBLISHED' as const) : ('DRAFT' as const),
          publishedAt,
          contentUpdatedAt: publishedAt,
        });
      }
      if (tagIds.length) storyTags.push({ storyId: id, tagId: tagIds[n % tagIds.length] });
    }
    await prisma.$transaction([
      prisma.story.createMany({ data: stories }),
      prisma.article.createMany({ data: articles }),
      prisma.storyTag.createMany({ data: storyTags }),
    ]);
    bar.update(Math.min(total, from + batchSize));
  }
  bar.stop();
  const seconds = (performance.now() - started) / 1000;
  const count = await prisma.story.count();
  console.log(
    `${total} synthetic stories in ${seconds.toFixed(1)} s (${Math.round(total / Math.max(seconds, 0.001))}/s); ${count} stories in all`,
  );
}

main()
  .then(() => closeDb())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb();
    process.exit(1);
  });
