// The rich-text body as an HTML string for feeds (content:encoded, Atom content). Same rules as
// components/RichText.tsx: only known nodes and marks become elements, every text and attribute is escaped,
// links follow the shared rule of bodyLink (site-relative ones become absolute, feed readers have no base URL).
import { escapeHtml } from '@/lib/richtext/html';
import { bodyLink } from '@/lib/richtext/safeHref';
import type { BlockNode, InlineNode, ListItemNode, ParagraphNode, RichTextDoc } from '@/lib/richtext/types';

function inline(nodes: InlineNode[] | undefined): string {
  return (Array.isArray(nodes) ? nodes : [])
    .map((node) => {
      if (node?.type === 'hardBreak') return '<br>';
      if (node?.type !== 'text' || typeof node.text !== 'string') return '';
      let html = escapeHtml(node.text);
      for (const mark of Array.isArray(node.marks) ? node.marks : []) {
        if (mark?.type === 'bold') html = `<strong>${html}</strong>`;
        else if (mark?.type === 'italic') html = `<em>${html}</em>`;
        else if (mark?.type === 'link') {
          const link = bodyLink(mark.attrs?.href, { absolute: true });
          if (link) html = `<a href="${escapeHtml(link.href)}"${link.rel ? ` rel="${link.rel}"` : ''}>${html}</a>`;
        }
      }
      return html;
    })
    .join('');
}

const paragraph = (p: ParagraphNode) => `<p>${inline(p.content)}</p>`;
const items = (list: ListItemNode[] | undefined) =>
  (Array.isArray(list) ? list : [])
    .filter((li) => li?.type === 'listItem')
    .map((li) => `<li>${(li.content ?? []).map((p) => (p?.type === 'paragraph' ? inline(p.content) : '')).join(' ')}</li>`)
    .join('');

function block(node: BlockNode): string {
  switch (node?.type) {
    case 'paragraph':
      return paragraph(node);
    case 'heading':
      return node.attrs?.level === 3 ? `<h3>${inline(node.content)}</h3>` : `<h2>${inline(node.content)}</h2>`;
    case 'blockquote': {
      const cite = typeof node.attrs?.cite === 'string' && node.attrs.cite ? `<footer>— ${escapeHtml(node.attrs.cite)}</footer>` : '';
      return `<blockquote>${(node.content ?? []).map((p) => (p?.type === 'paragraph' ? paragraph(p) : '')).join('')}${cite}</blockquote>`;
    }
    case 'bulletList':
      return `<ul>${items(node.content)}</ul>`;
    case 'orderedList':
      return `<ol>${items(node.content)}</ol>`;
    default:
      return '';
  }
}

export function richTextToHtml(doc: RichTextDoc): string {
  return (Array.isArray(doc?.content) ? doc.content : []).map(block).join('\n');
}
