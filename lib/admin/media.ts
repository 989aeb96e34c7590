// A story's main picture: uploading one for a story, and its per-language alt text, caption and credit; and the
// pictures inside a body (bodyPictures). Permissions are checked here, on the server; the upload route and the
// picture-texts action only call these.
import { articleChanges } from '@/lib/cache/invalidate';
import { db, type Prisma } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/locales';
import {
  type Actor,
  canChangePictureTexts,
  canChangeSharedFields,
  canCreateStory,
  canEdit,
  canRead,
  canUsePicture,
  isLiveStatus,
} from '@/lib/auth/roles';
import { discardImage, type StoredImage } from '@/lib/media/images';
import { versionAccessSelect, type ActorInfo } from './articles';
import { picturesIn, withPictures } from '@/lib/richtext/pictures';
import type { BodyPicture, RichTextDoc } from '@/lib/richtext/types';
import { newsroomWrite, type AuditEntry } from './door';
import { normalizeDoc } from './richtext-schema';
import { hasForbiddenChars } from './text-safety';

export type PictureTexts = { credit: string } & Record<`alt_${Locale}` | `caption_${Locale}`, string>;

export type PictureOutcome =
  | { ok: true; mediaId: string; articleIds: string[] }
  | { ok: false; kind: 'notFound' | 'forbidden' | 'sharedLocked' | 'pictureShared' | 'notImage' | 'alt_missing' }
  | { ok: false; kind: 'invalid'; errors: Record<string, string> };

/** Control characters and broken UTF-16, per field (decision 0020): refused, never stored or silently changed. */
function hostileTexts(texts: PictureTexts) {
  const errors: Record<string, string> = {};
  for (const [field, value] of Object.entries(texts))
    if (hasForbiddenChars(value ?? '')) errors[field] = 'controlChars';
  return Object.keys(errors).length ? { ok: false as const, kind: 'invalid' as const, errors } : null;
}

const storyIsLive = (articles: { status: string }[]) => articles.some((a) => isLiveStatus(a.status));

