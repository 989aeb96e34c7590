'use client';
// The article form: a plain <form> posting to a server action (works before/without JavaScript, except the
// body editor), validated in the browser with the same zod schema the server uses. A refused save (invalid,
// conflict, forbidden) comes back with what was typed, so nothing is lost.
import { startTransition, useActionState, useId, useState, type FormEvent } from 'react';
import { articleFormSchema, fieldErrors, formDataToInput } from '@/lib/admin/article-schema';
import { slugify, type SlugLocale } from '@/lib/slug';
import type { ArticleFormState, SubmittedValues } from '@/lib/admin/form-state';
import type { ArticleFormLabels, BodyEditorLabels } from './articleFormLabels';
import { BodyEditor } from './BodyEditor.client';

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
  version: number;
  /** The staged revision loaded into the form, if any. */
  stagedId?: string;
  initial: SubmittedValues;
  choices: { sections: Choice[]; tags: Choice[]; authors: Choice[]; media: Choice[] };
  actions: { publish: boolean; submit: boolean; confirm: boolean; unpublish: boolean; live: boolean; stage?: boolean };
  labels: ArticleFormLabels;
  editorLabels: BodyEditorLabels;
  /** Error key → message, for checks made in the browser. */
  errorText: Record<string, string>;
}

/** The buttons besides "save", in their order: each shows when the server says the editor may use it. */
const SECONDARY_INTENTS = [
  { intent: 'stage', className: 'rounded border border-ink px-4 py-2' },
  { intent: 'submit', className: 'rounded border border-ink px-4 py-2' },
  { intent: 'confirm', className: 'rounded border border-ink px-4 py-2' },
  { intent: 'publish', className: 'rounded bg-brand px-4 py-2 font-semibold text-white' },
  { intent: 'unpublish', className: 'rounded border border-brand px-4 py-2 text-brand' },
] as const;

