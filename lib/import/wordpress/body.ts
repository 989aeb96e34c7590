// A WordPress post body (HTML with shortcodes and block comments) → the structured body (lib/richtext/types.ts),
// through parse5 (the WHATWG HTML parser: the same tree a browser would build, however broken the markup).
// Paragraphs, headings, lists, quotes, bold/italic/links, pictures, [gallery] and embeds map to their nodes;
// anything else keeps its text and is reported; scripts, styles and iframes never pass (a known provider's
// iframe becomes an embed). The result goes through the editor's normaliser (normalizeDoc) as every save does.
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import { normalizeDoc } from '@/lib/admin/richtext-schema';
import { parseEmbedUrl } from '@/lib/richtext/embeds';
import { safeHref } from '@/lib/richtext/safeHref';
import type { BlockNode, BodyPicture, InlineNode, Mark, RichTextDoc } from '@/lib/richtext/types';

/** A picture the body names: its WordPress attachment id (class wp-image-N) and/or its address. */
export interface PictureRef {
  attachmentId?: number;
  src?: string;
}

export interface BodyResult {
  doc: RichTextDoc;
  /** What was not carried over as itself (kept as text, or left out), one line each. */
  issues: string[];
}

/** Elements whose content is never text of the article. */
const NEVER = new Set(['script', 'style', 'noscript', 'template', 'object', 'embed', 'applet', 'svg', 'math']);
/** Inline elements that only style text: their text is kept without a word. */
const PLAIN_INLINE = new Set([
  'span',
  'font',
  'u',
  's',
  'del',
  'ins',
  'small',
  'big',
  'mark',
  'abbr',
  'sub',
  'sup',
  'code',
  'cite',
  'q',
  'time',
  'label',
  'kbd',
  'var',
  'dfn',
  'bdi',
  'bdo',
  'wbr',
  'data',
]);
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'center', 'body']);

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Shortcodes WordPress itself expands, made into elements the walk below knows; others stay text (reported). */
function expandShortcodes(html: string, issues: string[]): string {
  return html
    .replace(
      /\[caption[^\]]*\]\s*((?:<a\b[^>]*>)?\s*<img\b[^>]*>\s*(?:<\/a>)?)([\s\S]*?)\[\/caption\]/gi,
      (_, img: string, caption: string) => `<figure>${img}<figcaption>${caption.trim()}</figcaption></figure>`,
    )
    .replace(/\[gallery\b([^\]]*)\]/gi, (_, attrs: string) => {
      const ids = /\bids\s*=\s*["']?([\d,\s]+)/i.exec(attrs)?.[1] ?? '';
      return `<wp-gallery data-ids="${ids.replace(/[^\d,]/g, '')}"></wp-gallery>`;
    })
    .replace(
      /\[embed[^\]]*\]([\s\S]*?)\[\/embed\]/gi,
      (_, url: string) => `<wp-embed data-url="${escapeAttr(url.trim())}"></wp-embed>`,
    )
    .replace(/\[\/?([a-z][a-z0-9_-]*)[^\]]*\]/gi, (code: string, name: string) => {
      issues.push(`unknown shortcode [${name}] kept as text`);
      return code;
    });
}

