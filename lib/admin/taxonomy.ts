// Sections, tags and authors: create, rename, translate, each language with its own slug (unique per language).
import { db } from '@/lib/db/client';
import { locales, type Locale } from '@/lib/locales';
import { slugify } from '@/lib/slug';
import { canManageTaxonomy } from '@/lib/auth/roles';
import type { ActorInfo } from './articles';
import { SLUG_PATTERN } from './article-schema';
import { newsroomWrite } from './door';
import { hasForbiddenChars } from './text-safety';

export const taxonomyKinds = ['section', 'tag', 'author'] as const;
export type TaxonomyKind = (typeof taxonomyKinds)[number];

export type TaxonomyNames = Partial<Record<Locale, { name: string; slug: string }>>;

/** Field errors by form field (`name_be`, `slug_en`…, or `form`), values are keys of admin.errors. */
export type TaxonomyErrors = Record<string, string>;

export type TaxonomyOutcome =
  { ok: true; id: string } | { ok: false; kind: 'forbidden' } | { ok: false; kind: 'invalid'; errors: TaxonomyErrors };
type TaxonomyRefusal = Exclude<TaxonomyOutcome, { ok: true }>;

/** Control characters and broken UTF-16 in any name or slug, per field (decision 0020). */
export function hostileNames(input: TaxonomyNames): TaxonomyErrors | null {
  const errors: TaxonomyErrors = {};
  for (const l of locales) {
    if (hasForbiddenChars(input[l]?.name ?? '')) errors[`name_${l}`] = 'controlChars';
    if (hasForbiddenChars(input[l]?.slug ?? '')) errors[`slug_${l}`] = 'controlChars';
  }
  return Object.keys(errors).length ? errors : null;
}

/** Names and slugs as typed → cleaned, slugs made from names where empty; null when unusable. */
export function cleanNames(kind: TaxonomyKind, input: TaxonomyNames): TaxonomyNames | null {
  const out: TaxonomyNames = {};
  for (const l of locales) {
    const name = (input[l]?.name ?? '').replace(/\s+/g, ' ').trim().slice(0, 120);
    if (!name) continue;
    const slug = (input[l]?.slug ?? '').trim().toLowerCase() || slugify(name, l);
    if (!SLUG_PATTERN.test(slug) || slug.length > 100) return null;
    out[l] = { name, slug };
  }
  const count = Object.keys(out).length;
  if (count === 0 || (kind === 'section' && count < locales.length)) return null;
  return out;
}

export async function saveTaxonomy(
  actor: ActorInfo,
  kind: TaxonomyKind,
  id: string | null,
  input: TaxonomyNames,
): Promise<TaxonomyOutcome> {
  const hostile = hostileNames(input);
  const names = hostile ? null : cleanNames(kind, input);
  try {
    return await newsroomWrite<{ ok: true; id: string }, TaxonomyRefusal>({
      actor,
      allowed: canManageTaxonomy,
      forbidden: { ok: false, kind: 'forbidden' },
      run: async (tx) => {
        if (hostile) return { ok: false, kind: 'invalid', errors: hostile };
        if (!names) return { ok: false, kind: 'invalid', errors: { form: 'invalid' } };
        let ownerId = id;
        if (!ownerId) {
          if (kind === 'section') {
            const last = await tx.section.aggregate({ _max: { position: true } });
            ownerId = (await tx.section.create({ data: { position: (last._max.position ?? 0) + 1 } })).id;
          } else if (kind === 'tag') ownerId = (await tx.tag.create({ data: {} })).id;
          else ownerId = (await tx.author.create({ data: {} })).id;
        }
        for (const l of locales) {
          const n = names[l];
          if (kind === 'section') {
            if (n)
              await tx.sectionTranslation.upsert({
                where: { sectionId_locale: { sectionId: ownerId, locale: l } },
                create: { sectionId: ownerId, locale: l, ...n },
                update: n,
              });
          } else if (kind === 'tag') {
            if (n)
              await tx.tagTranslation.upsert({
                where: { tagId_locale: { tagId: ownerId, locale: l } },
                create: { tagId: ownerId, locale: l, ...n },
                update: n,
              });
            else await tx.tagTranslation.deleteMany({ where: { tagId: ownerId, locale: l } });
          } else if (n) {
            await tx.authorTranslation.upsert({
              where: { authorId_locale: { authorId: ownerId, locale: l } },
              create: { authorId: ownerId, locale: l, ...n },
              update: n,
            });
          } else await tx.authorTranslation.deleteMany({ where: { authorId: ownerId, locale: l } });
        }
        return { ok: true, id: ownerId };
      },
      audit: (done) => ({ action: 'taxonomy', targetType: kind, targetId: done.id, detail: input.be?.name ?? '' }),
      // Names and slugs of sections, tags and authors show on every page (navigation, cards, bylines).
      changes: () => [{ kind: 'site' }],
    });
  } catch (e) {
    if ((e as { code?: string }).code === 'P2002') return { ok: false, kind: 'invalid', errors: { form: 'slugTaken' } }; // a slug taken in that language
    throw e;
  }
}

export async function listTaxonomy() {
  const t = { select: { locale: true, name: true, slug: true } } as const;
  const [sections, tags, authors] = await Promise.all([
    db().section.findMany({ orderBy: { position: 'asc' }, select: { id: true, translations: t } }),
    db().tag.findMany({ select: { id: true, translations: t } }),
    db().author.findMany({ select: { id: true, translations: t } }),
  ]);
  return { section: sections, tag: tags, author: authors };
}
