// Pictures inside a body on save (decision 0027), on both databases: the file and size always come from the
// Media row, empty texts take the picture's own in the version's language, and a picture already in the story
// stays usable to whoever may edit it. Who may use which picture is the authorization matrix (authz.test.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import type { BodyPicture, RichTextDoc } from '@/lib/richtext/types';
import { getChoices, type ActorInfo } from './articles';
import { storeImage } from '@/lib/media/images';
import { bodyPictures, discardUnrecorded, uploadBodyPicture } from './media';

let n = 0;
const uid = () => `bp${Date.now().toString(36)}${(n++).toString(36)}`;

const sent = (mediaId: string, texts: Partial<BodyPicture> = {}): BodyPicture => ({
  mediaId,
  src: 'https://tracker.example/pixel.png',
  width: 1,
  height: 1,
  alt: '',
  caption: '',
  credit: '',
  ...texts,
});

describeOnDatabases('pictures inside a body, checked and completed on save', () => {
  let editor: ActorInfo;
  let contributor: ActorInfo;
  let media: string;

  beforeAll(async () => {
    const e = await db().user.create({ data: { email: `${uid()}@test.example`, name: 'editor', role: 'editor' } });
    const c = await db().user.create({
      data: { email: `${uid()}@test.example`, name: 'contributor', role: 'contributor' },
    });
    editor = { id: e.id, role: 'editor', email: e.email };
    contributor = { id: c.id, role: 'contributor', email: c.email };
    media = uid();
    await db().media.create({
      data: {
        id: media,
        file: `/media/uploads/${media}-w1600.webp`,
        mimeType: 'image/webp',
        width: 1600,
        height: 1000,
        credit: 'Рэдакцыя',
        translations: {
          create: [
            { locale: 'be', alt: 'Рака на світанку', caption: 'Рака' },
            { locale: 'en', alt: 'A river at dawn', caption: 'The river' },
          ],
        },
      },
    });
  });

  it('takes file and size from the Media row and fills empty texts in the version’s language', async () => {
    const body: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'image', attrs: sent(media, { caption: 'Our own caption' }) },
        { type: 'gallery', attrs: { items: [sent(media), sent(media, { alt: 'Typed alt', credit: 'Typed' })] } },
      ],
    };
    const r = await db().$transaction((tx) => bodyPictures(tx, editor, body, { locale: 'en', storyId: null }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const file = { mediaId: media, src: `/media/uploads/${media}-w1600.webp`, width: 1600, height: 1000 };
    expect(r.body.content).toEqual([
      { type: 'image', attrs: { ...file, alt: 'A river at dawn', caption: 'Our own caption', credit: 'Рэдакцыя' } },
      {
        type: 'gallery',
        attrs: {
          items: [
            { ...file, alt: 'A river at dawn', caption: 'The river', credit: 'Рэдакцыя' },
            { ...file, alt: 'Typed alt', caption: 'The river', credit: 'Typed' },
          ],
        },
      },
    ]);
  });

  it('a picture the actor may not use is refused, unless one of the story’s versions already shows it', async () => {
    const body: RichTextDoc = { type: 'doc', content: [{ type: 'image', attrs: sent(media) }] };
    const refused = await db().$transaction((tx) =>
      bodyPictures(tx, contributor, body, { locale: 'be', storyId: null }),
    );
    expect(refused).toEqual({ ok: false, kind: 'unknown', mediaId: media });

    const section = await db().section.findFirstOrThrow({ select: { id: true } });
    const story = await db().story.create({ data: { sectionId: section.id, createdById: contributor.id } });
    await db().article.create({
      data: { storyId: story.id, locale: 'en', slug: uid(), title: 't', lede: 'l', body: body as never },
    });
    const kept = await db().$transaction((tx) =>
      bodyPictures(tx, contributor, body, { locale: 'be', storyId: story.id }),
    );
    expect(kept.ok).toBe(true);
  });

  it('an upload from the body editor records its uploader, who may then use it; the row outlives the account', async () => {
    const u = await db().user.create({ data: { email: `${uid()}@test.example`, name: 'c', role: 'contributor' } });
    const uploader: ActorInfo = { id: u.id, role: 'contributor', email: u.email };
    const file = `/media/uploads/${uid()}-w480.webp`;
    const up = await uploadBodyPicture(uploader, { file, width: 480, height: 320, mimeType: 'image/webp' });
    if (!up.ok) throw new Error('refused');
    expect(await db().media.findUniqueOrThrow({ where: { id: up.mediaId } })).toMatchObject({
      uploadedById: u.id,
      file,
    });
    expect(await db().auditLog.count({ where: { targetType: 'media', targetId: up.mediaId, userId: u.id } })).toBe(1);
    const body: RichTextDoc = { type: 'doc', content: [{ type: 'image', attrs: sent(up.mediaId) }] };
    const target = { locale: 'be' as const, storyId: null };
    expect((await db().$transaction((tx) => bodyPictures(tx, uploader, body, target))).ok).toBe(true);
    // Another contributor may not use it (it is shown by no story they may read).
    expect(await db().$transaction((tx) => bodyPictures(tx, contributor, body, target))).toEqual({
      ok: false,
      kind: 'unknown',
      mediaId: up.mediaId,
    });
    await db().user.delete({ where: { id: u.id } });
    expect((await db().media.findUniqueOrThrow({ where: { id: up.mediaId } })).uploadedById).toBeNull();
  });

  it('names an upload in its uploader’s picture choices by its own file name, on one line, until it has alt text', async () => {
    const u = await db().user.create({ data: { email: `${uid()}@test.example`, name: 'c', role: 'contributor' } });
    const uploader: ActorInfo = { id: u.id, role: 'contributor', email: u.email };
    const file = `/media/uploads/${uid()}-w480.webp`;
    const hostile = '  Плошча\u2028 Перамогі\u0000\n<b>вечар</b>.jpg  ';
    const up = await uploadBodyPicture(uploader, { file, width: 480, height: 320, mimeType: 'image/webp' }, hostile);
    if (!up.ok) throw new Error('refused');
    const named = async () => (await getChoices('be', uploader)).media.find((m) => m.id === up.mediaId)?.name;
    expect(await named()).toBe('Плошча Перамогі <b>вечар</b>.jpg');
    await db().mediaTranslation.create({ data: { mediaId: up.mediaId, locale: 'be', alt: 'Плошча ўвечары' } });
    expect(await named()).toBe('Плошча ўвечары');
    // A nameless upload is named by its path, as before.
    const bare = await uploadBodyPicture(uploader, { file: `${file}.2`, width: 1, height: 1, mimeType: 'image/webp' });
    if (!bare.ok) throw new Error('refused');
    expect((await getChoices('be', uploader)).media.find((m) => m.id === bare.mediaId)?.name).toBe(`${file}.2`);
  });

  it('after a failed picture write, removes the stored files only where no row came to use them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekha-unrecorded-'));
    const png = () =>
      sharp({ create: { width: 600, height: 300, channels: 3, background: { r: 9, g: 9, b: 9 } } })
        .png()
        .toBuffer();
    const used = await storeImage(await png(), dir);
    const orphan = await storeImage(await png(), dir);
    await db().media.create({ data: used });
    await discardUnrecorded(used, dir);
    await discardUnrecorded(orphan, dir);
    const id = (file: string) => file.slice('/media/uploads/'.length).split('-w')[0];
    expect(fs.readdirSync(dir).sort()).toEqual([`${id(used.file)}-w480.webp`, `${id(used.file)}-w600.webp`]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('a body without pictures is left as it is', async () => {
    const body: RichTextDoc = { type: 'doc', content: [{ type: 'embed', attrs: { provider: 'x', id: '1' } }] };
    const r = await db().$transaction((tx) => bodyPictures(tx, contributor, body, { locale: 'be', storyId: null }));
    expect(r).toEqual({ ok: true, body });
  });

  it('the demo story with body media is seeded as a save would store it', async () => {
    const a = await db().article.findFirstOrThrow({
      where: { storyId: 'seed-story-m-river-photo-walk', locale: 'en' },
      select: { body: true },
    });
    const body = a.body as unknown as RichTextDoc;
    const r = await db().$transaction((tx) => bodyPictures(tx, editor, body, { locale: 'en', storyId: null }));
    expect(r).toEqual({ ok: true, body });
    expect(body.content.map((n) => n.type)).toEqual(expect.arrayContaining(['image', 'gallery', 'embed']));
  });
});
