// Uploaded pictures: JPEG, PNG or WebP (the type read from the bytes, never from the name or the browser),
// at most MAX_UPLOAD_BYTES, resized with sharp into responsive WebP widths, stored under MEDIA_DIR
// (default data/media) and served from /media/uploads/<name> with a one-year immutable cache.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_UPLOAD_BYTES } from './limits';
import { RESPONSIVE_WIDTHS, UPLOAD_URL_PREFIX, variantName, variantWidths } from './srcset';

export { MAX_UPLOAD_BYTES } from './limits';
export { RESPONSIVE_WIDTHS, UPLOAD_URL_PREFIX, srcSetFor, variantName, variantWidths } from './srcset';
export const MAX_PIXELS = 60_000_000;
const NAME = /^[a-z0-9]{16,40}-w\d{2,4}\.webp$/;

export const isVariantName = (name: string) => NAME.test(name);

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/** The image type from the file's first bytes (magic numbers), or null. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b[i] === v)) return 'image/png';
  if (
    b.length >= 12 &&
    String.fromCharCode(...b.slice(0, 4)) === 'RIFF' &&
    String.fromCharCode(...b.slice(8, 12)) === 'WEBP'
  )
    return 'image/webp';
  return null;
}

export function mediaDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), env.MEDIA_DIR?.trim() || 'data/media');
}

/** Widths made for an image whose (capped) width is `width`: the standard ones below it, and it. */
export class ImageRejected extends Error {
  constructor(public reason: 'tooBig' | 'notImage' | 'unreadable') {
    super(reason);
  }
}

export interface StoredImage {
  file: string;
  width: number;
  height: number;
  mimeType: 'image/webp';
}

/** Check, resize and store an upload. Throws ImageRejected for anything that is not a usable picture. */
export async function storeImage(bytes: Uint8Array, dir = mediaDir()): Promise<StoredImage> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new ImageRejected('tooBig');
  if (!sniffImageType(bytes)) throw new ImageRejected('notImage');
  const { default: sharp } = await import('sharp');
  let meta;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS }).rotate().metadata();
  } catch {
    throw new ImageRejected('unreadable');
  }
  if (!meta.width || !meta.height || !['jpeg', 'png', 'webp'].includes(meta.format ?? ''))
    throw new ImageRejected('notImage');
  // EXIF orientation 5–8 swaps width and height.
  const [w0, h0] = (meta.orientation ?? 1) >= 5 ? [meta.height, meta.width] : [meta.width, meta.height];
  const top = Math.min(w0, RESPONSIVE_WIDTHS.at(-1)!);
  const id = crypto.randomBytes(12).toString('hex');
  await fs.mkdir(dir, { recursive: true });
  for (const w of variantWidths(top)) {
    await sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: w, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toFile(path.join(dir, variantName(id, w)));
  }
  return {
    file: `${UPLOAD_URL_PREFIX}${variantName(id, top)}`,
    width: top,
    height: Math.round((h0 * top) / w0),
    mimeType: 'image/webp',
  };
}

/**
 * Remove the files storeImage wrote for `stored`, when no row came to point at them (a refused upload, an import
 * whose story rolled back). Only this store's own variant names are touched; a file already gone is no error.
 */
export async function discardImage(stored: Pick<StoredImage, 'file' | 'width'>, dir = mediaDir()): Promise<void> {
  if (!stored.file.startsWith(UPLOAD_URL_PREFIX)) return;
  const m = /^([a-z0-9]{16,40})-w\d{2,4}\.webp$/.exec(stored.file.slice(UPLOAD_URL_PREFIX.length));
  if (!m) return;
  await Promise.all(
    variantWidths(stored.width).map((w) => fs.rm(path.join(dir, variantName(m[1], w)), { force: true })),
  );
}
