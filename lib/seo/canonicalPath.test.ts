import { describe, expect, it } from 'vitest';
import { canonicalPathname } from './canonicalPath';

describe('canonicalPathname', () => {
  it('leaves canonical paths alone', () => {
    for (const p of ['/', '/be', '/en/news/some-slug', '/ru/news/%D0%B0']) expect(canonicalPathname(p)).toBeNull();
  });
  it('lowercases letters and drops trailing and doubled slashes', () => {
    expect(canonicalPathname('/BE')).toBe('/be');
    expect(canonicalPathname('/en/News/Some-Slug/')).toBe('/en/news/some-slug');
    expect(canonicalPathname('/be/')).toBe('/be');
    expect(canonicalPathname('//be//news/x')).toBe('/be/news/x');
  });
  it('keeps percent-escapes in encodeURIComponent’s uppercase form', () => {
    expect(canonicalPathname('/ru/news/%d0%b0')).toBe('/ru/news/%D0%B0');
    expect(canonicalPathname('/RU/news/%D0%B0/')).toBe('/ru/news/%D0%B0');
  });
});
