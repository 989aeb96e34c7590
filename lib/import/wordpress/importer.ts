// The WordPress import (decision 0034): a whole export is read and checked first (parseWxr), then each
// translation group becomes one Story in its own transaction through the newsroom's door (audit "import"), so an
// interrupted run keeps every story it finished and a re-run continues with the rest. ImportedItem keys everything
// on the WordPress ids: a second run of the same export finds each post and changes nothing.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ReaderChange } from '@/lib/cache/tags';
import { db, type Prisma } from '@/lib/db/client';
import { canImport } from '@/lib/auth/roles';
import { newsroomWrite, type DoorActor } from '@/lib/admin/door';
import { recordingPictures } from '@/lib/admin/media';
import { storeImage, ImageRejected, mediaDir } from '@/lib/media/images';
import { isLocale, locales, type Locale } from '@/lib/locales';
import { legacyPathKey, recordSlugChange } from '@/lib/news/slugs';
import type { BodyPicture } from '@/lib/richtext/types';
import { slugify, uniqueSlug } from '@/lib/slug';
import { hasForbiddenChars } from '@/lib/admin/text-safety';
import { convertBody, type PictureRef } from './body';
import { repairMojibake } from './encoding';
import { PhpUnserializeError, polylangGroup } from './php';
import { parseWxr, type WxrExport, type WxrItem } from './wxr';

export interface ImportOptions {
  actor: DoorActor;
  /** The site's wp-content/uploads folder (pictures are read from it; nothing is downloaded). */
  uploadsDir?: string;
  /** Where pictures are stored (the upload store by default). */
  mediaStore?: string;
  /** The language of posts that name none. */
  defaultLanguage?: Locale;
  onProgress?: (done: number, total: number) => void;
}

export type ItemOutcome = 'imported' | 'unchanged' | 'skipped' | 'failed';

export interface ItemReport {
  postId: number;
  title: string;
  line: number;
  outcome: ItemOutcome;
  /** Why it was skipped or failed. */
  reason?: string;
  locale?: Locale;
  storyId?: string;
  articleId?: string;
  /** What was not carried over as itself (markup kept as text, pictures not found, repaired encodings). */
  issues: string[];
}

export interface ImportReport {
  source: string;
  posts: number;
  counts: Record<ItemOutcome, number>;
  /** Lines of the file that were not UTF-8 and were read as Windows-1251. */
  repairedLines: number[];
  items: ItemReport[];
  /** What readers now see differently: the caller drops it from the cache once, at the end. */
  changes: ReaderChange[];
}

export { WxrError } from './wxr';

const SKIP_STATUS: Record<string, string> = {
  private: 'private posts are not imported',
  trash: 'trashed posts are not imported',
  'auto-draft': 'an automatic draft WordPress made, not a post',
  inherit: 'a revision, not a post',
};

/** be_BY, ru-RU, en_US, be → our language; null for any other. */
export function localeOf(code: string | undefined): Locale | null {
  const first = (code ?? '').toLowerCase().split(/[-_]/)[0];
  return isLocale(first) ? first : null;
}

function languageOf(item: WxrItem): string | undefined {
  return (
    item.terms.find((t) => t.domain === 'language')?.slug ||
    item.meta.get('_wpml_language') ||
    item.meta.get('wpml_language') ||
    undefined
  );
}

/** The translation group a post belongs to: Polylang's post_translations term, WPML's trid, or itself alone. */
function groupKeys(exp: WxrExport, posts: WxrItem[]): { key: Map<number, string>; problems: Map<number, string> } {
  const key = new Map<number, string>();
  const problems = new Map<number, string>();
  const byId = new Map(posts.map((p) => [p.postId, p]));
  for (const post of posts) {
    const term = post.terms.find((t) => t.domain === 'post_translations');
    if (term) {
      const serialized = exp.translationTerms.get(term.slug);
      if (serialized !== undefined) {
        try {
          // Every member named by the group (and present here) shares its key.
          for (const id of polylangGroup(serialized).values()) if (byId.has(id)) key.set(id, `pll:${term.slug}`);
        } catch (e) {
          if (!(e instanceof PhpUnserializeError)) throw e;
          problems.set(post.postId, `its Polylang translation group "${term.slug}" could not be read (${e.message})`);
        }
      }
      if (!key.has(post.postId)) key.set(post.postId, `pll:${term.slug}`);
      continue;
    }
    const trid = post.meta.get('_wpml_trid') ?? post.meta.get('wpml_trid') ?? post.meta.get('_icl_trid');
    if (trid && /^\d+$/.test(trid.trim())) {
      key.set(post.postId, `wpml:${trid.trim()}`);
      continue;
    }
    if (!key.has(post.postId)) key.set(post.postId, `post:${post.postId}`);
  }
  return { key, problems };
}

