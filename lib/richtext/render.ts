// The one mapping of a RichTextDoc to elements: which node and mark becomes which element, with which
// attributes. Two thin outputs use it: React (components/RichText.tsx: reader page, preview, lite page,
// static pages) and an HTML string (lib/feeds/richtextHtml.ts: RSS and Atom). Adding a node type means a
// case here plus its type (types.ts) and the editor's schema (lib/admin/richtext-schema.ts); both outputs
// follow. Only the tags of BodyTag can come out, every text goes through the output's escaping, and every
// link through bodyLink (decision 0017). Pictures, galleries and embeds: decision 0027.
import { defaultLocale, type Locale } from '@/lib/locales';
import { srcSetFor } from '@/lib/media/srcset';
import { embedOf, embedUrl } from './embeds';
import { bodyLink } from './safeHref';
import { bodyStrings, type BodyStrings } from './strings';
import type { BlockNode, BodyPicture, InlineNode, ListItemNode, ParagraphNode, RichTextDoc } from './types';

/** Every element a body can become. */
export type BodyTag =
  | 'p'
  | 'h2'
  | 'h3'
  | 'blockquote'
  | 'footer'
  | 'ul'
  | 'ol'
  | 'li'
  | 'strong'
  | 'em'
  | 'a'
  | 'br'
  | 'figure'
  | 'figcaption'
  | 'img'
  | 'span'
  | 'div';
/** HTML attribute names (the React output renames the few React spells differently). Values are plain text. */
export type BodyAttrs = Record<string, string>;

/** How one output writes what the mapping decides. */
export interface BodyOutput<T> {
  /** Text, escaped as the output requires. */
  text(value: string): T;
  element(tag: BodyTag, attrs: BodyAttrs | null, children: T[]): T;
  /** One inline node of a paragraph (text with its marks). */
  inline(content: T): T;
  /** The paragraphs of one list item, each a run of inline nodes. */
  lines(lines: T[][]): T[];
  /** The whole body from its blocks. */
  doc(blocks: T[]): T;
}

export interface BodyOptions {
  /** Site links and pictures as absolute URLs (feed readers have no base URL). */
  absoluteLinks?: boolean;
  /** The body's language, for the words the mapping writes (credits, labels); the default language if unset. */
  locale?: Locale;
  /**
   * 'plain' (lite page): one small file per picture, no srcset. Otherwise the responsive sizes of the main
   * picture (components/ArticleImage.tsx).
   */
  images?: 'responsive' | 'plain';
}

interface Context extends BodyOptions {
  strings: () => BodyStrings;
}

const list = <N>(value: N[] | undefined | null): N[] => (Array.isArray(value) ? value : []);

function inlines<T>(nodes: InlineNode[] | undefined, out: BodyOutput<T>, options: Context): T[] {
  const result: T[] = [];
  for (const node of list(nodes)) {
    if (node?.type === 'hardBreak') {
      result.push(out.element('br', null, []));
      continue;
    }
    if (node?.type !== 'text' || typeof node.text !== 'string') continue;
    let content = out.text(node.text);
    for (const mark of list(node.marks)) {
      if (mark?.type === 'bold') content = out.element('strong', null, [content]);
      else if (mark?.type === 'italic') content = out.element('em', null, [content]);
      else if (mark?.type === 'link') {
        const link = bodyLink(mark.attrs?.href, { absolute: options.absoluteLinks });
        if (link)
          content = out.element('a', link.rel ? { href: link.href, rel: link.rel } : { href: link.href }, [content]);
      }
    }
    result.push(out.inline(content));
  }
  return result;
}

const paragraphs = (nodes: ParagraphNode[] | undefined) => list(nodes).filter((p) => p?.type === 'paragraph');

function paragraph<T>(node: ParagraphNode, out: BodyOutput<T>, options: Context): T {
  return out.element('p', null, inlines(node.content, out, options));
}

function listItems<T>(items: ListItemNode[] | undefined, out: BodyOutput<T>, options: Context): T[] {
  return list(items)
    .filter((li) => li?.type === 'listItem')
    .map((li) =>
      out.element('li', null, out.lines(paragraphs(li.content).map((p) => inlines(p.content, out, options)))),
    );
}

const dimension = (v: unknown) =>
  Number.isSafeInteger(v) && (v as number) > 0 && (v as number) <= 20_000 ? String(v) : null;
