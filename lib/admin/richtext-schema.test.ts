import { describe, expect, it } from 'vitest';
import { PAYLOADS } from '@/lib/security/payloads';
import { MAX_GALLERY_PICTURES, normalizeDoc, richTextDocSchema } from './richtext-schema';

describe('body normalisation keeps only what every output can carry', () => {
  it('drops NUL, other control characters and lone surrogates from text and attribution; keeps tab and newline', () => {
    const body = JSON.stringify({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<scr\u0000ipt>a\u0001b\u000Cc\td\u007F \uD800e' }] },
        {
          type: 'blockquote',
          attrs: { cite: 'Іван\u0000' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: '\u0000' }] }],
        },
      ],
    });
    expect(richTextDocSchema.parse(body)).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>abc\td \uFFFDe' }] },
        { type: 'blockquote', attrs: { cite: 'Іван' }, content: [{ type: 'paragraph' }] },
      ],
    });
  });
});

describe('pictures, galleries and embeds (decision 0027)', () => {
  const picture = {
    mediaId: 'river',
    src: '/media/demo/river.svg',
    width: 1200,
    height: 675,
    alt: 'A',
    caption: 'B',
    credit: 'C',
  };

  it('keeps a picture’s id and texts (one line each, bounded); drops a source that is not a site path', () => {
    const doc = normalizeDoc({
      type: 'doc',
      content: [
        {
          type: 'image',
          attrs: {
            ...picture,
            src: 'https://tracker.example/p.png',
            alt: ' A\n\u0000 river ',
            caption: 'x'.repeat(900),
            onerror: 'alert(1)',
          },
        },
      ],
    });
    expect(doc.content).toEqual([
      {
        type: 'image',
        attrs: {
          mediaId: 'river',
          src: '',
          width: 1200,
          height: 675,
          alt: 'A river',
          caption: 'x'.repeat(500),
          credit: 'C',
        },
      },
    ]);
  });

  it('drops pictures without a well-formed media id, and sizes that are not positive integers', () => {
    for (const mediaId of [undefined, '', '../x', 'a b', '<script>', 'x'.repeat(65), 42, { id: 'river' }])
      expect(
        normalizeDoc({ type: 'doc', content: [{ type: 'image', attrs: { ...picture, mediaId } }] }).content,
      ).toEqual([]);
    const sized = normalizeDoc({
      type: 'doc',
      content: [{ type: 'image', attrs: { ...picture, width: -5, height: '675' } }],
    }).content[0];
    expect(sized).toMatchObject({ attrs: { width: 0, height: 0 } });
  });

  it('a gallery keeps its well-formed pictures: one left is a picture, none is nothing', () => {
    const gallery = (items: unknown[]) =>
      normalizeDoc({ type: 'doc', content: [{ type: 'gallery', attrs: { items } }] }).content;
    expect(gallery([picture, { ...picture, mediaId: 'bridge' }])).toMatchObject([
      { type: 'gallery', attrs: { items: [{ mediaId: 'river' }, { mediaId: 'bridge' }] } },
    ]);
    expect(gallery([picture, { mediaId: '<x>' }, null, 'x'])).toMatchObject([
      { type: 'image', attrs: { mediaId: 'river' } },
    ]);
    expect(gallery([])).toEqual([]);
    expect(gallery(Array.from({ length: 100 }, () => picture))[0]).toMatchObject({
      attrs: { items: { length: MAX_GALLERY_PICTURES } },
    });
  });

  it('an embed is stored as provider and id only; an address is parsed; unknown and hostile ones are refused', () => {
    const embeds = (attrs: unknown[]) =>
      normalizeDoc({ type: 'doc', content: attrs.map((a) => ({ type: 'embed', attrs: a })) }).content;
    expect(
      embeds([
        { provider: 'youtube', id: 'dQw4w9WgXcQ', url: 'javascript:alert(1)', html: '<iframe>' },
        { url: 'https://t.me/demo_channel/42?x=<script>' },
      ]),
    ).toEqual([
      { type: 'embed', attrs: { provider: 'youtube', id: 'dQw4w9WgXcQ' } },
      { type: 'embed', attrs: { provider: 'telegram', id: 'demo_channel/42' } },
    ]);
    expect(
      embeds([
        { provider: 'vimeo', id: '1' },
        { provider: 'youtube', id: 'javascript:x' },
        { url: 'https://evil.example/watch?v=dQw4w9WgXcQ' },
        { url: 'data:text/html,<script>alert(1)</script>' },
        ...PAYLOADS.map((p) => ({ url: p.text })),
        ...PAYLOADS.map((p) => ({ provider: 'x', id: p.text })),
        null,
      ]),
    ).toEqual([]);
  });

  it('through the form field: a body with every kind of node survives a round trip unchanged', () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'image', attrs: picture },
        { type: 'gallery', attrs: { items: [picture, { ...picture, mediaId: 'bridge' }] } },
        { type: 'embed', attrs: { provider: 'instagram', id: 'p/C0dE_x-12' } },
      ],
    };
    expect(richTextDocSchema.parse(JSON.stringify(body))).toEqual(body);
  });
});