export function ArticleForm(props: ArticleFormProps) {
  const { labels } = props;
  const [state, formAction, pending] = useActionState<ArticleFormState, FormData>(props.save, { status: 'idle' });
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  const v = state.values ?? props.initial;
  const errors = clientErrors ?? state.errors ?? {};
  const [slug, setSlug] = useState(v.slug);
  const [title, setTitle] = useState(v.title);
  const id = useId();
  const fid = (name: string) => `${id}-${name}`;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(e.currentTarget, submitter);
    // Submitted by hand (not through the action prop), so React does not reset the form afterwards:
    // after a refused save every field keeps exactly what was typed. Without JavaScript the form posts normally.
    e.preventDefault();
    const parsed = articleFormSchema.safeParse(formDataToInput(data));
    if (parsed.success) {
      setClientErrors(null);
      startTransition(() => formAction(data));
      return;
    }
    const found: Record<string, string> = {};
    for (const [k, key] of Object.entries(fieldErrors(parsed.error))) found[k] = props.errorText[key] ?? key;
    setClientErrors(found);
    document.getElementById(fid(Object.keys(found)[0]))?.focus();
  }

  const describedBy = (name: string) => (errors[name] ? `${fid(name)}-error` : undefined);
  const errorFor = (name: string) =>
    errors[name] ? (
      <p id={`${fid(name)}-error`} className="text-sm font-semibold text-brand" data-testid={`error-${name}`}>
        {errors[name]}
      </p>
    ) : null;
  const input = 'w-full rounded border border-rule bg-white px-3 py-2';
  const message = clientErrors ? labels.fixErrors : state.message;

  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-4" noValidate data-testid="article-form">
      <input type="hidden" name="mode" value={props.mode} />
      <input type="hidden" name="locale" value={props.locale} />
      {props.articleId ? <input type="hidden" name="articleId" value={props.articleId} /> : null}
      {props.sourceId ? <input type="hidden" name="sourceId" value={props.sourceId} /> : null}
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="stagedId" value={props.stagedId ?? ''} />

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

      <div className="grid gap-1">
        <label htmlFor={fid('title')} className="font-semibold">
          {labels.title}
        </label>
        <input
          id={fid('title')}
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
          aria-invalid={Boolean(errors.title)}
          aria-describedby={describedBy('title')}
          className={`${input} text-xl font-bold`}
        />
        {errorFor('title')}
      </div>

      <div className="grid gap-1">
        <label htmlFor={fid('lede')} className="font-semibold">
          {labels.lede}
        </label>
        <textarea
          id={fid('lede')}
          name="lede"
          defaultValue={v.lede}
          rows={3}
          maxLength={600}
          aria-invalid={Boolean(errors.lede)}
          aria-describedby={describedBy('lede')}
          className={input}
        />
        {errorFor('lede')}
      </div>

      <div className="grid gap-1">
        <label htmlFor={fid('slug')} className="font-semibold">
          {labels.slug}
        </label>
        <div className="flex gap-2">
          <input
            id={fid('slug')}
            name="slug"
            value={slug}
            onChange={(e) => setSlug(e.target.value)}
            maxLength={100}
            aria-invalid={Boolean(errors.slug)}
            aria-describedby={`${fid('slug')}-hint ${describedBy('slug') ?? ''}`.trim()}
            className={`${input} font-mono text-sm`}
            autoCapitalize="off"
            spellCheck={false}
          />
          <button
            type="button"
            onClick={() => setSlug(slugify(title, props.locale))}
            className="shrink-0 rounded border border-rule px-3"
          >
            {labels.slugFromTitle}
          </button>
        </div>
        <p id={`${fid('slug')}-hint`} className="text-sm text-muted">
          {labels.slugHint}
        </p>
        {errorFor('slug')}
      </div>

      <div className="grid gap-1">
        <span id={fid('body-label')} className="font-semibold">
          {labels.body}
        </span>
        <noscript>
          <p className="text-sm text-muted">{labels.noscript}</p>
        </noscript>
        <BodyEditor
          initialJson={v.body}
          labels={props.editorLabels}
          labelledBy={fid('body-label')}
          pictures={props.choices.media}
        />
        {errorFor('body')}
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <div className="grid gap-1">
          <label htmlFor={fid('sectionId')} className="font-semibold">
            {labels.section}
          </label>
          <select
            id={fid('sectionId')}
            name="sectionId"
            defaultValue={v.sectionId}
            required
            aria-invalid={Boolean(errors.sectionId)}
            aria-describedby={describedBy('sectionId')}
            className={input}
          >
            <option value="">{labels.choose}</option>
            {props.choices.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {errorFor('sectionId')}
        </div>
        <div className="grid gap-1">
          <label htmlFor={fid('mainMediaId')} className="font-semibold">
            {labels.image}
          </label>
          <select
            id={fid('mainMediaId')}
            name="mainMediaId"
            defaultValue={v.mainMediaId}
            className={input}
            aria-invalid={Boolean(errors.mainMediaId)}
            aria-describedby={describedBy('mainMediaId')}
          >
            <option value="">{labels.noImage}</option>
            {props.choices.media.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </select>
          {errorFor('mainMediaId')}
        </div>
      </div>

      {(['tags', 'authors'] as const).map((kind) => {
        const name = kind === 'tags' ? 'tagIds' : 'authorIds';
        const chosen = new Set(kind === 'tags' ? v.tagIds : v.authorIds);
        return (
          <fieldset key={kind} className="grid gap-1">
            <legend className="font-semibold">{labels[kind]}</legend>
            <div className="flex max-h-40 flex-wrap gap-x-4 gap-y-1 overflow-y-auto rounded border border-rule p-2">
              {props.choices[kind].map((c) => (
                <label key={c.id} className="flex items-center gap-1 text-sm">
                  <input type="checkbox" name={name} value={c.id} defaultChecked={chosen.has(c.id)} />
                  {c.name}
                </label>
              ))}
            </div>
            {errorFor(name)}
          </fieldset>
        );
      })}

      <div className="sticky bottom-0 grid gap-3 border-t border-rule bg-white/95 py-3">
        {props.actions.publish ? (
          <div className="flex flex-wrap items-end gap-2">
            <div className="grid gap-1">
              <label htmlFor={fid('scheduledFor')} className="text-sm font-semibold">
                {labels.scheduledFor}
              </label>
              <input
                id={fid('scheduledFor')}
                type="datetime-local"
                step={1}
                name="scheduledFor"
                defaultValue={v.scheduledFor}
                aria-invalid={Boolean(errors.scheduledFor)}
                aria-describedby={describedBy('scheduledFor')}
                className={input}
              />
            </div>
            <button
              type="submit"
              name="intent"
              value="schedule"
              disabled={pending}
              className="rounded border border-ink px-4 py-2"
            >
              {labels.schedule}
            </button>
            {errorFor('scheduledFor')}
          </div>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            name="intent"
            value="save"
            disabled={pending}
            className="rounded border border-ink px-4 py-2 font-semibold"
          >
            {props.actions.live ? labels.update : labels.save}
          </button>
          {SECONDARY_INTENTS.filter(({ intent }) => props.actions[intent]).map(({ intent, className }) => (
            <button key={intent} type="submit" name="intent" value={intent} disabled={pending} className={className}>
              {labels[intent]}
            </button>
          ))}
        </div>
      </div>
    </form>
  );
}
