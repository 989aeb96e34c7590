'use client';
// The article form: a plain <form> posting to a server action (works before/without JavaScript, except the
// body editor), validated in the browser with the same zod schema the server uses. A refused save (invalid,
// conflict, forbidden) comes back with what was typed, so nothing is lost; unsaved text is also kept in the
// browser and leaving asks first (keptDraft.client.ts). Its buttons are those of the version's state
// (lib/admin/editorActions.ts, decision 0026).
import {
  startTransition,
  useActionState,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import { articleFormSchema, fieldErrors, formDataToInput } from '@/lib/admin/article-schema';
import { editorActions, type EditorSituation } from '@/lib/admin/editorActions';
import { slugify, type SlugLocale } from '@/lib/slug';
import type { ArticleFormState, SubmittedValues } from '@/lib/admin/form-state';
import type { ArticleFormLabels, BodyEditorLabels } from './articleFormLabels';
import { BodyEditor } from './BodyEditor.client';
import { useKeptDraft } from './keptDraft.client';
import { NewsroomTimeInput } from './NewsroomTimeInput';

export interface Choice {
  id: string;
  name: string;
}

export interface ArticleFormProps {
  /** The server action that saves (app/admin/_actions/articles.ts), passed in by the page. */
  save: (prev: ArticleFormState, form: FormData) => Promise<ArticleFormState>;
  mode: 'new' | 'edit' | 'translate';
  articleId?: string;
  sourceId?: string;
  locale: SlugLocale;
  /** A new story's language can be changed in the form (nothing typed is cleared): the choices and the headings. */
  languages?: { locale: SlugLocale; label: string; heading: string; lang: string }[];
  version: number;
  /** The staged revision loaded into the form, if any. */
  stagedId?: string;
  initial: SubmittedValues;
  choices: { sections: Choice[]; tags: Choice[]; authors: Choice[]; media: Choice[] };
  /** The version's state and what the user may do: the buttons and time field follow (editorActions). */
  situation: EditorSituation;
  /** Where the unsaved text is kept in this browser (lib/admin/localDraft.ts draftKey). */
  draftKey: string;
  /** The page was reached by a successful save (the copy of that text is no longer needed). */
  afterSave?: boolean;
  labels: ArticleFormLabels;
  editorLabels: BodyEditorLabels;
  /** Error key → message, for checks made in the browser. */
  errorText: Record<string, string>;
}

const input = 'w-full rounded border border-rule bg-white px-3 py-2';

/** One labelled field: label, control (given its id and ARIA links), hint and error, the same for every field. */
function Field({
  id,
  name,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  /** The field's name in the form (error test ids). */
  name: string;
  label: string;
  error?: string;
  hint?: string;
  children: (aria: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy || undefined })}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} name={name} error={error} />
    </div>
  );
}

function FieldError({ id, name, error }: { id: string; name: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="text-sm font-semibold text-brand" data-testid={`error-${name}`}>
      {error}
    </p>
  ) : null;
}

