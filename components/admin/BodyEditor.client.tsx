'use client';
// The body editor: Tiptap limited to the nodes and marks of lib/richtext/types.ts. What it writes into the
// hidden `body` field is normalized again on the server (lib/admin/richtext-schema.ts). Pictures, galleries and
// embeds are atom nodes inserted from the panel under the editor (or, for an embed, by pasting its address); the
// server checks every picture id and takes the file and size from its Media row (decision 0027).
import { Blockquote } from '@tiptap/extension-blockquote';
import { ListItem } from '@tiptap/extension-list';
import { NodeSelection } from '@tiptap/pm/state';
import { EditorContent, Node, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId, useRef, useState } from 'react';
import { normalizeDoc } from '@/lib/admin/richtext-schema';
import { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT } from '@/lib/media/limits';
import { embedOf, embedUrl, parseEmbedUrl } from '@/lib/richtext/embeds';
import { safeHref } from '@/lib/richtext/safeHref';
import type { BodyPicture } from '@/lib/richtext/types';
import type { BodyEditorLabels } from './articleFormLabels';

const QuoteWithCite = Blockquote.extend({
  content: 'paragraph+',
  addAttributes() {
    return { cite: { default: null } };
  },
});
const PlainListItem = ListItem.extend({ content: 'paragraph+' });

/** An atom node's attributes travel as one JSON attribute, so copy and paste inside the editor keeps them. */
const DATA = 'data-body-node';
const attrsFrom = (el: HTMLElement) => {
  try {
    const value = JSON.parse(el.getAttribute(DATA) ?? '');
    return value && typeof value === 'object' ? value : false;
  } catch {
    return false;
  }
};
type Spec = [string, Record<string, string>, ...(Spec | string)[]];
/** What a picture looks like while editing: the site's own file, its alt text and caption. */
const pictureSpec = (p: Partial<BodyPicture>): Spec => [
  'figure',
  { class: 'body-picture' },
  ['img', { src: safeHref(p.src) ?? '', alt: p.alt ?? '' }],
  ['figcaption', {}, [p.caption, p.credit].filter(Boolean).join(' · ')],
];
const atom = (name: string, attrs: Record<string, unknown>, render: (attrs: Record<string, never>) => Spec) =>
  Node.create({
    name,
    group: 'block',
    atom: true,
    draggable: true,
    selectable: true,
    addAttributes: () =>
      Object.fromEntries(Object.entries(attrs).map(([key, value]) => [key, { default: value, rendered: false }])),
    parseHTML: () => [
      { tag: `[${DATA}]`, getAttrs: (el) => (attrsFrom(el)?.type === name ? attrsFrom(el).attrs : false) },
    ],
    renderHTML: ({ node }) => {
      const [tag, tagAttrs, ...children] = render(node.attrs as Record<string, never>);
      return [tag, { ...tagAttrs, [DATA]: JSON.stringify({ type: name, attrs: node.attrs }) }, ...children];
    },
  });
const PICTURE_DEFAULTS = { mediaId: '', src: '', width: 0, height: 0, alt: '', caption: '', credit: '' };
const BodyImage = atom('image', PICTURE_DEFAULTS, (p) => pictureSpec(p));
const BodyGallery = atom('gallery', { items: [] }, (a) => [
  'div',
  { class: 'body-gallery' },
  ...((a.items ?? []) as Partial<BodyPicture>[]).map(pictureSpec),
]);
const BodyEmbed = atom('embed', { provider: '', id: '' }, (a) => [
  'p',
  { class: 'body-embed' },
  ((e) => (e ? embedUrl(e) : ''))(embedOf(a.provider, a.id)),
]);

export interface PictureChoice {
  id: string;
  name: string;
  /** The picture's file, for the preview while editing (the server takes it from the Media row anyway). */
  file?: string;
}

