// Hostile text in every newsroom field that is not the article form (lib/admin/article-schema.test.ts covers
// that): NUL, other control characters and lone surrogates answer a field error and change nothing, on PGlite
// and PostgreSQL (decision 0020). A new field is one more row.
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import type { ActorInfo } from './articles';
import { saveBreaking } from './breaking';
import { attachPicture, savePictureTexts, type PictureTexts } from './media';
import { saveTaxonomy } from './taxonomy';
import { pictureTexts, snapshotTables } from './testing/fixtures';

const HOSTILE = { nul: 'Рака\u0000', bell: 'Рака\u0007', c1: 'Рака\u0085', loneSurrogate: 'Рака\ud800' };
const TABLES = [
  'SectionTranslation',
  'TagTranslation',
  'AuthorTranslation',
  'BreakingNews',
  'Media',
  'MediaTranslation',
  'Story',
];

const snapshot = () => snapshotTables(TABLES);

const texts = (over: Partial<PictureTexts>) => pictureTexts('Рака', { credit: '', caption_be: '', ...over });

describeOnDatabases('hostile text in newsroom fields', () => {
  let editor: ActorInfo;
  let articleId = '';
  beforeAll(async () => {
    const u = await db().user.create({
      data: { email: `hostile-${Date.now()}@test.example`, name: 'editor', role: 'editor' },
    });
    editor = { id: u.id, role: 'editor', email: u.email };
    const section = await db().section.findFirstOrThrow({ select: { id: true } });
    const media = await db().media.create({
      data: { file: `/media/test/hostile-${Date.now()}.webp`, mimeType: 'image/webp', width: 1, height: 1 },
    });
    const story = await db().story.create({
      data: { sectionId: section.id, createdById: u.id, mainMediaId: media.id },
    });
    articleId = (
      await db().article.create({
        data: {
          storyId: story.id,
          locale: 'be',
          slug: `hostile-${Date.now()}`,
          title: 'Т',
          lede: '',
          body: { type: 'doc', content: [] },
        },
      })
    ).id;
  });

  const fields: { name: string; field: string; call: (bad: string) => Promise<unknown> }[] = [
    {
      name: 'a tag name',
      field: 'name_be',
      call: (bad) => saveTaxonomy(editor, 'tag', null, { be: { name: bad, slug: 'hostile-tag' } }),
    },
    {
      name: 'an author name',
      field: 'name_en',
      call: (bad) => saveTaxonomy(editor, 'author', null, { en: { name: bad, slug: 'hostile-author' } }),
    },
    {
      name: 'a section name',
      field: 'name_ru',
      call: (bad) =>
        saveTaxonomy(editor, 'section', null, {
          be: { name: 'А', slug: 'hostile-a' },
          ru: { name: bad, slug: 'hostile-b' },
          en: { name: 'C', slug: 'hostile-c' },
        }),
    },
    {
      name: 'the banner text',
      field: 'text',
      call: (bad) => saveBreaking(editor, 'be', { text: bad, url: '', expiresAt: '1.01.2099, 10:00' }),
    },
    {
      name: 'the banner link',
      field: 'url',
      call: (bad) => saveBreaking(editor, 'be', { text: 'Тэкст', url: `/be/${bad}`, expiresAt: '1.01.2099, 10:00' }),
    },
    {
      name: 'a picture alt text',
      field: 'alt_be',
      call: (bad) => savePictureTexts(editor, articleId, texts({ alt_be: bad })),
    },
    {
      name: 'a picture caption',
      field: 'caption_en',
      call: (bad) => savePictureTexts(editor, articleId, texts({ alt_en: 'x', caption_en: bad })),
    },
    {
      name: 'a picture credit',
      field: 'credit',
      call: (bad) => savePictureTexts(editor, articleId, texts({ credit: bad })),
    },
    {
      name: 'an uploaded picture’s alt text',
      field: 'alt_ru',
      call: (bad) =>
        attachPicture(
          editor,
          articleId,
          { file: `/media/uploads/h${Date.now()}-w480.webp`, width: 480, height: 320, mimeType: 'image/webp' },
          texts({ alt_ru: bad }),
        ),
    },
  ];

  for (const f of fields) {
    it.each(Object.entries(HOSTILE))(`${f.name} with %s is a field error and changes nothing`, async (_kind, bad) => {
      const before = await snapshot();
      const result = await f.call(bad);
      expect(result).toMatchObject({ ok: false, kind: 'invalid', errors: { [f.field]: 'controlChars' } });
      expect(await snapshot()).toEqual(before);
    });
  }
});
