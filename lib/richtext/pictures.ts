// The pictures of a body (decision 0027), read and rewritten in one place: pictures, then each gallery's items, in
// reading order. `picturesIn`/`withPictures` work on a normalised body (the newsroom's save, lib/admin/media.ts
// bodyPictures, and the demo seed); `picturesInBody` reads a stored body as the renderer does, for the article's
// structured data (lib/seo/jsonld.ts): only a source that is a site path, anything else left out as on the page.
import { safeHref } from './safeHref';
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

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** The picture with its source as the site path the renderer would use, or null when the page shows nothing. */
function shown(p: unknown): BodyPicture | null {
  if (!p || typeof p !== 'object') return null;
  const src = (p as { src?: unknown }).src;
  const path = typeof src === 'string' && src.startsWith('/') ? safeHref(src) : null;
  return path?.startsWith('/') ? { ...(p as BodyPicture), src: path } : null;
}

export function picturesInBody(doc: RichTextDoc | null | undefined): BodyPicture[] {
  const found: BodyPicture[] = [];
  for (const node of list(doc?.content) as { type?: unknown; attrs?: { items?: unknown } }[]) {
    const pictures = node?.type === 'image' ? [node.attrs] : node?.type === 'gallery' ? list(node.attrs?.items) : [];
    for (const p of pictures) {
      const picture = shown(p);
      if (picture) found.push(picture);
    }
  }
  return found;
}
