// The body as the admin editor (Tiptap) sends it, reduced to exactly the RichTextDoc of lib/richtext/types.ts:
// only those nodes, marks and attributes survive; links keep safe protocols only. Used in the browser (before
// submitting) and on the server (before saving), so stored bodies never hold anything the renderer does not know.
import { z } from 'zod';
import { embedOf, parseEmbedUrl } from '@/lib/richtext/embeds';
import { safeHref } from '@/lib/richtext/safeHref';
import type {
  BlockNode,
  BodyPicture,
  InlineNode,
  ListItemNode,
  Mark,
  ParagraphNode,
  RichTextDoc,
} from '@/lib/richtext/types';
import { anyForbiddenChars, nestingExceeds } from './text-safety';

type Loose = {
  type?: unknown;
  text?: unknown;
  attrs?: Record<string, unknown> | null;
  content?: unknown;
  marks?: unknown;
};

/**
 * Characters no output can carry: NUL (PostgreSQL's jsonb refuses it, so a pasted NUL failed the save with a
 * server error), the other C0 controls but tab/newline, and lone surrogates (XML cannot hold them; decision 0017).
 */
const storableText = (s: string) =>
  s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '').toWellFormed();

const arr = (v: unknown): Loose[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Loose[]) : []);

function marksOf(v: unknown): Mark[] {
  const out: Mark[] = [];
  for (const m of arr(v)) {
    if (m.type === 'bold' || m.type === 'italic') out.push({ type: m.type });
    else if (m.type === 'link') {
      const href = safeHref(m.attrs?.href);
      if (href) out.push({ type: 'link', attrs: { href } });
    }
  }
  return out;
}

function inline(v: unknown): InlineNode[] {
  const out: InlineNode[] = [];
  for (const n of arr(v)) {
    if (n.type === 'hardBreak') out.push({ type: 'hardBreak' });
    else if (n.type === 'text' && typeof n.text === 'string' && storableText(n.text)) {
      const marks = marksOf(n.marks);
      const text = storableText(n.text);
      out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
    }
  }
  return out;
}

function paragraph(n: Loose): ParagraphNode {
  const content = inline(n.content);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** Paragraphs inside a quote or list item; anything else nested is flattened to its paragraphs (text kept). */
function paragraphsIn(v: unknown): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  for (const n of arr(v)) {
    if (n.type === 'paragraph' || n.type === 'heading') out.push(paragraph(n));
    else out.push(...paragraphsIn(n.content));
  }
  return out.length ? out : [{ type: 'paragraph' }];
}

function listItems(v: unknown): ListItemNode[] {
  const items = arr(v)
    .filter((n) => n.type === 'listItem')
    .map((n) => ({ type: 'listItem' as const, content: paragraphsIn(n.content) }));
  return items.length ? items : [{ type: 'listItem', content: [{ type: 'paragraph' }] }];
}

/** Texts of a picture as typed → one line each, trimmed, bounded (the main picture's limits, lib/admin/media.ts). */
const pictureLine = (v: unknown, max: number) =>
  typeof v === 'string' ? storableText(v).replace(/\s+/g, ' ').trim().slice(0, max) : '';
const size = (v: unknown) =>
  Number.isSafeInteger(v) && (v as number) > 0 && (v as number) <= 20_000 ? (v as number) : 0;
/** Media ids are cuids (the seed's are readable words): letters, digits, `-` and `_`. */
const MEDIA_ID = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_GALLERY_PICTURES = 40;

/**
 * A picture node's attributes, or null without a well-formed media id. The source and size kept here are only
 * what the editor showed: the server replaces them from the Media row on save (bodyPictures, lib/admin/media.ts),
 * which also refuses ids that do not exist or that the actor may not use.
 */
