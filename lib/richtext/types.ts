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

/**
 * A picture in the body: an uploaded picture (a Media row) with this language version's own alt text, caption and
 * credit. `src`, `width` and `height` are copied from the Media row by the server on every save (the editor's
 * values are never trusted: lib/admin/media.ts bodyPictures). Decision 0027.
 */
export interface BodyPicture extends ImageView {
  mediaId: string;
}

/** A picture as a page shows it (a story's main picture, a body picture): its file and one language's texts. */
export interface ImageView {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export interface ImageNode {
  type: 'image';
  attrs: BodyPicture;
}

/** Two or more pictures shown together, each with its own texts. */
export interface GalleryNode {
  type: 'gallery';
  attrs: { items: BodyPicture[] };
}

export type EmbedProvider = 'youtube' | 'telegram' | 'x' | 'instagram';

/**
 * A post or video of another site, stored as its provider and canonical id (never as the pasted URL); the URL is
 * rebuilt from them (lib/richtext/embeds.ts). Shown as a link: nothing is loaded from the provider (decision 0027).
 */
export interface EmbedNode {
  type: 'embed';
  attrs: { provider: EmbedProvider; id: string };
}

export type BlockNode =
  ParagraphNode | HeadingNode | BlockquoteNode | BulletListNode | OrderedListNode | ImageNode | GalleryNode | EmbedNode;

export interface RichTextDoc {
  type: 'doc';
  content: BlockNode[];
}
