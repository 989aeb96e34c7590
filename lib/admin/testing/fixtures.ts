// Test helper: what the newsroom's database tests (lib/admin/*.test.ts) set up again and again — unique ids,
// accounts, the article form as posted, a stored picture and its texts, and a snapshot of tables to prove
// that a refusal changed nothing.
import { db } from '@/lib/db/client';
import type { Role } from '@/lib/auth/roles';
import type { ArticleFormData } from '../article-schema';
import type { ActorInfo } from '../articles';
import type { PictureTexts } from '../media';

let n = 0;
/** Unique within the test run and between runs (emails, slugs and file names must not collide). */
export const uid = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

/** A new account with this role; `label` starts its (unique) email address. */
export async function createActor(role: Role, label: string, name: string = role): Promise<ActorInfo> {
  const u = await db().user.create({ data: { email: `${label}-${role}-${uid()}@test.example`, name, role } });
  return { id: u.id, role, email: u.email };
}

/** The article form as the editor posts it for a new version: an empty body in `sectionId`, saved. */
export const articleForm = (sectionId: string, over: Partial<ArticleFormData> = {}): ArticleFormData => ({
  title: 'Навіна',
  lede: 'Лід',
  slug: '',
  body: { type: 'doc', content: [] },
  sectionId,
  tagIds: [],
  authorIds: [],
  mainMediaId: '',
  version: 0,
  scheduledFor: '',
  publishedAt: '',
  stagedId: '',
  intent: 'save',
  ...over,
});

/** A picture's texts with `alt` as its Belarusian alt text and caption, the other languages empty. */
export const pictureTexts = (alt: string, over: Partial<PictureTexts> = {}): PictureTexts => ({
  credit: 'Фота: рэдакцыя',
  alt_be: alt,
  caption_be: alt,
  alt_ru: '',
  caption_ru: '',
  alt_en: '',
  caption_en: '',
  ...over,
});

/** An uploaded picture as the image store reports it (the file itself is never read by these tests). */
export const storedImage = () => ({
  file: `/media/uploads/${uid()}-w480.webp`,
  width: 480,
  height: 320,
  mimeType: 'image/webp' as const,
});

/** Every row of these tables as JSON, in a stable order: equal snapshots mean nothing was written. */
export async function snapshotTables(tables: readonly string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows = await db().$queryRawUnsafe<{ r: string }[]>(
      `SELECT row_to_json(x)::text AS r FROM "${t}" x ORDER BY 1`,
    );
    out[t] = rows.map((x) => x.r);
  }
  return out;
}