/** Texts as typed → one line each, trimmed, bounded. */
const line = (s: string | undefined, max: number) => (s ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/** An upload's own file name as the newsroom sees it: one line, bounded, shown as text only ('' when none). */
export const fileName = (name: string) =>
  // Line breaks become spaces; control characters and broken UTF-16 go (decision 0020); emoji stay, whole.
  Array.from(
    name
      .replace(/\s+/g, ' ')
      .replace(/[\p{Cc}\p{Cs}]/gu, '')
      .trim(),
  )
    .slice(0, 200)
    .join('');

/**
 * May `actor` put a new picture on this language version's story? The main picture is shared by all versions:
 * once one is live it changes only through someone who may change the live story (decision 0020). A version
 * the actor may not read answers 'notFound', like an unknown id.
 */
export async function pictureTarget(actor: ActorInfo, articleId: string, client: Prisma.TransactionClient = db()) {
  const article = await client.article.findUnique({
    where: { id: articleId },
    select: versionAccessSelect,
  });
  if (!article || article.deletedAt || !canRead(actor, article.story, article.status))
    return { ok: false as const, kind: 'notFound' as const };
  if (!canEdit(actor, article.story, isLiveStatus(article.status)))
    return { ok: false as const, kind: 'forbidden' as const };
  if (!canChangeSharedFields(actor, article.story, storyIsLive(article.story.articles)))
    return { ok: false as const, kind: 'sharedLocked' as const };
  return { ok: true as const, storyId: article.storyId };
}

type PictureDone = Extract<PictureOutcome, { ok: true }>;
type PictureRefusal = Exclude<PictureOutcome, { ok: true }>;

/** The picture shows on its stories' pages and cards in every language (decision 0015). */
const pictureChanged = (done: PictureDone) => articleChanges(done.articleIds);

/**
 * A write on the main picture of this language version's story, through the door: who may change the picture
 * (`pictureTarget`) and hostile texts (decision 0020) are checked in the transaction before `run` writes.
 */
function pictureWrite(
  actor: ActorInfo,
  articleId: string,
  texts: PictureTexts,
  write: {
    run: (tx: Prisma.TransactionClient, storyId: string) => Promise<PictureOutcome>;
    audit: (done: PictureDone) => AuditEntry;
  },
): Promise<PictureOutcome> {
  return newsroomWrite<PictureDone, PictureRefusal>({
    actor,
    run: async (tx) => {
      const target = await pictureTarget(actor, articleId, tx);
      if (!target.ok) return target;
      const hostile = hostileTexts(texts);
      if (hostile) return hostile;
      return write.run(tx, target.storyId);
    },
    audit: write.audit,
    changes: pictureChanged,
  });
}

/** Record an uploaded picture and make it the story's main picture. */
export async function attachPicture(
  actor: ActorInfo,
  articleId: string,
  stored: StoredImage,
  texts: PictureTexts,
  name = '',
): Promise<PictureOutcome> {
  return pictureWrite(actor, articleId, texts, {
    run: async (tx, storyId) => {
      const alts = Object.fromEntries(locales.map((l) => [l, line(texts[`alt_${l}`], 300)]));
      if (!Object.values(alts).some(Boolean)) return { ok: false, kind: 'alt_missing' };
      const media = await tx.media.create({
        data: {
          ...stored,
          name: fileName(name),
          uploadedById: actor.id,
          credit: line(texts.credit, 200),
          translations: {
            create: locales
              .filter((l) => alts[l])
              .map((l) => ({ locale: l, alt: alts[l], caption: line(texts[`caption_${l}`], 500) })),
          },
        },
      });
      await tx.story.update({ where: { id: storyId }, data: { mainMediaId: media.id } });
      const articles = await tx.article.findMany({ where: { storyId }, select: { id: true } });
      return { ok: true, mediaId: media.id, articleIds: articles.map((a) => a.id) };
    },
    audit: (done) => ({ action: 'save', targetType: 'media', targetId: done.mediaId, detail: stored.file }),
  });
}

/**
 * After a picture write that did not end well: remove the files stored for it unless a Media row uses them. A
 * refusal or a failed transaction left no row; a write that failed after its commit (its audit entry, say) did,
 * and keeps its files. When the database cannot tell, the files stay.
 */
export async function discardUnrecorded(stored: StoredImage, dir?: string): Promise<void> {
  const row = await db()
    .media.findUnique({ where: { file: stored.file }, select: { id: true } })
    .catch(() => ({ id: 'unknown' }));
  if (!row) await discardImage(stored, dir);
}

/**
 * Runs a write that records pictures just stored, and removes those pictures' files when it refuses or fails
 * (discardUnrecorded: only where no row came to use them). Answers what the write answered, or throws its error.
 */
export async function recordingPictures<T extends { ok: boolean }>(
  stored: StoredImage[],
  write: () => Promise<T>,
  dir?: string,
): Promise<T> {
  const discard = () => Promise.all(stored.map((s) => discardUnrecorded(s, dir)));
  let outcome: T;
  try {
    outcome = await write();
  } catch (e) {
    await discard();
    throw e;
  }
  if (!outcome.ok) await discard();
  return outcome;
}

export type UploadOutcome = { ok: true; mediaId: string; file: string } | { ok: false; kind: 'forbidden' };

/**
 * Record a picture uploaded from inside the body editor (decision 0027): it belongs to no story yet, so it is
 * recorded with its uploader, who may then use it (canUsePicture); others only once a story they may read shows
 * it. Its alt text, caption and credit are the body picture's own, typed in the editor. Anyone who may start a
 * story may upload; readers see nothing until a saved body shows it, so nothing is dropped from the cache.
 */
export function uploadBodyPicture(actor: ActorInfo, stored: StoredImage, name = ''): Promise<UploadOutcome> {
  return newsroomWrite<Extract<UploadOutcome, { ok: true }>, Extract<UploadOutcome, { ok: false }>>({
    actor,
    allowed: canCreateStory,
    forbidden: { ok: false, kind: 'forbidden' },
    run: async (tx) => {
      const media = await tx.media.create({
        data: { ...stored, name: fileName(name), uploadedById: actor.id },
        select: { id: true },
      });
      return { ok: true, mediaId: media.id, file: stored.file };
    },
    audit: (done) => ({ action: 'save', targetType: 'media', targetId: done.mediaId, detail: stored.file }),
    changes: () => [],
  });
}

/** Save the alt text, caption (per language) and credit of the main picture of this language version's story. */
export async function savePictureTexts(
  actor: ActorInfo,
  articleId: string,
  texts: PictureTexts,
): Promise<PictureOutcome> {
  return pictureWrite(actor, articleId, texts, {
    run: async (tx, storyId) => {
      const story = await tx.story.findUniqueOrThrow({ where: { id: storyId }, select: { mainMediaId: true } });
      if (!story.mainMediaId) return { ok: false, kind: 'notImage' };
      const mediaId = story.mainMediaId;
      // The texts show wherever the picture does: every story that uses it must be one the actor may change.
      const shownBy = await tx.story.findMany({
        where: { mainMediaId: mediaId },
        select: { createdById: true, articles: { select: { id: true, status: true, deletedAt: true } } },
      });
      const live = (s: (typeof shownBy)[number]) => storyIsLive(s.articles.filter((a) => a.deletedAt === null));
      if (
        !canChangePictureTexts(
          actor,
          shownBy.map((s) => ({ createdById: s.createdById, live: live(s) })),
        )
      )
        return { ok: false, kind: 'pictureShared' };
      for (const l of locales) {
        const alt = line(texts[`alt_${l}`], 300);
        const caption = line(texts[`caption_${l}`], 500);
        if (alt || caption) {
          await tx.mediaTranslation.upsert({
            where: { mediaId_locale: { mediaId, locale: l } },
            create: { mediaId, locale: l, alt, caption },
            update: { alt, caption },
          });
        } else await tx.mediaTranslation.deleteMany({ where: { mediaId, locale: l } });
      }
      await tx.media.update({ where: { id: mediaId }, data: { credit: line(texts.credit, 200) } });
      // Every story showing the picture shows the new texts, not only the one it was edited through.
      return { ok: true, mediaId, articleIds: shownBy.flatMap((s) => s.articles.map((a) => a.id)) };
    },
    audit: (done) => ({ action: 'save', targetType: 'media', targetId: done.mediaId }),
  });
}

/** The picture-text fields of a form post. */
export function pictureTextsFrom(form: FormData): PictureTexts {
  const get = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : '';
  };
  const out: Record<string, string> = { credit: get('credit') };
  for (const l of locales) {
    out[`alt_${l}`] = get(`alt_${l}`);
    out[`caption_${l}`] = get(`caption_${l}`);
  }
  return out as PictureTexts;
}