type Node = T.ChildNode;
const isElement = (n: Node): n is T.Element => 'tagName' in n;
const attr = (el: T.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

export function convertBody(html: string, picture: (ref: PictureRef) => BodyPicture | null): BodyResult {
  const issues: string[] = [];
  const fragment = parseFragment(expandShortcodes(html, issues));
  const blocks: BlockNode[] = [];
  const run: InlineNode[] = [];

  const report = (issue: string) => {
    if (!issues.includes(issue)) issues.push(issue);
  };
  const flush = () => {
    // Trim whitespace-only runs; WordPress's implicit paragraphs are split on blank lines (wpautop).
    const parts: InlineNode[][] = [[]];
    // Emptied in place: inline() may be filling this very array.
    for (const n of run.splice(0)) {
      if (n.type === 'text' && /\n\s*\n/.test(n.text)) {
        const pieces = n.text.split(/\n\s*\n/);
        pieces.forEach((p, i) => {
          if (i > 0) parts.push([]);
          if (p) parts.at(-1)!.push({ ...n, text: p });
        });
      } else parts.at(-1)!.push(n);
    }
    for (const part of parts) {
      const content = tidyInline(part);
      if (!content.length) continue;
      const only = content.length === 1 && content[0].type === 'text' ? content[0].text.trim() : '';
      const embed = only ? parseEmbedUrl(only) : null;
      blocks.push(embed ? { type: 'embed', attrs: embed } : { type: 'paragraph', content });
    }
  };

  const pictureOf = (img: T.Element): BodyPicture | null => {
    const cls = attr(img, 'class') ?? '';
    const id = /\bwp-image-(\d+)\b/.exec(cls)?.[1];
    const src = attr(img, 'src');
    const found = picture({ attachmentId: id ? Number(id) : undefined, src });
    if (!found) {
      report(`picture not found in the uploads: ${src ?? `attachment ${id}`}`);
      return null;
    }
    const alt = attr(img, 'alt');
    return alt ? { ...found, alt } : found;
  };

  const embedFrom = (url: string | undefined, what: string) => {
    const embed = url ? parseEmbedUrl(url.startsWith('//') ? `https:${url}` : url) : null;
    if (embed) blocks.push({ type: 'embed', attrs: embed });
    else report(`${what} of an unknown address left out: ${(url ?? '').slice(0, 120)}`);
  };

  /** Inline content of `nodes` with `marks`, pushed on the current run; block-level pictures break the run. */
  const inline = (nodes: Node[], marks: Mark[], out: InlineNode[]) => {
    for (const n of nodes) {
      if (n.nodeName === '#text') {
        const text = (n as T.TextNode).value;
        if (text) out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
        continue;
      }
      if (!isElement(n)) continue;
      const tag = n.tagName;
      if (NEVER.has(tag)) {
        report(`<${tag}> removed`);
        continue;
      }
      if (tag === 'iframe') {
        // Out of the paragraph: an embed is a block.
        embedFrom(attr(n, 'src'), '<iframe>');
        continue;
      }
      if (tag === 'br') out.push({ type: 'hardBreak' });
      else if (tag === 'strong' || tag === 'b') inline(n.childNodes, addMark(marks, { type: 'bold' }), out);
      else if (tag === 'em' || tag === 'i') inline(n.childNodes, addMark(marks, { type: 'italic' }), out);
      else if (tag === 'a') {
        const href = safeHref(attr(n, 'href'));
        if (!href && attr(n, 'href'))
          report(`a link to an address that is not allowed kept as text: ${attr(n, 'href')!.slice(0, 80)}`);
        inline(
          n.childNodes,
          href ? [...marks.filter((m) => m.type !== 'link'), { type: 'link', attrs: { href } }] : marks,
          out,
        );
      } else if (tag === 'img') {
        const p = pictureOf(n);
        if (p) {
          // A picture inside a paragraph ends it: what came before is one paragraph, what follows another.
          if (out === run) flush();
          blocks.push({ type: 'image', attrs: p });
        }
      } else {
        if (!PLAIN_INLINE.has(tag)) report(`<${tag}> kept as text`);
        inline(n.childNodes, marks, out);
      }
    }
  };

  const paragraphsOf = (el: T.Element) => {
    const out: InlineNode[] = [];
    inline(el.childNodes, [], out);
    return tidyInline(out);
  };

  const walk = (nodes: Node[]) => {
    for (const n of nodes) {
      if (!isElement(n)) {
        if (n.nodeName === '#text') inline([n], [], run);
        continue;
      }
      const tag = n.tagName;
      switch (tag) {
        case 'p': {
          flush();
          inline(n.childNodes, [], run);
          flush();
          break;
        }
        case 'h1':
        case 'h2':
        case 'h3':
        case 'h4':
        case 'h5':
        case 'h6': {
          flush();
          const content = paragraphsOf(n);
          if (content.length) blocks.push({ type: 'heading', attrs: { level: tag <= 'h2' ? 2 : 3 }, content });
          break;
        }
        case 'ul':
        case 'ol': {
          flush();
          const items = listItems(n);
          if (items.length) blocks.push({ type: tag === 'ul' ? 'bulletList' : 'orderedList', content: items });
          break;
        }
        case 'blockquote': {
          flush();
          const citeEl = n.childNodes.find((c) => isElement(c) && c.tagName === 'cite') as T.Element | undefined;
          const rest = n.childNodes.filter((c) => c !== citeEl);
          const paragraphs = paragraphsIn(rest);
          const cite = citeEl ? textContent(citeEl).trim() : '';
          if (paragraphs.length)
            blocks.push(
              cite
                ? { type: 'blockquote', content: paragraphs, attrs: { cite } }
                : { type: 'blockquote', content: paragraphs },
            );
          // Twitter's and Instagram's own embed code is a blockquote with a link to the post.
          break;
        }
        case 'figure': {
          flush();
          const cls = attr(n, 'class') ?? '';
          const imgs = descendants(n, 'img');
          const captionEl = descendants(n, 'figcaption')[0];
          const caption = captionEl ? textContent(captionEl).replace(/\s+/g, ' ').trim() : '';
          if (/\bwp-block-embed\b/.test(cls) || (!imgs.length && !descendants(n, 'iframe').length)) {
            const url = textContent(n).trim().split(/\s+/)[0];
            if (url) embedFrom(url, 'an embed');
            break;
          }
          if (!imgs.length) {
            walk(n.childNodes);
            break;
          }
          const pictures = imgs.map(pictureOf).filter((p): p is BodyPicture => p !== null);
          if (pictures.length === 1)
            blocks.push({ type: 'image', attrs: caption ? { ...pictures[0], caption } : pictures[0] });
          else if (pictures.length > 1) blocks.push({ type: 'gallery', attrs: { items: pictures } });
          break;
        }
        case 'wp-gallery': {
          flush();
          const ids = (attr(n, 'data-ids') ?? '').split(',').filter(Boolean).map(Number);
          const pictures = ids
            .map((id) => {
              const p = picture({ attachmentId: id });
              if (!p) report(`gallery picture not found in the uploads: attachment ${id}`);
              return p;
            })
            .filter((p): p is BodyPicture => p !== null);
          if (pictures.length === 1) blocks.push({ type: 'image', attrs: pictures[0] });
          else if (pictures.length) blocks.push({ type: 'gallery', attrs: { items: pictures } });
          break;
        }
        case 'wp-embed':
          flush();
          embedFrom(attr(n, 'data-url'), 'an [embed]');
          break;
        case 'iframe':
          flush();
          embedFrom(attr(n, 'src'), '<iframe>');
          break;
        case 'hr':
          flush();
          report('<hr> left out (the body has no separator)');
          break;
        case 'table':
        case 'pre':
        case 'dl':
        case 'form':
        case 'video':
        case 'audio': {
          flush();
          report(`<${tag}> kept as text`);
          for (const line of textLines(n)) blocks.push({ type: 'paragraph', content: [{ type: 'text', text: line }] });
          break;
        }
        default:
          if (NEVER.has(tag)) report(`<${tag}> removed`);
          else if (CONTAINERS.has(tag) || tag === 'figcaption') {
            flush();
            walk(n.childNodes);
            flush();
          } else inline([n], [], run);
      }
    }
  };

  const listItems = (list: T.Element) =>
    list.childNodes
      .filter((c): c is T.Element => isElement(c) && c.tagName === 'li')
      .map((li) => ({ type: 'listItem' as const, content: paragraphsIn(li.childNodes) }));

  /** Paragraphs of a quote or list item; nested lists and blocks become paragraphs of their text. */
  const paragraphsIn = (nodes: Node[]) => {
    const out: { type: 'paragraph'; content: InlineNode[] }[] = [];
    let current: InlineNode[] = [];
    const end = () => {
      const content = tidyInline(current);
      if (content.length) out.push({ type: 'paragraph', content });
      current = [];
    };
    for (const n of nodes) {
      if (isElement(n) && ['p', 'div', 'ul', 'ol', 'li', 'blockquote', 'h2', 'h3', 'h4'].includes(n.tagName)) {
        end();
        if (n.tagName === 'ul' || n.tagName === 'ol' || n.tagName === 'blockquote' || n.tagName === 'div')
          out.push(...paragraphsIn(n.childNodes));
        else {
          inline(n.childNodes, [], current);
          end();
        }
      } else inline([n], [], current);
    }
    end();
    return out;
  };

  walk(fragment.childNodes);
  flush();
  return { doc: normalizeDoc({ type: 'doc', content: blocks }), issues };
}

function addMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((m) => m.type === mark.type) ? marks : [...marks, mark];
}

