import { describe, expect, it } from 'vitest';
import { picturesIn, withPictures } from './pictures';
import type { BodyPicture, RichTextDoc } from './types';

const pic = (mediaId: string): BodyPicture => ({
  mediaId,
  src: '',
  width: 0,
  height: 0,
  alt: '',
  caption: '',
  credit: '',
});

const doc: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'image', attrs: pic('a') },
    { type: 'paragraph', content: [{ type: 'text', text: 'between' }] },
    { type: 'gallery', attrs: { items: [pic('b'), pic('c')] } },
  ],
};

describe('body pictures', () => {
  it('lists every picture, galleries included, in order', () => {
    expect(picturesIn(doc).map((p) => p.mediaId)).toEqual(['a', 'b', 'c']);
    expect(picturesIn({ type: 'doc', content: [] })).toEqual([]);
  });

  it('rewrites every picture and leaves the other nodes as they are', () => {
    const out = withPictures(doc, (p) => ({ ...p, src: `/media/${p.mediaId}.webp` }));
    expect(picturesIn(out).map((p) => p.src)).toEqual(['/media/a.webp', '/media/b.webp', '/media/c.webp']);
    expect(out.content[1]).toBe(doc.content[1]);
    expect(picturesIn(doc).map((p) => p.src)).toEqual(['', '', '']);
  });
});
