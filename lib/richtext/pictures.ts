// The pictures of a body (decision 0027): pictures and galleries, read and rewritten in one place, for the
// newsroom's save (lib/admin/media.ts bodyPictures) and the demo seed (prisma/seed/run.ts).
import type { BodyPicture, RichTextDoc } from './types';

/** Every picture of a body, galleries included, in order. */
export function picturesIn(doc: RichTextDoc): BodyPicture[] {
  return doc.content.flatMap((n) => (n.type === 'image' ? [n.attrs] : n.type === 'gallery' ? n.attrs.items : []));
}

/** The body with each picture, galleries included, replaced by `complete(picture)`; every other node as it is. */
export function withPictures(doc: RichTextDoc, complete: (p: BodyPicture) => BodyPicture): RichTextDoc {
  return {
    type: 'doc',
    content: doc.content.map((n) =>
      n.type === 'image'
        ? { type: 'image', attrs: complete(n.attrs) }
        : n.type === 'gallery'
          ? { type: 'gallery', attrs: { items: n.attrs.items.map(complete) } }
          : n,
    ),
  };
}