export function BodyEditor({
  initialJson,
  labels,
  labelledBy,
  pictures,
}: {
  initialJson: string;
  labels: BodyEditorLabels;
  labelledBy: string;
  pictures: PictureChoice[];
}) {
  const [json, setJson] = useState(initialJson);
  // Pictures uploaded from the media panel during this visit, newest first, ahead of the server's list.
  const [uploaded, setUploaded] = useState<PictureChoice[]>([]);
  const choices = [...uploaded, ...pictures.filter((p) => !uploaded.some((u) => u.id === p.id))];
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
      BodyImage,
      BodyGallery,
      BodyEmbed,
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
      // A pasted address of a YouTube video or a Telegram, X or Instagram post becomes an embed.
      handlePaste: (view, event) => {
        const embed = parseEmbedUrl(event.clipboardData?.getData('text/plain'));
        const type = view.state.schema.nodes.embed;
        if (!embed || !type) return false;
        view.dispatch(view.state.tr.replaceSelectionWith(type.create(embed)).scrollIntoView());
        return true;
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
      {editor ? <SelectedPicture editor={editor} labels={labels} pictures={choices} /> : null}
      <MediaPanel
        editor={editor}
        labels={labels}
        pictures={choices}
        onUploaded={(p) => setUploaded((list) => [p, ...list])}
      />
    </div>
  );
}

const field = 'w-full rounded border border-rule bg-white px-2 py-2';

type PictureText = 'alt' | 'caption' | 'credit';
const PICTURE_TEXTS: { key: PictureText; label: 'pictureAlt' | 'pictureCaption' | 'pictureCredit'; max: number }[] = [
  { key: 'alt', label: 'pictureAlt', max: 300 },
  { key: 'caption', label: 'pictureCaption', max: 500 },
  { key: 'credit', label: 'pictureCredit', max: 200 },
];

/**
 * The texts of the picture or gallery selected in the body (click it, or reach it with the arrow keys, then Tab
 * here), edited in place instead of re-inserting it. Each change rewrites that node's attributes and keeps it
 * selected, so typing here never moves the editor's selection elsewhere. The server normalises them on save.
 */
function SelectedPicture({
  editor,
  labels,
  pictures,
}: {
  editor: Editor;
  labels: BodyEditorLabels;
  pictures: PictureChoice[];
}) {
  const id = useId();
  const selected = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const sel = e?.state.selection;
      if (!(sel instanceof NodeSelection)) return null;
      const { name } = sel.node.type;
      if (name !== 'image' && name !== 'gallery') return null;
      return { pos: sel.from, name, attrs: sel.node.attrs as Record<string, unknown> };
    },
  });
  if (!selected) return null;
  const items: Partial<BodyPicture>[] =
    selected.name === 'image'
      ? [selected.attrs as Partial<BodyPicture>]
      : ((selected.attrs.items as Partial<BodyPicture>[] | undefined) ?? []);
  const change = (index: number, key: PictureText, value: string) => {
    const { state } = editor;
    const node = state.doc.nodeAt(selected.pos);
    if (!node || node.type.name !== selected.name) return;
    const attrs =
      selected.name === 'image'
        ? { ...node.attrs, [key]: value }
        : {
            ...node.attrs,
            items: ((node.attrs.items as Partial<BodyPicture>[]) ?? []).map((p, i) =>
              i === index ? { ...p, [key]: value } : p,
            ),
          };
    const tr = state.tr.setNodeMarkup(selected.pos, undefined, attrs);
    editor.view.dispatch(tr.setSelection(NodeSelection.create(tr.doc, selected.pos)));
  };
  return (
    <fieldset
      className="mt-2 grid gap-3 rounded border border-brand bg-paper p-3"
      data-testid="body-picture-selected"
      aria-describedby={`${id}-hint`}
    >
      <legend className="px-1 text-sm font-semibold">{labels.pictureSelected}</legend>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {labels.pictureSelectedHint}
      </p>
      {items.map((p, index) => (
        <div key={`${p.mediaId ?? ''}-${index}`} className="grid gap-2 md:grid-cols-3">
          {items.length > 1 ? (
            <p className="text-sm font-semibold md:col-span-3">
              {index + 1}. {pictures.find((c) => c.id === p.mediaId)?.name ?? labels.picture}
            </p>
          ) : null}
          {PICTURE_TEXTS.map(({ key, label, max }) => (
            <div key={key} className="grid gap-1">
              <label htmlFor={`${id}-${index}-${key}`} className="text-sm">
                {items.length > 1 ? `${labels[label]} (${index + 1})` : labels[label]}
              </label>
              <input
                id={`${id}-${index}-${key}`}
                className={field}
                value={typeof p[key] === 'string' ? p[key] : ''}
                maxLength={max}
                onChange={(e) => change(index, key, e.target.value)}
              />
            </div>
          ))}
        </div>
      ))}
    </fieldset>
  );
}
const action = 'rounded border border-rule px-3 py-2 text-sm disabled:opacity-50';

