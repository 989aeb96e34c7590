import type { BlockNode, InlineNode, RichTextDoc } from './types';

function inlineText(nodes: InlineNode[] | undefined): string {
  return (nodes ?? []).map((n) => (n.type === 'text' ? n.text : ' ')).join('');
}

function blockText(node: BlockNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.content);
    case 'blockquote':
      return node.content.map(blockText).join('\n');
    case 'bulletList':
    case 'orderedList':
      return node.content.map((li) => li.content.map(blockText).join(' ')).join('\n');
    default:
      return '';
  }
}

/** The document as plain text, one block a line (for word counts, search, feeds). */
export function docToPlainText(doc: RichTextDoc): string {
  return doc.content.map(blockText).join('\n');
}

export function wordCount(doc: RichTextDoc): number {
  return docToPlainText(doc).split(/\s+/).filter(Boolean).length;
}
