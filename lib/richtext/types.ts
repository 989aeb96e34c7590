// Structured rich text: a ProseMirror/Tiptap-compatible JSON document.
// Only the node and mark types listed here exist; the body mapping (render.ts) ignores anything else.

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}

export interface HardBreakNode {
  type: 'hardBreak';
}

export type InlineNode = TextNode | HardBreakNode;

export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}

export interface HeadingNode {
  type: 'heading';
  attrs: { level: 2 | 3 };
  content?: InlineNode[];
}

export interface BlockquoteNode {
  type: 'blockquote';
  content: ParagraphNode[];
  /** Who said it; rendered as a <cite>-like footer. */
  attrs?: { cite?: string };
}

export interface ListItemNode {
  type: 'listItem';
  content: ParagraphNode[];
}

export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}

export interface OrderedListNode {
  type: 'orderedList';
  content: ListItemNode[];
}

export type BlockNode = ParagraphNode | HeadingNode | BlockquoteNode | BulletListNode | OrderedListNode;

export interface RichTextDoc {
  type: 'doc';
  content: BlockNode[];
}