const sha = (value: unknown) => crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

function postHash(p: WxrItem) {
  return sha([
    p.title,
    p.content,
    p.excerpt,
    p.status,
    p.postDate,
    p.modified,
    p.slug,
    p.terms,
    p.meta.get('_thumbnail_id'),
  ]);
}

/** A text as imported: mojibake repaired (noted), controls removed, one line where it must be. */
function cleanText(value: string, field: string, issues: string[]): string {
  const repaired = repairMojibake(value);
  if (repaired !== null) issues.push(`${field}: broken encoding (Windows-1251 read as UTF-8) repaired`);
  const text = repaired ?? value;
  if (hasForbiddenChars(text)) issues.push(`${field}: control characters removed`);
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '').toWellFormed();
}

const stripTags = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

/** A WordPress slug (often percent-encoded Cyrillic) → ours. */
function slugFrom(item: WxrItem, locale: Locale) {
  let decoded = item.slug;
  try {
    decoded = decodeURIComponent(item.slug);
  } catch {
    // keep it as it is
  }
  return slugify(decoded, locale) || slugify(item.title, locale) || `wp-${item.postId}`;
}

/** Old addresses of a post: its permalink's path and `/?p=ID`. */
function legacyKeys(item: WxrItem): string[] {
  const keys = [`/?p=${item.postId}`];
  try {
    const url = new URL(item.link);
    const key = url.pathname === '/' ? legacyPathKey('/', url.search) : legacyPathKey(url.pathname);
    if (key && !keys.includes(key)) keys.push(key);
  } catch {
    // no usable permalink: the post id is enough
  }
  return keys;
}

interface Attachment {
  id: number;
  relPath: string;
  alt: string;
  caption: string;
}

