// The story editor's copy of unsaved text in the browser (localStorage, newsroom pages only): what it stores,
// and how it is read back. Whatever is stored may have been changed by anyone with the browser, so it is
// parsed like any input; the server checks a restored draft like any other post (decision 0026).
import { z } from 'zod';
import type { SubmittedValues } from './form-state';

/** Every key starts with this; reader pages never read or write one. */
export const DRAFT_PREFIX = 'newsroom-draft:';

/** One draft per person and form: a new story, a translation of a source into a language, or a version. */
export function draftKey(userId: string, form: 'new' | `translate:${string}` | `edit:${string}`): string {
  return `${DRAFT_PREFIX}${userId}:${form}`;
}

const text = z.string().max(200_000);
const ids = z.array(z.string().max(64)).max(50);

const draftSchema = z.object({
  savedAt: z.number(),
  /** The version the text was typed over: restored, a save still meets the version check (conflicts stay). */
  baseVersion: z.number().int().min(0),
  locale: z.string().max(8),
  values: z.object({
    title: text,
    lede: text,
    slug: text,
    body: text,
    sectionId: text,
    tagIds: ids,
    authorIds: ids,
    mainMediaId: text,
    scheduledFor: text,
    publishedAt: text,
  }),
});

export type LocalDraft = z.infer<typeof draftSchema>;

/** A stored draft, or null when there is none or it is not one this code wrote. */
export function parseDraft(raw: string | null): LocalDraft | null {
  if (!raw) return null;
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether two snapshots of the form hold the same text and choices. */
export function sameValues(a: SubmittedValues, b: SubmittedValues): boolean {
  const norm = (v: SubmittedValues) =>
    JSON.stringify({ ...v, tagIds: [...v.tagIds].sort(), authorIds: [...v.authorIds].sort() });
  return norm(a) === norm(b);
}
