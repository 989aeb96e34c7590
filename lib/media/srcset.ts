// Responsive sizes of uploaded pictures (lib/media/images.ts makes them). No Node imports: reader
// components use this to write srcset.
export const RESPONSIVE_WIDTHS = [480, 960, 1600] as const;
export const UPLOAD_URL_PREFIX = '/media/uploads/';

/** Widths made for an image whose (capped) width is `width`: the standard ones below it, and it. */
export function variantWidths(width: number): number[] {
  return [...RESPONSIVE_WIDTHS.filter((w) => w < width), width];
}

export const variantName = (id: string, width: number) => `${id}-w${width}.webp`;

/** `srcset` for an uploaded image (its file is the largest variant), or undefined for any other file. */
export function srcSetFor(file: string, width: number): string | undefined {
  if (!file.startsWith(UPLOAD_URL_PREFIX)) return undefined;
  const m = /^([a-z0-9]+)-w\d+\.webp$/.exec(file.slice(UPLOAD_URL_PREFIX.length));
  if (!m) return undefined;
  return variantWidths(width)
    .map((w) => `${UPLOAD_URL_PREFIX}${variantName(m[1], w)} ${w}w`)
    .join(', ');
}
