'use client';
// The body editor: Tiptap limited to the nodes and marks of lib/richtext/types.ts. What it writes into the
// hidden `body` field is normalized again on the server (lib/admin/richtext-schema.ts).
import { Blockquote } from '@tiptap/extension-blockquote';
import { ListItem } from '@tiptap/extension-list';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useState } from 'react';
import { normalizeDoc } from '@/lib/admin/richtext-schema';
import { safeHref } from '@/lib/richtext/safeHref';
import type { BodyEditorLabels } from './articleFormLabels';

const QuoteWithCite = Blockquote.extend({
  content: 'paragraph+',
  addAttributes() {
    return { cite: { default: null } };
  },
});
const PlainListItem = ListItem.extend({ content: 'paragraph+' });

export function BodyEditor({
  initialJson,
  labels,
  labelledBy,
}: {
  initialJson: string;
  labels: BodyEditorLabels;
  labelledBy: string;
}) {
  const [json, setJson] = useState(initialJson);
  const editor = useEditor({
    immediatelyRender: false,
    extensions: [
      StarterKit.configure({
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        horizontalRule: false,
        blockquote: false,
        listItem: false,
        heading: { levels: [2, 3] },
        link: { openOnClick: false, autolink: true, isAllowedUri: (url) => safeHref(url) !== null },
      }),
      QuoteWithCite,
      PlainListItem,
    ],
    content: (() => {
      try {
        return JSON.parse(initialJson);
      } catch {
        return { type: 'doc', content: [] };
      }
    })(),
    editorProps: {
      attributes: {
        class: 'prose-news min-h-64 rounded-b border border-rule bg-white p-3 focus:outline-2 focus:outline-brand',
        'aria-labelledby': labelledBy,
        'aria-multiline': 'true',
        role: 'textbox',
        'data-testid': 'body-editor',
      },
    },
    onUpdate: ({ editor: e }) => setJson(JSON.stringify(normalizeDoc(e.getJSON()))),
  });
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e
        ? {
            bold: e.isActive('bold'),
            italic: e.isActive('italic'),
            h2: e.isActive('heading', { level: 2 }),
            h3: e.isActive('heading', { level: 3 }),
            bullet: e.isActive('bulletList'),
            ordered: e.isActive('orderedList'),
            quote: e.isActive('blockquote'),
            link: e.isActive('link'),
          }
        : null,
  });

  const button = (key: keyof BodyEditorLabels, label: string, run: () => void, pressed?: boolean) => (
    <button
      key={key}
      type="button"
      aria-pressed={pressed ?? false}
      onClick={run}
      disabled={!editor}
      className="rounded border border-rule px-2 py-1 text-sm aria-pressed:bg-ink aria-pressed:text-white"
    >
      {label}
    </button>
  );
  const c = () => editor!.chain().focus();

  return (
    <div>
      <input type="hidden" name="body" value={json} />
      <div
        role="toolbar"
        aria-label={labels.toolbar}
        className="flex flex-wrap gap-1 rounded-t border border-b-0 border-rule bg-paper p-1"
      >
        {button('bold', labels.bold, () => c().toggleBold().run(), active?.bold)}
        {button('italic', labels.italic, () => c().toggleItalic().run(), active?.italic)}
        {button('h2', labels.h2, () => c().toggleHeading({ level: 2 }).run(), active?.h2)}
        {button('h3', labels.h3, () => c().toggleHeading({ level: 3 }).run(), active?.h3)}
        {button('bullet', labels.bullet, () => c().toggleBulletList().run(), active?.bullet)}
        {button('ordered', labels.ordered, () => c().toggleOrderedList().run(), active?.ordered)}
        {button('quote', labels.quote, () => c().toggleBlockquote().run(), active?.quote)}
        {button(
          'link',
          labels.link,
          () => {
            const href = window.prompt(labels.linkPrompt, editor?.getAttributes('link').href ?? 'https://');
            if (href === null) return;
            const safe = safeHref(href);
            if (safe) c().extendMarkRange('link').setLink({ href: safe }).run();
          },
          active?.link,
        )}
        {active?.link ? button('unlink', labels.unlink, () => c().extendMarkRange('link').unsetLink().run()) : null}
      </div>
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <div className="min-h-64 rounded-b border border-rule bg-white p-3" aria-hidden="true" />
      )}
    </div>
  );
}