export type BodyPicturesOutcome = { ok: true; body: RichTextDoc } | { ok: false; kind: 'unknown'; mediaId: string };

/**
 * The pictures of a body about to be saved (decision 0027), checked and completed on the server, inside the save's
 * transaction: each must exist and be one the actor may use (canUsePicture, as for the main picture) or already
 * be in one of the story's versions (a picture someone else put there stays usable to whoever edits the story).
 * An id that does not exist and one the actor may not use answer alike. The file and size always come from the
 * Media row (never from the editor); alt, caption and credit left empty take the picture's own texts in the
 * version's language.
 */
export async function bodyPictures(
  tx: Prisma.TransactionClient,
  actor: Actor,
  body: RichTextDoc,
  target: { locale: Locale; storyId: string | null },
): Promise<BodyPicturesOutcome> {
  const wanted = [...new Set(picturesIn(body).map((p) => p.mediaId))];
  if (!wanted.length) return { ok: true, body };
  const [rows, versions] = await Promise.all([
    tx.media.findMany({
      where: { id: { in: wanted } },
      select: {
        id: true,
        file: true,
        width: true,
        height: true,
        credit: true,
        uploadedById: true,
        translations: { where: { locale: target.locale }, select: { alt: true, caption: true } },
        stories: {
          select: {
            createdById: true,
            articles: { where: { status: 'PUBLISHED', deletedAt: null }, select: { id: true }, take: 1 },
          },
        },
      },
    }),
    target.storyId
      ? tx.article.findMany({ where: { storyId: target.storyId }, select: { body: true } })
      : Promise.resolve([]),
  ]);
  const inStory = new Set(versions.flatMap((v) => picturesIn(normalizeDoc(v.body)).map((p) => p.mediaId)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of wanted) {
    const row = byId.get(id);
    const shownBy = (row?.stories ?? []).map((s) => ({ createdById: s.createdById, published: s.articles.length > 0 }));
    if (!row || !(inStory.has(id) || canUsePicture(actor, shownBy, row.uploadedById)))
      return { ok: false, kind: 'unknown', mediaId: id };
  }
  const complete = (p: BodyPicture): BodyPicture => {
    const row = byId.get(p.mediaId)!;
    const own = row.translations[0];
    return {
      mediaId: row.id,
      src: row.file,
      width: row.width,
      height: row.height,
      alt: p.alt || own?.alt || '',
      caption: p.caption || own?.caption || '',
      credit: p.credit || row.credit,
    };
  };
  return { ok: true, body: withPictures(body, complete) };
}