function pictureOf(attrs: unknown): BodyPicture | null {
  if (!attrs || typeof attrs !== 'object') return null;
  const a = attrs as Record<string, unknown>;
  if (typeof a.mediaId !== 'string' || !MEDIA_ID.test(a.mediaId)) return null;
  const src = safeHref(a.src);
  return {
    mediaId: a.mediaId,
    src: src && src.startsWith('/') ? src : '',
    width: size(a.width),
    height: size(a.height),
    alt: pictureLine(a.alt, 300),
    caption: pictureLine(a.caption, 500),
    credit: pictureLine(a.credit, 200),
  };
}

function block(n: Loose): BlockNode[] {
  switch (n.type) {
    case 'paragraph':
      return [paragraph(n)];
    case 'heading': {
      const level = n.attrs?.level === 3 ? 3 : 2;
      const content = inline(n.content);
      return [content.length ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } }];
    }
    case 'blockquote': {
      const cite = typeof n.attrs?.cite === 'string' ? storableText(n.attrs.cite).trim().slice(0, 200) : '';
      return [
        cite
          ? { type: 'blockquote', content: paragraphsIn(n.content), attrs: { cite } }
          : { type: 'blockquote', content: paragraphsIn(n.content) },
      ];
    }
    case 'bulletList':
    case 'orderedList':
      return [{ type: n.type, content: listItems(n.content) }];
    case 'image': {
      const picture = pictureOf(n.attrs);
      return picture ? [{ type: 'image', attrs: picture }] : [];
    }
    case 'gallery': {
      const items = arr(n.attrs?.items)
        .map(pictureOf)
        .filter((p): p is BodyPicture => p !== null)
        .slice(0, MAX_GALLERY_PICTURES);
      // A gallery of one is a picture; of none, nothing.
      if (items.length === 1) return [{ type: 'image', attrs: items[0] }];
      return items.length ? [{ type: 'gallery', attrs: { items } }] : [];
    }
    case 'embed': {
      // Only a known provider with an id of its shape, or an address that parses to one; anything else is dropped.
      const embed = embedOf(n.attrs?.provider, n.attrs?.id) ?? parseEmbedUrl(n.attrs?.url);
      return embed ? [{ type: 'embed', attrs: embed }] : [];
    }
    default:
      // Unknown blocks keep their text as paragraphs rather than vanish.
      return n.content
        ? arr(n.content).flatMap(block)
        : typeof n.text === 'string'
          ? [paragraph({ content: [n] })]
          : [];
  }
}

/** Any JSON → the allowed RichTextDoc (never throws). Trailing empty paragraphs are dropped. */
export function normalizeDoc(input: unknown): RichTextDoc {
  const root = input && typeof input === 'object' ? (input as Loose) : {};
  const content = arr(root.content).flatMap(block);
  while (content.length && content.at(-1)!.type === 'paragraph' && !(content.at(-1) as ParagraphNode).content)
    content.pop();
  return { type: 'doc', content };
}

export const MAX_BODY_CHARS = 200_000;
/** Objects and arrays inside one another; the editor's deepest real documents use about a dozen. */
export const MAX_BODY_NESTING = 64;

/** Accepts a JSON string (a form field) or an object; yields a normalized RichTextDoc. */
export const richTextDocSchema = z.union([z.string(), z.record(z.string(), z.unknown())]).transform((v, ctx) => {
  if (typeof v === 'string' && v.length > MAX_BODY_CHARS) {
    ctx.addIssue({ code: 'custom', message: 'bodyTooLong' });
    return z.NEVER;
  }
  let raw: unknown;
  try {
    raw = typeof v !== 'string' ? v : v.trim() ? JSON.parse(v) : { type: 'doc', content: [] };
  } catch {
    ctx.addIssue({ code: 'custom', message: 'bodyInvalid' });
    return z.NEVER;
  }
  // Checked before normalizing (which recurses): a hostile depth is a field error, never a crash.
  if (nestingExceeds(raw, MAX_BODY_NESTING)) {
    ctx.addIssue({ code: 'custom', message: 'bodyTooDeep' });
    return z.NEVER;
  }
  const doc = normalizeDoc(raw);
  if (anyForbiddenChars(doc)) {
    ctx.addIssue({ code: 'custom', message: 'controlChars' });
    return z.NEVER;
  }
  return doc;
});
