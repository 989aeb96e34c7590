// The pictures a body shows, in reading order (pictures, then each gallery's items): what the article's
// structured data lists after the main picture (lib/seo/jsonld.ts). Only what the renderer would show: a source
// that is a site path (decision 0027); anything else in a stored body is left out here as it is on the page.
import { safeHref } from './safeHref';
import type { BodyPicture, RichTextDoc } from './types';

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