function descendants(el: T.Element, tag: string): T.Element[] {
  const out: T.Element[] = [];
  for (const c of el.childNodes)
    if (isElement(c)) {
      if (c.tagName === tag) out.push(c);
      else if (!NEVER.has(c.tagName)) out.push(...descendants(c, tag));
    }
  return out;
}

function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as T.TextNode).value;
  if (!isElement(node) || NEVER.has(node.tagName) || node.tagName === 'iframe') return '';
  return node.childNodes.map(textContent).join('');
}

/** Text of a table, pre or form: one line per row or line, cells separated by " | ". */
function textLines(el: T.Element): string[] {
  if (el.tagName === 'table') {
    return descendants(el, 'tr')
      .map((tr) =>
        tr.childNodes
          .filter((c): c is T.Element => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'))
          .map((c) => textContent(c).replace(/\s+/g, ' ').trim())
          .join(' | '),
      )
      .filter((l) => l.replace(/[|\s]/g, ''));
  }
  return textContent(el)
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Whitespace as a browser shows it: runs of spaces and newlines are one space (a single newline in an implicit
 * WordPress paragraph is a line break, as wpautop makes it), none at the paragraph's ends; adjacent text with
 * the same marks is one node.
 */
function tidyInline(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const n of nodes) {
    if (n.type === 'hardBreak') {
      out.push(n);
      continue;
    }
    const parts = n.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0 && part.trim() && out.length) out.push({ type: 'hardBreak' });
      const text = part.replace(/[ \t\r\f\v\u00A0]+/g, (s) => (s.includes('\u00A0') ? '\u00A0' : ' '));
      if (!text) return;
      const last = out.at(-1);
      if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(n.marks ?? []))
        last.text += text;
      else out.push({ ...n, text });
    });
  }
  // Trim the ends and breaks at the ends.
  while (out.length && (out[0].type === 'hardBreak' || (out[0].type === 'text' && !out[0].text.trim()))) out.shift();
  while (
    out.length &&
    (out.at(-1)!.type === 'hardBreak' || (out.at(-1)!.type === 'text' && !(out.at(-1) as { text: string }).text.trim()))
  )
    out.pop();
  if (out[0]?.type === 'text') out[0] = { ...out[0], text: out[0].text.trimStart() };
  const last = out.at(-1);
  if (last?.type === 'text') out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  return out;
}
