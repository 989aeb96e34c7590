// Picture upload (multipart form). A route handler rather than a server action because pictures exceed server
// actions' 1 MB body limit — so it checks CSRF itself: the Origin (or Referer) must be this site. Then: session,
// role, bytes (lib/media/images.ts); the command in lib/admin/media.ts checks again, writes, audits and drops the
// cached pages (decision 0021). Two callers:
// - the story's main-picture form (works without JavaScript): attachPicture, answered with a redirect back;
// - the body editor's media panel, asking with `Accept: application/json`: uploadBodyPicture records a picture
//   of no story yet, usable by its uploader (decision 0027); answered with JSON { id, name, size, url } or
//   { error } and a 4xx status.
import {
  attachPicture,
  recordingPictures,
  fileName,
  pictureTarget,
  pictureTextsFrom,
  uploadBodyPicture,
} from '@/lib/admin/media';
import { auth } from '@/lib/auth/auth';
import { isRole } from '@/lib/auth/roles';
import { BodyTooLarge, readCappedForm } from '@/lib/http/cappedBody';
import { locales } from '@/lib/locales';
import { ImageRejected, MAX_UPLOAD_BYTES, storeImage } from '@/lib/media/images';

// A relative Location: behind a proxy (or with 127.0.0.1 vs localhost) req.url's host may not be the browser's.
const back = (_req: Request, articleId: string, query: string) =>
  new Response(null, {
    status: 303,
    headers: {
      Location: `/admin/articles/${encodeURIComponent(articleId)}?${query}`,
      'Cache-Control': 'private, no-store',
    },
  });

/** The newsroom reads English, Belarusian and Russian: the limit in all three (the form's own check shows it localised). */
const tooLarge = () =>
  new Response('Файл большы за 10 МБ · Файл больше 10 МБ · File larger than 10 MB\n', {
    status: 413,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store', Connection: 'close' },
  });

const wantsJson = (req: Request) => (req.headers.get('accept') ?? '').includes('application/json');

export type UploadError =
  'crossSite' | 'signIn' | 'tooBig' | 'malformed' | 'missing' | 'notImage' | 'unreadable' | 'forbidden';

const jsonError = (error: UploadError, status: number, extra: Record<string, string> = {}) =>
  Response.json(
    { error },
    { status, headers: { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff', ...extra } },
  );

/** The body editor's upload: same checks as the form's, a picture of no story yet, answered in JSON. */
async function bodyUpload(req: Request) {
  if (!sameOrigin(req)) return jsonError('crossSite', 403);
  const session = await auth().api.getSession({ headers: req.headers });
  const role = (session?.user as { role?: unknown } | undefined)?.role;
  if (!session || !isRole(role)) return jsonError('signIn', 401);
  let form: FormData;
  try {
    form = await readCappedForm(req, MAX_UPLOAD_BYTES + 64 * 1024);
  } catch (e) {
    if (e instanceof BodyTooLarge) return jsonError('tooBig', 413, { Connection: 'close' });
    return jsonError('malformed', 400);
  }
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return jsonError('missing', 400);
  if (file.size > MAX_UPLOAD_BYTES) return jsonError('tooBig', 413);
  let stored;
  try {
    stored = await storeImage(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    if (e instanceof ImageRejected) return jsonError(e.reason, e.reason === 'tooBig' ? 413 : 415);
    throw e;
  }
  const actor = { id: session.user.id, role, email: session.user.email };
  const outcome = await recordingPictures([stored], () => uploadBodyPicture(actor, stored, file.name));
  if (!outcome.ok) return jsonError('forbidden', 403);
  return Response.json(
    { id: outcome.mediaId, name: fileName(file.name) || 'picture', size: file.size, url: outcome.file },
    { status: 201, headers: { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } },
  );
}

/** Same-origin check: the browser's Origin (or, failing that, Referer) must be the host this request came to. */
export function sameOrigin(req: Request): boolean {
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  const from = req.headers.get('origin') ?? req.headers.get('referer');
  if (!host || !from || from === 'null') return false;
  try {
    return new URL(from).host === host;
  } catch {
    return false;
  }
}

export async function POST(req: Request) {
  if (wantsJson(req)) return bodyUpload(req);
  if (!sameOrigin(req)) return new Response('Cross-site request refused', { status: 403 });
  const session = await auth().api.getSession({ headers: req.headers });
  const role = (session?.user as { role?: unknown } | undefined)?.role;
  if (!session || !isRole(role)) return new Response('Sign in first', { status: 401 });
  // The picture plus the form's other fields and multipart framing; counted as the bytes arrive, so a chunked
  // upload without Content-Length is cut off at the cap too (decision 0018).
  let form: FormData;
  try {
    form = await readCappedForm(req, MAX_UPLOAD_BYTES + 64 * 1024);
  } catch (e) {
    if (e instanceof BodyTooLarge) return tooLarge();
    return new Response('Malformed upload', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const articleId = String(form.get('articleId') ?? '');
  const actor = { id: session.user.id, role, email: session.user.email };
  const target = await pictureTarget(actor, articleId);
  if (!target.ok && target.kind === 'notFound') return new Response('Not found', { status: 404 });
  if (!target.ok) return back(req, articleId, `image=${target.kind}`);
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return back(req, articleId, 'image=missing');
  if (file.size > MAX_UPLOAD_BYTES) return back(req, articleId, 'image=tooBig');
  const texts = pictureTextsFrom(form);
  if (!locales.some((l) => texts[`alt_${l}`].trim())) return back(req, articleId, 'image=alt');
  let stored;
  try {
    stored = await storeImage(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    if (e instanceof ImageRejected) return back(req, articleId, `image=${e.reason}`);
    throw e;
  }
  const outcome = await recordingPictures([stored], () => attachPicture(actor, articleId, stored, texts, file.name));
  if (!outcome.ok)
    return back(
      req,
      articleId,
      `image=${outcome.kind === 'alt_missing' ? 'alt' : outcome.kind === 'invalid' ? 'controlChars' : outcome.kind}`,
    );
  return back(req, articleId, 'image=done');
}