/** Insert a picture, a gallery or an embed at the cursor. Its inputs have no name: the form never posts them. */
function MediaPanel({
  editor,
  labels,
  pictures,
  onUploaded,
}: {
  editor: Editor | null;
  labels: BodyEditorLabels;
  pictures: PictureChoice[];
  onUploaded: (picture: PictureChoice) => void;
}) {
  const id = useId();
  const [choice, setChoice] = useState('');
  const [texts, setTexts] = useState({ alt: '', caption: '', credit: '' });
  const [gallery, setGallery] = useState<BodyPicture[]>([]);
  const [url, setUrl] = useState('');
  const [urlError, setUrlError] = useState(false);
  const chosen = pictures.find((p) => p.id === choice);
  const picture = (): BodyPicture | null =>
    chosen ? { mediaId: chosen.id, src: chosen.file ?? '', width: 0, height: 0, ...texts } : null;
  // After the selection, not over it: an inserted node stays selected, and the next insert must not replace it.
  const insert = (content: Record<string, unknown>) =>
    editor?.chain().focus().insertContentAt(editor.state.selection.to, content).run();
  const reset = () => {
    setChoice('');
    setTexts({ alt: '', caption: '', credit: '' });
  };
  const insertEmbed = () => {
    const embed = parseEmbedUrl(url);
    setUrlError(!embed);
    if (!embed) return;
    insert({ type: 'embed', attrs: embed });
    setUrl('');
  };
  const text = (key: keyof typeof texts, label: string) => (
    <div className="grid gap-1">
      <label htmlFor={`${id}-${key}`} className="text-sm">
        {label}
      </label>
      <input
        id={`${id}-${key}`}
        className={field}
        value={texts[key]}
        maxLength={key === 'caption' ? 500 : 300}
        onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="mt-2 grid gap-3 rounded border border-rule bg-paper p-3" data-testid="body-media">
      <legend className="px-1 text-sm font-semibold">{labels.media}</legend>
      <div className="grid gap-2 md:grid-cols-2">
        <div className="grid gap-1">
          <label htmlFor={`${id}-picture`} className="text-sm">
            {labels.picture}
          </label>
          <select id={`${id}-picture`} className={field} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">—</option>
            {pictures.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {text('alt', labels.pictureAlt)}
        {text('caption', labels.pictureCaption)}
        {text('credit', labels.pictureCredit)}
      </div>
      <UploadPicture
        labels={labels}
        onUploaded={(p) => {
          onUploaded(p);
          setChoice(p.id);
        }}
      />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={action}
          disabled={!editor || !chosen}
          onClick={() => {
            const p = picture();
            if (p) insert({ type: 'image', attrs: p });
            reset();
          }}
        >
          {labels.pictureInsert}
        </button>
        <button
          type="button"
          className={action}
          disabled={!chosen}
          onClick={() => {
            const p = picture();
            if (p) setGallery([...gallery, p]);
            reset();
          }}
        >
          {labels.galleryAdd}
        </button>
      </div>
      {gallery.length ? (
        <div className="grid gap-2">
          <p className="text-sm">{labels.galleryPending}</p>
          <ol className="list-decimal ps-6 text-sm" data-testid="gallery-pending">
            {gallery.map((p, i) => (
              <li key={`${p.mediaId}-${i}`}>{pictures.find((c) => c.id === p.mediaId)?.name ?? p.mediaId}</li>
            ))}
          </ol>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className={action}
              disabled={!editor || gallery.length < 2}
              onClick={() => {
                insert({ type: 'gallery', attrs: { items: gallery } });
                setGallery([]);
              }}
            >
              {labels.galleryInsert}
            </button>
            <button type="button" className={action} onClick={() => setGallery([])}>
              {labels.galleryClear}
            </button>
          </div>
        </div>
      ) : null}
      <div className="grid gap-1">
        <label htmlFor={`${id}-embed`} className="text-sm">
          {labels.embedUrl}
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id={`${id}-embed`}
            // Not type=url: the story's form would refuse to submit while a half-typed address sits here.
            type="text"
            inputMode="url"
            className={`${field} min-w-0 flex-1`}
            value={url}
            aria-invalid={urlError}
            aria-describedby={urlError ? `${id}-embed-error` : undefined}
            onChange={(e) => {
              setUrl(e.target.value);
              setUrlError(false);
            }}
            onKeyDown={(e) => {
              // Enter inserts the embed instead of submitting the story's form.
              if (e.key !== 'Enter') return;
              e.preventDefault();
              insertEmbed();
            }}
          />
          <button type="button" className={action} disabled={!editor || !url.trim()} onClick={insertEmbed}>
            {labels.embedInsert}
          </button>
        </div>
        {urlError ? (
          <p id={`${id}-embed-error`} role="alert" className="text-sm text-brand">
            {labels.embedUnknown}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}

type UploadState =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'done'; name: string }
  | { kind: 'error'; message: 'uploadTooBig' | 'uploadNotImage' | 'uploadMissing' | 'uploadFailed' };

/**
 * A new picture from the device, uploaded with fetch to the upload route (app/admin/media/upload/route.ts, which
 * answers JSON when asked): it joins the picker and is chosen there, ready to insert. The server checks the
 * session, the same-origin rule, the size and the bytes; the size is checked here first to spare a long send.
 * The file input has no name: the story's form never posts it.
 */
function UploadPicture({
  labels,
  onUploaded,
}: {
  labels: BodyEditorLabels;
  onUploaded: (picture: PictureChoice) => void;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const upload = async () => {
    const file = input.current?.files?.[0];
    if (!file) return setState({ kind: 'error', message: 'uploadMissing' });
    if (file.size > MAX_UPLOAD_BYTES) return setState({ kind: 'error', message: 'uploadTooBig' });
    setState({ kind: 'sending' });
    const body = new FormData();
    body.set('file', file);
    try {
      const res = await fetch('/admin/media/upload', {
        method: 'POST',
        body,
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      const answer = (await res.json().catch(() => null)) as {
        id?: unknown;
        name?: unknown;
        url?: unknown;
        error?: unknown;
      } | null;
      if (res.ok && typeof answer?.id === 'string' && typeof answer.url === 'string') {
        const name = typeof answer.name === 'string' ? answer.name : answer.id;
        onUploaded({ id: answer.id, name, file: answer.url });
        setState({ kind: 'done', name });
        if (input.current) input.current.value = '';
        return;
      }
      const error = answer?.error;
      setState({
        kind: 'error',
        message:
          res.status === 413 || error === 'tooBig'
            ? 'uploadTooBig'
            : error === 'notImage' || error === 'unreadable'
              ? 'uploadNotImage'
              : error === 'missing'
                ? 'uploadMissing'
                : 'uploadFailed',
      });
    } catch {
      setState({ kind: 'error', message: 'uploadFailed' });
    }
  };
  return (
    <div className="grid gap-1" data-testid="body-upload">
      <label htmlFor={`${id}-file`} className="text-sm">
        {labels.uploadFile}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={`${id}-file`}
          ref={input}
          type="file"
          accept={UPLOAD_ACCEPT}
          className="min-w-0 max-w-full flex-1 text-sm"
          aria-describedby={state.kind === 'error' ? `${id}-error` : undefined}
          onChange={() => setState({ kind: 'idle' })}
        />
        <button
          type="button"
          className={action}
          disabled={state.kind === 'sending'}
          aria-busy={state.kind === 'sending'}
          onClick={upload}
        >
          {labels.upload}
        </button>
      </div>
      <div aria-live="polite" className="text-sm">
        {state.kind === 'sending' ? (
          <span className="flex items-center gap-2">
            <progress className="w-24" aria-label={labels.uploading} />
            {labels.uploading}
          </span>
        ) : state.kind === 'done' ? (
          <span data-testid="body-upload-done">{labels.uploadDone}</span>
        ) : null}
      </div>
      {state.kind === 'error' ? (
        <p id={`${id}-error`} role="alert" className="text-sm text-brand">
          {labels[state.message]}
        </p>
      ) : null}
    </div>
  );
}