/** The headline grows with its text: CSS `field-sizing: content`, or by script where a browser lacks it. */
function growToFit(el: HTMLTextAreaElement | null) {
  if (!el || CSS.supports('field-sizing', 'content')) return;
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight + 2}px`;
}

/** Fields one types into (where a phone's keyboard opens), as opposed to boxes, radios and buttons. */
function isTextField(el: EventTarget) {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'submit', 'button', 'hidden'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

export function ArticleForm(props: ArticleFormProps) {
  const { labels } = props;
  const [state, formAction, pending] = useActionState<ArticleFormState, FormData>(props.save, { status: 'idle' });
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const [chosenLocale, setChosenLocale] = useState<SlugLocale | null>(null);
  const [typing, setTyping] = useState(false);
  const pressing = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const kept = useKeptDraft(formRef, {
    key: props.draftKey,
    version: props.version,
    afterSave: Boolean(props.afterSave),
    leaveWarning: labels.leaveWarning,
  });
  const restored = kept.restored;
  const languages = props.languages;
  const restoredLocale = languages?.find((l) => l.locale === restored?.locale)?.locale;
  const locale = chosenLocale ?? restoredLocale ?? props.locale;
  // What the fields show: after a refused save what was posted; else a restored copy; else the stored text.
  const v = state.values ?? restored?.values ?? props.initial;
  const errors = clientErrors ?? state.errors ?? {};
  const id = useId();
  const { buttons, timeField } = editorActions(props.situation);

  useEffect(() => {
    if (state.status !== 'idle') kept.refused();
  }, [state, kept]);

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(e.currentTarget, submitter);
    // Submitted by hand (not through the action prop), so React does not reset the form afterwards:
    // after a refused save every field keeps exactly what was typed. Without JavaScript the form posts normally.
    e.preventDefault();
    const parsed = articleFormSchema.safeParse(formDataToInput(data));
    if (parsed.success) {
      setClientErrors(null);
      kept.saving();
      startTransition(() => formAction(data));
      return;
    }
    const found: Record<string, string> = {};
    for (const [k, key] of Object.entries(fieldErrors(parsed.error))) found[k] = props.errorText[key] ?? key;
    setClientErrors(found);
    document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
  }

  const message = clientErrors ? labels.fixErrors : state.message;
  const language = languages?.find((l) => l.locale === locale);
  const version = restored ? restored.baseVersion : props.version;

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      className="grid gap-4"
      noValidate
      data-testid="article-form"
      onFocus={(e) => {
        // Pressing a button: the bar changes once the click is done (onBlur).
        if (pressing.current && !isTextField(e.target)) return;
        setTyping(isTextField(e.target));
      }}
      // A press on a button moves the focus off the field at pointerdown: the bar turning sticky then would cover
      // the button being pressed (near the screen's bottom) before pointerup, and the click would be lost. So
      // after a press, the bar changes once the click is done.
      onBlur={() => {
        if (!pressing.current) return setTyping(false);
        const settle = () => {
          const now = document.activeElement;
          setTyping(Boolean(now && formRef.current?.contains(now) && isTextField(now)));
        };
        window.addEventListener('click', () => setTimeout(settle), { once: true, capture: true });
      }}
      onPointerDownCapture={() => {
        pressing.current = true;
        window.addEventListener('pointerup', () => setTimeout(() => (pressing.current = false)), { once: true });
      }}
    >
      {language ? <h1 className="text-2xl font-black">{language.heading}</h1> : null}
      <input type="hidden" name="mode" value={props.mode} />
      {languages ? null : <input type="hidden" name="locale" value={locale} />}
      {props.articleId ? <input type="hidden" name="articleId" value={props.articleId} /> : null}
      {props.sourceId ? <input type="hidden" name="sourceId" value={props.sourceId} /> : null}
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="stagedId" value={props.stagedId ?? ''} />

      {restored && !state.values ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-3 rounded border border-blue-700 bg-blue-50 p-3"
          data-testid="draft-restored"
        >
          <p>{labels.draftRestored}</p>
          <button type="button" onClick={kept.discard} className="rounded border border-ink px-3 py-1">
            {labels.discardDraft}
          </button>
        </div>
      ) : null}

      {message ? (
        <div
          role="alert"
          data-testid={`form-${clientErrors ? 'invalid' : state.status}`}
          className={`rounded border p-3 ${state.status === 'conflict' ? 'border-amber-500 bg-amber-50' : 'border-brand bg-red-50'}`}
        >
          <p>{message}</p>
          {state.status === 'conflict' && props.articleId ? (
            <p>
              <a href={`/admin/articles/${props.articleId}`} target="_blank" rel="noopener" className="underline">
                {labels.openLatest}
              </a>
            </p>
          ) : null}
        </div>
      ) : null}

      {languages ? (
        <fieldset className="grid gap-1">
          <legend className="font-semibold">{labels.language}</legend>
          <div className="flex flex-wrap gap-2">
            {languages.map((l) => (
              <label
                key={l.locale}
                lang={l.lang}
                className="flex min-h-11 items-center gap-2 rounded border border-rule px-3 has-checked:bg-ink has-checked:text-white"
              >
                <input
                  type="radio"
                  name="locale"
                  value={l.locale}
                  checked={l.locale === locale}
                  onChange={() => {
                    // Only the language changes: every typed field stays as it is.
                    // (The address keeps its ?locale=: rewriting it would make the router render the page again.)
                    setChosenLocale(l.locale);
                  }}
                  className="size-6"
                />
                {l.label}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      {/* Uncontrolled fields: a restored copy (or its discarding) mounts them afresh with its values. */}
      <ArticleFields
        key={restored ? `restored-${restored.savedAt}` : 'stored'}
        {...props}
        v={v}
        locale={locale}
        lang={language?.lang}
        errors={errors}
        timeField={timeField}
        fid={(name) => `${id}-${name}`}
      />

      {/* One row, whatever the state: it scrolls sideways on a narrow screen rather than growing, and it steps
          out of the way (static, at the form's end) while a text field has the focus, so it never covers what is
          being typed. */}
      <div
        role="group"
        aria-label={labels.actions}
        data-testid="action-bar"
        className={`${typing ? 'static' : 'sticky'} bottom-0 z-10 -mx-1 flex gap-2 overflow-x-auto border-t border-rule bg-white/95 px-1 py-2`}
      >
        {buttons.map(({ intent, label }, i) => (
          <button
            key={intent}
            type="submit"
            name="intent"
            value={intent}
            disabled={pending}
            className={`shrink-0 rounded px-3 py-2 text-sm whitespace-nowrap ${
              intent === 'publish'
                ? 'bg-brand font-semibold text-white'
                : intent === 'unpublish'
                  ? 'border border-brand text-brand'
                  : `border border-ink ${i === 0 ? 'font-semibold' : ''}`
            }`}
          >
            {labels[label]}
          </button>
        ))}
      </div>
    </form>
  );
}

/** The story's fields, from one set of values (stored, posted back or restored). */
function ArticleFields({
  v,
  locale,
  lang,
  errors,
  timeField,
  fid,
  labels,
  choices,
  editorLabels,
}: ArticleFormProps & {
  v: SubmittedValues;
  locale: SlugLocale;
  lang?: string;
  errors: Record<string, string | undefined>;
  timeField: 'scheduledFor' | 'publishedAt' | null;
  fid: (name: string) => string;
}) {
  const [slug, setSlug] = useState(v.slug);
  const [title, setTitle] = useState(v.title);
  const titleRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => growToFit(titleRef.current), [title]);
  return (
    <div className="grid gap-4" lang={lang}>
      <Field id={fid('title')} name="title" label={labels.title} error={errors.title}>
        {(aria) => (
          <textarea
            {...aria}
            ref={titleRef}
            name="title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            // One line of text that wraps: Enter does not break it.
            onKeyDown={(e) => {
              if (e.key === 'Enter') e.preventDefault();
            }}
            required
            rows={1}
            maxLength={200}
            className={`${input} field-sizing-content resize-none text-xl font-bold`}
          />
        )}
      </Field>

      <Field id={fid('lede')} name="lede" label={labels.lede} error={errors.lede}>
        {(aria) => (
          <textarea
            {...aria}
            name="lede"
            defaultValue={v.lede}
            rows={3}
            maxLength={600}
            className={`${input} field-sizing-content min-h-20`}
          />
        )}
      </Field>

      <Field id={fid('slug')} name="slug" label={labels.slug} error={errors.slug} hint={labels.slugHint}>
        {(aria) => (
          <div className="flex gap-2">
            <input
              {...aria}
              name="slug"
              value={slug}
              onChange={(e) => setSlug(e.target.value)}
              maxLength={100}
              className={`${input} font-mono text-sm`}
              autoCapitalize="off"
              spellCheck={false}
            />
            <button
              type="button"
              onClick={() => setSlug(slugify(title, locale))}
              className="shrink-0 rounded border border-rule px-3"
            >
              {labels.slugFromTitle}
            </button>
          </div>
        )}
      </Field>

      <div className="grid gap-1">
        <span id={fid('body-label')} className="font-semibold">
          {labels.body}
        </span>
        <noscript>
          <p className="text-sm text-muted">{labels.noscript}</p>
        </noscript>
        <BodyEditor
          initialJson={v.body}
          labels={editorLabels}
          labelledBy={fid('body-label')}
          pictures={choices.media}
        />
        <FieldError id={fid('body')} name="body" error={errors.body} />
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        {(
          [
            { name: 'sectionId', label: labels.section, none: labels.choose, options: choices.sections },
            { name: 'mainMediaId', label: labels.image, none: labels.noImage, options: choices.media },
          ] as const
        ).map(({ name, label, none, options }) => (
          <Field key={name} id={fid(name)} name={name} label={label} error={errors[name]}>
            {(aria) => (
              <select {...aria} name={name} defaultValue={v[name]} required={name === 'sectionId'} className={input}>
                <option value="">{none}</option>
                {options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>

      {(['tags', 'authors'] as const).map((kind) => {
        const name = kind === 'tags' ? 'tagIds' : 'authorIds';
        const chosen = new Set(kind === 'tags' ? v.tagIds : v.authorIds);
        return (
          <fieldset key={kind} className="grid gap-1">
            <legend className="font-semibold">{labels[kind]}</legend>
            <div className="flex max-h-48 flex-wrap gap-x-4 overflow-y-auto rounded border border-rule p-2">
              {choices[kind].map((c) => (
                // A finger-sized target: the whole label, at least 44 px high, around a 24 px box.
                <label key={c.id} className="flex min-h-11 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={name}
                    value={c.id}
                    defaultChecked={chosen.has(c.id)}
                    className="size-6 shrink-0"
                  />
                  {c.name}
                </label>
              ))}
            </div>
            <FieldError id={fid(name)} name={name} error={errors[name]} />
          </fieldset>
        );
      })}

      {timeField ? (
        <Field
          id={fid(timeField)}
          name={timeField}
          label={timeField === 'scheduledFor' ? labels.scheduledFor : labels.publishedAt}
          error={errors[timeField]}
          hint={timeField === 'scheduledFor' ? labels.timeHint : labels.publishedAtHint}
        >
          {(aria) => <NewsroomTimeInput {...aria} name={timeField} defaultValue={v[timeField]} />}
        </Field>
      ) : null}
    </div>
  );
}
