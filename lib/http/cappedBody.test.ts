import { describe, expect, it } from 'vitest';
import { BodyTooLarge, readCappedBody, readCappedForm } from './cappedBody';

/** A chunked body (no Content-Length), as a browser or curl streams it, that counts how much was pulled. */
function streamed(chunks: number, chunkSize: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkSize).fill(97));
    },
  });
  const request = new Request('http://x/upload', { method: 'POST', body, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('readCappedBody', () => {
  it('returns a body within the cap', async () => {
    const { request } = streamed(4, 1000);
    expect((await readCappedBody(request, 4000)).byteLength).toBe(4000);
  });

  it('stops reading a chunked body as soon as it passes the cap', async () => {
    const { request, pulled } = streamed(1000, 64 * 1024); // 64 MB offered
    await expect(readCappedBody(request, 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLarge);
    expect(pulled()).toBeLessThan(20);
  });

  it('refuses at once when Content-Length already says too much', async () => {
    const request = new Request('http://x/upload', {
      method: 'POST',
      body: 'x'.repeat(10),
      headers: { 'content-length': '999999' },
    });
    await expect(readCappedBody(request, 100)).rejects.toBeInstanceOf(BodyTooLarge);
  });

  it('reads a multipart form within the cap', async () => {
    const form = new FormData();
    form.set('articleId', 'a1');
    form.set('file', new File([new Uint8Array(10)], 'p.png', { type: 'image/png' }));
    const request = new Request('http://x/upload', { method: 'POST', body: form });
    const read = await readCappedForm(request, 10_000);
    expect(read.get('articleId')).toBe('a1');
    expect((read.get('file') as File).size).toBe(10);
  });
});