const textOf = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * One picture as a figure: only a site path is ever a source (a stored body holding anything else shows
 * nothing), the size reserves its space, the caption and credit are text.
 */
function picture<T>(p: BodyPicture, out: BodyOutput<T>, options: Context): T | null {
  const link = bodyLink(p?.src, { absolute: options.absoluteLinks });
  if (!link || link.rel || typeof p.src !== 'string' || !p.src.startsWith('/')) return null;
  const attrs: BodyAttrs = { src: link.href, alt: textOf(p.alt) };
  const width = dimension(p.width);
  const height = dimension(p.height);
  const srcSet = width ? srcSetFor(p.src, Number(width)) : undefined;
  if (options.images === 'plain' && srcSet) attrs.src = srcSet.split(', ')[0].split(' ')[0];
  else if (!options.absoluteLinks && srcSet) {
    attrs.srcset = srcSet;
    attrs.sizes = '(min-width: 1024px) 46rem, 100vw';
  }
  if (width && height) Object.assign(attrs, { width, height });
  if (!options.absoluteLinks) Object.assign(attrs, { loading: 'lazy', decoding: 'async' });
  const caption = textOf(p.caption);
  const credit = textOf(p.credit);
  const figcaption =
    caption || credit
      ? [
          out.element('figcaption', null, [
            ...(caption ? [out.text(caption)] : []),
            ...(caption && credit ? [out.text(' ')] : []),
            ...(credit ? [out.element('span', null, [out.text(options.strings().credit(credit))])] : []),
          ]),
        ]
      : [];
  return out.element('figure', { class: 'body-picture' }, [out.element('img', attrs, []), ...figcaption]);
}

function block<T>(node: BlockNode, out: BodyOutput<T>, options: Context): T | null {
  switch (node?.type) {
    case 'paragraph':
      return paragraph(node, out, options);
    case 'heading':
      return out.element(node.attrs?.level === 3 ? 'h3' : 'h2', null, inlines(node.content, out, options));
    case 'blockquote': {
      const cite =
        typeof node.attrs?.cite === 'string' && node.attrs.cite
          ? [out.element('footer', null, [out.text(`— ${node.attrs.cite}`)])]
          : [];
      return out.element('blockquote', null, [
        ...paragraphs(node.content).map((p) => paragraph(p, out, options)),
        ...cite,
      ]);
    }
    case 'bulletList':
      return out.element('ul', null, listItems(node.content, out, options));
    case 'orderedList':
      return out.element('ol', null, listItems(node.content, out, options));
    case 'image':
      return node.attrs ? picture(node.attrs, out, options) : null;
    case 'gallery': {
      const items = list(node.attrs?.items)
        .map((p) => picture(p, out, options))
        .filter((p): p is T => p !== null);
      if (!items.length) return null;
      return out.element(
        'div',
        { class: 'body-gallery', role: 'group', 'aria-label': options.strings().gallery(items.length) },
        items,
      );
    }
    case 'embed': {
      // A link, never a frame or a script: nothing reaches the provider until the reader opens it (decision 0027).
      const embed = embedOf(node.attrs?.provider, node.attrs?.id);
      if (!embed) return null;
      const href = embedUrl(embed);
      const s = options.strings();
      return out.element('p', { class: 'body-embed' }, [
        out.element('a', { href, rel: 'noopener noreferrer', target: '_blank', referrerpolicy: 'no-referrer' }, [
          out.element('strong', null, [out.text(s.embedOpen(embed.provider))]),
          out.text(' '),
          out.element('span', null, [out.text(href)]),
        ]),
        out.text(' '),
        out.element('span', null, [out.text(s.embedNote(embed.provider))]),
      ]);
    }
    default:
      // Unknown nodes (and anything that is not a node) render as nothing.
      return null;
  }
}

/** The body through one output. */
export function renderBody<T>(doc: RichTextDoc, out: BodyOutput<T>, options: BodyOptions = {}): T {
  let strings: BodyStrings | undefined;
  const context: Context = { ...options, strings: () => (strings ??= bodyStrings(options.locale ?? defaultLocale)) };
  const blocks = list(doc?.content)
    .map((node) => block(node, out, context))
    .filter((b): b is T => b !== null);
  return out.doc(blocks);
}
