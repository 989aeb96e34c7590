// Reading a request body with a byte cap. A Content-Length header can be missing (chunked uploads) or wrong,
// so the bytes are counted as they arrive and reading stops the moment the cap is passed: an oversized upload
// answers 413 after `max` bytes instead of being buffered whole (decision 0018).

export class BodyTooLarge extends Error {
  constructor(readonly max: number) {
    super(`request body larger than ${max} bytes`);
    this.name = 'BodyTooLarge';
  }
}

/** The whole body, or BodyTooLarge as soon as more than `max` bytes have arrived. */
export async function readCappedBody(request: Request, max: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > max) throw new BodyTooLarge(max);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge(max);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

/** A multipart or urlencoded form read with a byte cap (see readCappedBody). */
export async function readCappedForm(request: Request, max: number): Promise<FormData> {
  const body = await readCappedBody(request, max);
  return new Response(body as BodyInit, {
    headers: { 'Content-Type': request.headers.get('content-type') ?? '' },
  }).formData();
}
