import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { discardImage, ImageRejected, MAX_UPLOAD_BYTES, sniffImageType, srcSetFor, storeImage } from './images';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rekha-media-'));
const picture = (format: 'jpeg' | 'png' | 'webp', width = 2000, height = 1000) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 40 } } })
    [format]()
    .toBuffer();

describe('image uploads', () => {
  it('reads the type from the bytes', async () => {
    expect(sniffImageType(await picture('jpeg', 10, 10))).toBe('image/jpeg');
    expect(sniffImageType(await picture('png', 10, 10))).toBe('image/png');
    expect(sniffImageType(await picture('webp', 10, 10))).toBe('image/webp');
    expect(sniffImageType(new TextEncoder().encode('<svg onload="alert(1)">'))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('GIF89a....'))).toBeNull();
  });

  it('stores responsive WebP widths and never enlarges', async () => {
    const big = await storeImage(await picture('jpeg'), dir);
    expect([big.width, big.height, big.mimeType]).toEqual([1600, 800, 'image/webp']);
    const srcset = srcSetFor(big.file, big.width)!;
    expect(srcset.split(', ').map((s) => s.split(' ')[1])).toEqual(['480w', '960w', '1600w']);
    for (const entry of srcset.split(', ')) {
      const file = path.join(dir, entry.split(' ')[0].replace('/media/uploads/', ''));
      const meta = await sharp(file).metadata();
      expect(`${meta.format} ${meta.width}w`).toBe(`webp ${entry.split(' ')[1]}`);
    }
    const small = await storeImage(await picture('png', 600, 300), dir);
    expect([small.width, small.height]).toEqual([600, 300]);
    expect(srcSetFor(small.file, small.width)!.split(', ').length).toBe(2);
  });

  it('removes every width of a stored picture that nothing came to use, and nothing else', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'rekha-discard-'));
    const kept = await storeImage(await picture('png', 1000, 500), own);
    const dropped = await storeImage(await picture('jpeg', 1000, 500), own);
    fs.writeFileSync(path.join(own, 'notes.txt'), 'not a variant');
    expect(fs.readdirSync(own)).toHaveLength(7); // 480, 960 and 1000 wide, twice, and the note
    await discardImage(dropped, own);
    const left = fs.readdirSync(own).sort();
    const id = (file: string) => file.slice('/media/uploads/'.length).split('-w')[0];
    expect(left).toEqual(['notes.txt', ...[480, 960, 1000].map((w) => `${id(kept.file)}-w${w}.webp`)].sort());
    // Not one of the store's names (a demo picture, a path out of the folder): untouched, no error.
    await discardImage({ file: '/media/demo/river.svg', width: 800 }, own);
    await discardImage({ file: '/media/uploads/../notes.txt', width: 800 }, own);
    await discardImage(dropped, own); // already gone
    expect(fs.readdirSync(own).sort()).toEqual(left);
    fs.rmSync(own, { recursive: true, force: true });
  });

  it('refuses what is not a JPEG, PNG or WebP, or too big', async () => {
    await expect(storeImage(new TextEncoder().encode('<script>alert(1)</script>'), dir)).rejects.toBeInstanceOf(
      ImageRejected,
    );
    await expect(storeImage(new Uint8Array(MAX_UPLOAD_BYTES + 1), dir)).rejects.toMatchObject({ reason: 'tooBig' });
    const truncated = (await picture('png', 100, 100)).subarray(0, 40);
    await expect(storeImage(truncated, dir)).rejects.toBeInstanceOf(ImageRejected);
  });

  it('srcset only for uploads', () => {
    expect(srcSetFor('/media/demo/river.svg', 1200)).toBeUndefined();
  });
});
