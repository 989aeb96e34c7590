// The one mapping of a RichTextDoc to elements: which node and mark becomes which element, with which
// attributes. Two thin outputs use it: React (components/RichText.tsx: reader page, preview, lite page,
// static pages) and an HTML string (lib/feeds/richtextHtml.ts: RSS and Atom). Adding a node type means a
// case here plus its type (types.ts) and the editor's schema (lib/admin/richtext-schema.ts); both outputs
// follow. Only the tags of BodyTag can come out, every text goes through the output's escaping, and every
// link through bodyLink (decision 0017).
import { bodyLink } from './safeHref';
import type { BlockNode, InlineNode, ListItemNode, ParagraphNode, RichTextDoc } from './types';

/** Every element a body can become. */
export type BodyTag = 'p' | 'h2' | 'h3' | 'blockquote' | 'footer' | 'ul' | 'ol' | 'li' | 'strong' | 'em' | 'a' | 'br';
export type BodyAttrs = { href: string; rel?: string };

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
  /** Site links as absolute URLs (feed readers have no base URL). */
  absoluteLinks?: boolean;
}

const list = <N>(value: N[] | undefined | null): N[] => (Array.isArray(value) ? value : []);

function inlines<T>(nodes: InlineNode[] | undefined, out: BodyOutput<T>, options: BodyOptions): T[] {
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

function paragraph<T>(node: ParagraphNode, out: BodyOutput<T>, options: BodyOptions): T {
  return out.element('p', null, inlines(node.content, out, options));
}

function listItems<T>(items: ListItemNode[] | undefined, out: BodyOutput<T>, options: BodyOptions): T[] {
  return list(items)
    .filter((li) => li?.type === 'listItem')
    .map((li) =>
      out.element('li', null, out.lines(paragraphs(li.content).map((p) => inlines(p.content, out, options)))),
    );
}

function block<T>(node: BlockNode, out: BodyOutput<T>, options: BodyOptions): T | null {
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
    default:
      // Unknown nodes (and anything that is not a node) render as nothing.
      return null;
  }
}

/** The body through one output. */
export function renderBody<T>(doc: RichTextDoc, out: BodyOutput<T>, options: BodyOptions = {}): T {
  const blocks = list(doc?.content)
    .map((node) => block(node, out, options))
    .filter((b): b is T => b !== null);
  return out.doc(blocks);
}