/** Upload paths: what follows `/uploads/` in an address, or `_wp_attached_file`. */
function uploadPath(url: string): string | null {
  const at = url.indexOf('/uploads/');
  if (at < 0) return null;
  const rest = url.slice(at + '/uploads/'.length).split(/[?#]/)[0];
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}
/** photo-300x200.jpg → photo.jpg (WordPress's resized copies name the original). */
const originalOf = (rel: string) => rel.replace(/-\d{1,5}x\d{1,5}(\.[a-z0-9]+)$/i, '$1');

export async function importWordPress(bytes: Uint8Array, options: ImportOptions): Promise<ImportReport> {
  // 1. The whole file, before any write: a malformed one throws WxrError with its line.
  const exp = parseWxr(bytes);
  const source = `wordpress:${exp.siteUrl || 'unknown'}`;
  const { actor } = options;
  const defaultLanguage = options.defaultLanguage ?? 'be';
  if (!canImport(actor)) throw new Error('Only an admin may import.');

  const attachments = new Map<number, Attachment>();
  const byPath = new Map<string, Attachment>();
  for (const item of exp.items.filter((i) => i.type === 'attachment')) {
    const relPath = item.meta.get('_wp_attached_file') || uploadPath(item.attachmentUrl || item.guid) || '';
    if (!relPath) continue;
    const a = { id: item.postId, relPath, alt: item.meta.get('_wp_attachment_image_alt') ?? '', caption: item.excerpt };
    attachments.set(a.id, a);
    byPath.set(relPath.toLowerCase(), a);
  }
  const posts = exp.items.filter((i) => i.type === 'post');
  const authorNames = new Map(exp.authors.map((a) => [a.login, a.displayName]));
  const { key: groupOf, problems } = groupKeys(exp, posts);

  const report: ImportReport = {
    source,
    posts: posts.length,
    counts: { imported: 0, unchanged: 0, skipped: 0, failed: 0 },
    repairedLines: exp.repairedLines,
    items: [],
    changes: [],
  };
  const add = (r: ItemReport) => {
    report.items.push(r);
    report.counts[r.outcome]++;
  };

  // 2. Which posts go in, grouped into stories.
  const groups = new Map<string, { item: WxrItem; locale: Locale }[]>();
  for (const item of posts) {
    const base = { postId: item.postId, title: item.title, line: item.line, issues: [] as string[] };
    const skip = SKIP_STATUS[item.status];
    if (skip) {
      add({ ...base, outcome: 'skipped', reason: skip });
      continue;
    }
    if (!['publish', 'future', 'draft', 'pending'].includes(item.status)) {
      add({ ...base, outcome: 'skipped', reason: `unknown status "${item.status}"` });
      continue;
    }
    const problem = problems.get(item.postId);
    if (problem) {
      add({ ...base, outcome: 'skipped', reason: problem });
      continue;
    }
    const language = languageOf(item);
    const locale = language === undefined ? defaultLanguage : localeOf(language);
    if (!locale) {
      add({ ...base, outcome: 'skipped', reason: `language "${language}" is not one of ${locales.join(', ')}` });
      continue;
    }
    const key = groupOf.get(item.postId)!;
    const members = groups.get(key) ?? [];
    if (members.some((m) => m.locale === locale)) {
      add({ ...base, outcome: 'skipped', reason: `another post of its translation group is already in "${locale}"` });
      continue;
    }
    members.push({ item, locale });
    groups.set(key, members);
  }

  const total = groups.size;
  let done = 0;
  options.onProgress?.(0, total);
  const mediaIds = new Map<string, string>();
  for (const [key, members] of groups) {
    try {
      await importGroup(key, members);
    } catch (e) {
      for (const m of members)
        add({
          postId: m.item.postId,
          title: m.item.title,
          line: m.item.line,
          outcome: 'failed',
          reason: (e as Error).message.slice(0, 300),
          issues: [],
        });
    }
    options.onProgress?.(++done, total);
  }
  report.items.sort((a, b) => a.line - b.line);
  return report;

  // ---- one translation group → one story ----

  async function importGroup(key: string, members: { item: WxrItem; locale: Locale }[]) {
    const known = await db().importedItem.findMany({
      where: { source, externalId: { in: members.map((m) => `post:${m.item.postId}`) } },
    });
    const knownBy = new Map(known.map((k) => [k.externalId, k]));
    const fresh = members.filter((m) => !knownBy.has(`post:${m.item.postId}`));
    for (const m of members) {
      const k = knownBy.get(`post:${m.item.postId}`);
      if (!k) continue;
      const changed = k.contentHash !== postHash(m.item);
      add({
        postId: m.item.postId,
        title: m.item.title,
        line: m.item.line,
        outcome: 'unchanged',
        reason: changed ? 'changed in WordPress since it was imported: the imported version is kept' : undefined,
        locale: m.locale,
        articleId: k.entityId,
        issues: [],
      });
    }
    if (!fresh.length) return;
    const existingArticle = known[0]?.entityId;
    const existingStory = existingArticle
      ? (await db().article.findUnique({ where: { id: existingArticle }, select: { storyId: true } }))?.storyId
      : undefined;

    // Pictures first (files; their rows are written in the story's transaction).
    const reports = new Map<number, ItemReport>();
    const pending = new Map<
      string,
      { stored: Awaited<ReturnType<typeof storeImage>>; attachment: Attachment | null; rel: string }
    >();
    const wanted = new Set<string>();
    const refsOf = (m: WxrItem) => {
      const refs: PictureRef[] = [];
      convertBody(m.content, (ref) => {
        refs.push(ref);
        return null;
      });
      const thumb = Number(m.meta.get('_thumbnail_id'));
      if (thumb) refs.push({ attachmentId: thumb });
      return refs;
    };
    const relOf = (ref: PictureRef): { rel: string; attachment: Attachment | null } | null => {
      if (ref.attachmentId && attachments.has(ref.attachmentId)) {
        const a = attachments.get(ref.attachmentId)!;
        return { rel: a.relPath, attachment: a };
      }
      const rel = ref.src ? uploadPath(ref.src) : null;
      if (!rel) return null;
      const a = byPath.get(rel.toLowerCase()) ?? byPath.get(originalOf(rel).toLowerCase()) ?? null;
      return { rel: a?.relPath ?? originalOf(rel), attachment: a };
    };
    const keyOfPicture = (r: { rel: string; attachment: Attachment | null }) =>
      r.attachment ? `attachment:${r.attachment.id}` : `file:${r.rel.toLowerCase()}`;
    for (const m of fresh) {
      const r: ItemReport = {
        postId: m.item.postId,
        title: m.item.title,
        line: m.item.line,
        outcome: 'imported',
        locale: m.locale,
        issues: [],
      };
      reports.set(m.item.postId, r);
      for (const ref of refsOf(m.item)) {
        const found = relOf(ref);
        if (!found) continue;
        const pictureKey = keyOfPicture(found);
        if (mediaIds.has(pictureKey) || pending.has(pictureKey) || wanted.has(pictureKey)) continue;
        wanted.add(pictureKey);
        const prior = await db().importedItem.findUnique({
          where: { source_externalId: { source, externalId: pictureKey } },
        });
        if (prior) {
          mediaIds.set(pictureKey, prior.entityId);
          continue;
        }
        const stored = await readPicture(found.rel, r.issues);
        if (stored) pending.set(pictureKey, { stored, attachment: found.attachment, rel: found.rel });
      }
    }

    const storyChanges: ReaderChange[] = [];
    // A story that fails rolls back its picture rows: the files stored for them go too.
    const outcome = await recordingPictures(
      [...pending.values()].map((p) => p.stored),
      () =>
        newsroomWrite({
          actor,
          allowed: canImport,
          forbidden: { ok: false as const },
          run: async (tx) => {
            const media = new Map(mediaIds);
            const pictureRows = new Map<
              string,
              { file: string; width: number; height: number; credit: string; alt: Record<string, string> }
            >();
            for (const [pictureKey, p] of pending) {
              const alt = cleanText(
                p.attachment?.alt || path.basename(p.rel).replace(/\.[^.]+$/, ''),
                'picture alt',
                [],
              );
              const caption = cleanText(p.attachment?.caption ?? '', 'picture caption', []);
              const row = await tx.media.create({
                data: {
                  ...p.stored,
                  translations: {
                    create: [...new Set(fresh.map((m) => m.locale))].map((locale) => ({
                      locale,
                      alt: alt.slice(0, 300),
                      caption: caption.slice(0, 500),
                    })),
                  },
                },
              });
              await tx.importedItem.create({
                data: { source, externalId: pictureKey, entityType: 'media', entityId: row.id },
              });
              media.set(pictureKey, row.id);
            }
            const ids = [...media.values()];
            const rows = await tx.media.findMany({
              where: { id: { in: ids } },
              select: { id: true, file: true, width: true, height: true, credit: true, translations: true },
            });
            for (const row of rows)
              pictureRows.set(row.id, {
                ...row,
                alt: Object.fromEntries(row.translations.map((t) => [t.locale, t.alt])),
              });
            const pictureFor =
              (locale: Locale) =>
              (ref: PictureRef): BodyPicture | null => {
                const found = relOf(ref);
                const id = found ? media.get(keyOfPicture(found)) : undefined;
                const row = id ? pictureRows.get(id) : undefined;
                if (!row || !id) return null;
                return {
                  mediaId: id,
                  src: row.file,
                  width: row.width,
                  height: row.height,
                  alt: row.alt[locale] ?? Object.values(row.alt)[0] ?? '',
                  caption: '',
                  credit: row.credit,
                };
              };

            const primary = fresh.find((m) => m.locale === defaultLanguage) ?? fresh[0];
            let storyId = existingStory;
            if (!storyId) {
              const sectionId = await sectionFor(tx, primary.item);
              const thumb = Number(primary.item.meta.get('_thumbnail_id'));
              const thumbRef = thumb ? relOf({ attachmentId: thumb }) : null;
              const mainMediaId = thumbRef ? (media.get(keyOfPicture(thumbRef)) ?? null) : null;
              const story = await tx.story.create({ data: { sectionId, mainMediaId, createdById: actor.id } });
              storyId = story.id;
              await tx.importedItem.create({
                data: { source, externalId: `group:${key}`, entityType: 'story', entityId: storyId },
              });
              const tagIds = [];
              for (const m of fresh)
                for (const t of m.item.terms)
                  if (t.domain === 'post_tag') tagIds.push(await termFor(tx, 'tag', t.slug, t.name));
              const uniqueTags = [...new Set(tagIds)];
              if (uniqueTags.length)
                await tx.storyTag.createMany({
                  data: uniqueTags.map((tagId, position) => ({ storyId: storyId!, tagId, position })),
                });
              const authorIds = [];
              for (const m of fresh)
                if (m.item.creator)
                  authorIds.push(
                    await termFor(tx, 'author', m.item.creator, authorNames.get(m.item.creator) || m.item.creator),
                  );
              const uniqueAuthors = [...new Set(authorIds)];
              if (uniqueAuthors.length)
                await tx.storyAuthor.createMany({
                  data: uniqueAuthors.map((authorId, position) => ({ storyId: storyId!, authorId, position })),
                });
            }

            const articleIds: string[] = [];
            for (const m of fresh) {
              const r = reports.get(m.item.postId)!;
              const title =
                cleanText(m.item.title, 'title', r.issues).replace(/\s+/g, ' ').trim().slice(0, 300) ||
                `WordPress ${m.item.postId}`;
              r.title = title;
              const lede = stripTags(cleanText(m.item.excerpt, 'excerpt', r.issues)).slice(0, 1000);
              const html = cleanText(m.item.content, 'body', r.issues);
              const body = convertBody(html, pictureFor(m.locale));
              r.issues.push(...body.issues);
              const base = slugFrom(m.item, m.locale);
              const taken = new Set(
                (
                  await tx.article.findMany({
                    where: { locale: m.locale, slug: { startsWith: base } },
                    select: { slug: true },
                  })
                ).map((a) => a.slug),
              );
              const slug = uniqueSlug(base, (s) => taken.has(s));
              const status =
                m.item.status === 'publish'
                  ? 'PUBLISHED'
                  : m.item.status === 'future' && m.item.postDate
                    ? 'SCHEDULED'
                    : 'DRAFT';
              if (m.item.status === 'pending') r.issues.push('pending review in WordPress: imported as a draft');
              const when = m.item.postDate ?? new Date();
              const article = await tx.article.create({
                data: {
                  storyId: storyId!,
                  locale: m.locale,
                  slug,
                  title,
                  lede,
                  body: body.doc as unknown as Prisma.InputJsonValue,
                  status,
                  publishedAt: status === 'PUBLISHED' ? when : null,
                  scheduledFor: status === 'SCHEDULED' ? when : null,
                  contentUpdatedAt: m.item.modified ?? when,
                },
              });
              await tx.articleRevision.create({
                data: {
                  articleId: article.id,
                  version: 1,
                  title,
                  lede,
                  slug,
                  body: body.doc as unknown as Prisma.InputJsonValue,
                  userId: actor.id,
                },
              });
              // The WordPress slug, where it is a slug of ours and differs: /{locale}/news/{old} answers 301.
              const oldSlug = m.item.slug.toLowerCase();
              if (oldSlug !== slug && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(oldSlug) && oldSlug.length <= 120) {
                const clash = await tx.article.findUnique({
                  where: { locale_slug: { locale: m.locale, slug: oldSlug } },
                });
                const history = await tx.articleSlugHistory.findUnique({
                  where: { locale_slug: { locale: m.locale, slug: oldSlug } },
                });
                if (!clash && !history)
                  await recordSlugChange(tx, { id: article.id, locale: m.locale, slug: oldSlug }, slug);
              }
              for (const path of legacyKeys(m.item)) {
                const owner = await tx.legacyUrl.findUnique({ where: { path } });
                if (owner) r.issues.push(`old address ${path} already leads to another article`);
                else await tx.legacyUrl.create({ data: { path, articleId: article.id } });
              }
              await tx.importedItem.create({
                data: {
                  source,
                  externalId: `post:${m.item.postId}`,
                  entityType: 'article',
                  entityId: article.id,
                  contentHash: postHash(m.item),
                },
              });
              r.storyId = storyId;
              r.articleId = article.id;
              articleIds.push(article.id);
              storyChanges.push({ kind: 'article', locale: m.locale, storyId: storyId! });
            }
            return { ok: true as const, storyId: storyId!, articleIds };
          },
          audit: (d) => ({
            action: 'import',
            targetType: 'story',
            targetId: d.storyId,
            detail: `${source}: ${fresh.map((m) => `${m.locale} ${m.item.postId}`).join(', ')}`,
          }),
          // Dropped once, at the end of the run (report.changes).
          changes: () => [],
        }),
      options.mediaStore ?? mediaDir(),
    );
    if (!outcome.ok) throw new Error('refused');
    const created = await db().importedItem.findMany({
      where: { source, externalId: { in: [...pending.keys()] } },
      select: { externalId: true, entityId: true },
    });
    for (const c of created) mediaIds.set(c.externalId, c.entityId);
    report.changes.push(...storyChanges);
    for (const r of reports.values()) add(r);
  }

  async function readPicture(rel: string, issues: string[]) {
    if (!options.uploadsDir) {
      issues.push(`picture ${rel} left out: no uploads folder given (--media)`);
      return null;
    }
    const root = path.resolve(options.uploadsDir);
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) {
      issues.push(`picture ${rel.slice(0, 120)} left out: outside the uploads folder`);
      return null;
    }
    try {
      return await storeImage(new Uint8Array(await fs.readFile(file)), options.mediaStore ?? mediaDir());
    } catch (e) {
      issues.push(
        `picture ${rel} left out: ${e instanceof ImageRejected ? `not a usable picture (${e.reason})` : 'not found in the uploads folder'}`,
      );
      return null;
    }
  }

  /** The section of a post: its first category, matched to an existing section by slug, created if missing. */
  async function sectionFor(tx: Prisma.TransactionClient, item: WxrItem): Promise<string> {
    const category = item.terms.find((t) => t.domain === 'category');
    if (category)
      return termFor(tx, 'section', category.slug, category.name || exp.categories.get(category.slug) || category.slug);
    const first = await tx.section.findFirst({ orderBy: { position: 'asc' }, select: { id: true } });
    if (first) return first.id;
    return termFor(tx, 'section', 'uncategorized', 'Uncategorized');
  }

  /**
   * A section, tag or author for a WordPress term or login: the one imported before, else one whose slug (in any
   * language) is the same, else a new one named so in every language (the newsroom translates the names later).
   */
  async function termFor(
    tx: Prisma.TransactionClient,
    kind: 'section' | 'tag' | 'author',
    wpSlug: string,
    name: string,
  ) {
    const externalId = `${kind}:${wpSlug.toLowerCase()}`;
    const prior = await tx.importedItem.findUnique({ where: { source_externalId: { source, externalId } } });
    if (prior) return prior.entityId;
    const clean = cleanText(name, kind, []).replace(/\s+/g, ' ').trim().slice(0, 120) || wpSlug;
    let decoded = wpSlug;
    try {
      decoded = decodeURIComponent(wpSlug);
    } catch {
      // as it is
    }
    const slugs = Object.fromEntries(
      locales.map((l) => [l, slugify(decoded, l) || slugify(clean, l) || kind]),
    ) as Record<Locale, string>;
    const where = { OR: locales.map((locale) => ({ locale, slug: slugs[locale] })) };
    let id: string | undefined;
    if (kind === 'section')
      id = (await tx.sectionTranslation.findFirst({ where, select: { sectionId: true } }))?.sectionId;
    else if (kind === 'tag') id = (await tx.tagTranslation.findFirst({ where, select: { tagId: true } }))?.tagId;
    else
      id = (
        await tx.authorTranslation.findFirst({
          where: { OR: [...where.OR, { name: clean }] },
          select: { authorId: true },
        })
      )?.authorId;
    if (!id) {
      const translations = { create: locales.map((locale) => ({ locale, name: clean, slug: slugs[locale] })) };
      if (kind === 'section') id = (await tx.section.create({ data: { translations } })).id;
      else if (kind === 'tag') id = (await tx.tag.create({ data: { translations } })).id;
      else id = (await tx.author.create({ data: { translations } })).id;
    }
    await tx.importedItem.create({ data: { source, externalId, entityType: kind, entityId: id } });
    return id;
  }
}
