// One schema for an article form, used by the browser (before submitting) and by the server (always).
// Messages are keys into messages/*.json → admin.errors.
import { z } from 'zod';
import { richTextDocSchema } from './richtext-schema';
import type { SubmittedValues } from './form-state';
import { hasForbiddenChars } from './text-safety';

// No `new Function` probe: under the newsroom's Content-Security-Policy (no 'unsafe-eval') the probe is
// reported as a violation even though zod catches it (decision 0018). The forms are small; speed is the same.
z.config({ jitless: true });

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const TITLE_MAX = 200;
export const LEDE_MAX = 600;
export const SLUG_MAX = 100;

export const intents = [
  'save',
  'stage',
  'submit',
  'publish',
  'schedule',
  'unschedule',
  'unpublish',
  'confirm',
] as const;
export type Intent = (typeof intents)[number];

/**
 * Plain text only: whitespace (tabs, line breaks) collapsed; other control characters and broken UTF-16 refused
 * (lib/admin/text-safety.ts); markup stays text and React escapes it.
 */
const plainLine = (max: number, required: boolean) =>
  z
    .string()
    .refine((s) => !hasForbiddenChars(s), 'controlChars')
    .transform((s) => s.replace(/\s+/g, ' ').trim())
    .pipe(required ? z.string().min(1, 'required').max(max, 'tooLong') : z.string().max(max, 'tooLong'));

const id = z.string().trim().min(1).max(64);

export const articleFormSchema = z.object({
  title: plainLine(TITLE_MAX, true),
  lede: plainLine(LEDE_MAX, false),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(SLUG_MAX, 'tooLong')
    .refine((s) => s === '' || SLUG_PATTERN.test(s), 'slugFormat'),
  body: richTextDocSchema,
  sectionId: z.string().trim().min(1, 'required').max(64),
  tagIds: z.array(id).max(20, 'tooMany').default([]),
  authorIds: z.array(id).max(10, 'tooMany').default([]),
  mainMediaId: z.string().trim().max(64).default(''),
  /** The version the form was loaded at (optimistic concurrency); 0 for a new article. */
  version: z.coerce.number().int().min(0),
  /** When to publish, `5.09.2025, 16:41` Minsk time (lib/time/minsk.ts); a past time publishes at once, dated then. */
  scheduledFor: z.string().trim().max(25).default(''),
  /** A published version's displayed publication time, same form; editors may correct it (decision 0026). */
  publishedAt: z.string().trim().max(25).default(''),
  /** The staged revision the form was loaded from ('' when none): a staged edit is refused when it changed. */
  stagedId: z.string().trim().max(64).default(''),
  intent: z.enum(intents).default('save'),
});

export type ArticleFormInput = z.input<typeof articleFormSchema>;
export type ArticleFormData = z.output<typeof articleFormSchema>;
export type FieldErrors = Partial<Record<keyof ArticleFormData | 'form', string>>;

/** A form post → the object the schema reads (multi-valued fields as arrays). */
export function formDataToInput(form: FormData) {
  const one = (k: string) => {
    const v = form.get(k);
    return typeof v === 'string' ? v : '';
  };
  return {
    title: one('title'),
    lede: one('lede'),
    slug: one('slug'),
    body: one('body'),
    sectionId: one('sectionId'),
    tagIds: form.getAll('tagIds').filter((v): v is string => typeof v === 'string' && v !== ''),
    authorIds: form.getAll('authorIds').filter((v): v is string => typeof v === 'string' && v !== ''),
    mainMediaId: one('mainMediaId'),
    version: one('version') || '0',
    scheduledFor: one('scheduledFor'),
    publishedAt: one('publishedAt'),
    stagedId: one('stagedId'),
    intent: one('intent') || 'save',
  };
}

/** A form post as the form shows it again (after a refused save, from the browser's copy): its fields, as typed. */
export function submittedValues(form: FormData): SubmittedValues {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- what the form shows again, without the controls
  const { version, stagedId, intent, ...values } = formDataToInput(form);
  return values;
}

/** The first error key per field. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = (issue.path[0] as keyof FieldErrors | undefined) ?? 'form';
    out[key] ??= issue.message && /^[a-zA-Z]+$/.test(issue.message) ? issue.message : 'invalid';
  }
  return out;
}
