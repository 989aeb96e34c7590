// The article form's strings, in one list: each label of the form (a client component) and of its body
// editor names its message key here; the props' types are derived from these lists and the strings are
// translated on the server.
import type { AdminErrorKey, AdminT } from '@/lib/admin/i18n';

const FORM_LABELS = {
  title: 'field.title',
  lede: 'field.lede',
  slug: 'field.slug',
  slugHint: 'field.slugHint',
  slugFromTitle: 'field.slugFromTitle',
  body: 'field.body',
  section: 'field.section',
  tags: 'field.tags',
  authors: 'field.authors',
  image: 'field.image',
  noImage: 'field.noImage',
  scheduledFor: 'field.scheduledFor',
  publishedAt: 'field.publishedAt',
  timeHint: 'field.timeHint',
  publishedAtHint: 'field.publishedAtHint',
  language: 'field.language',
  choose: 'field.choose',
  save: 'editor.save',
  stage: 'editor.stage',
  submit: 'editor.submit',
  publish: 'editor.publish',
  update: 'editor.update',
  schedule: 'editor.schedule',
  reschedule: 'editor.reschedule',
  unschedule: 'editor.unschedule',
  actions: 'editor.actions',
  leaveWarning: 'editor.leaveWarning',
  draftRestored: 'editor.draftRestored',
  discardDraft: 'editor.discardDraft',
  unpublish: 'editor.unpublish',
  confirm: 'editor.confirm',
  noscript: 'editor.noscript',
  openLatest: 'editor.openLatest',
  fixErrors: 'editor.fixErrors',
} as const satisfies Record<string, Parameters<AdminT>[0]>;

const EDITOR_LABELS = {
  toolbar: 'toolbar.label',
  bold: 'toolbar.bold',
  italic: 'toolbar.italic',
  h2: 'toolbar.h2',
  h3: 'toolbar.h3',
  bullet: 'toolbar.bullet',
  ordered: 'toolbar.ordered',
  quote: 'toolbar.quote',
  link: 'toolbar.link',
  linkPrompt: 'toolbar.linkPrompt',
  unlink: 'toolbar.unlink',
  media: 'toolbar.media',
  picture: 'toolbar.picture',
  pictureAlt: 'toolbar.pictureAlt',
  pictureCaption: 'toolbar.pictureCaption',
  pictureCredit: 'toolbar.pictureCredit',
  pictureInsert: 'toolbar.pictureInsert',
  pictureSelected: 'toolbar.pictureSelected',
  pictureSelectedHint: 'toolbar.pictureSelectedHint',
  galleryAdd: 'toolbar.galleryAdd',
  galleryInsert: 'toolbar.galleryInsert',
  galleryClear: 'toolbar.galleryClear',
  galleryPending: 'toolbar.galleryPending',
  embedUrl: 'toolbar.embedUrl',
  embedInsert: 'toolbar.embedInsert',
  embedUnknown: 'toolbar.embedUnknown',
  uploadFile: 'toolbar.uploadFile',
  upload: 'toolbar.upload',
  uploading: 'toolbar.uploading',
  uploadDone: 'toolbar.uploadDone',
  uploadTooBig: 'toolbar.uploadTooBig',
  uploadNotImage: 'toolbar.uploadNotImage',
  uploadMissing: 'toolbar.uploadMissing',
  uploadFailed: 'toolbar.uploadFailed',
} as const satisfies Record<string, Parameters<AdminT>[0]>;

/** The errors the browser's own check of the form (the shared zod schema) can report. */
const CLIENT_ERRORS = [
  'required',
  'tooLong',
  'tooMany',
  'slugFormat',
  'slugTaken',
  'bodyInvalid',
  'bodyTooLong',
  'dateInvalid',
  'datePast',
  'dateFuture',
  'publishedAtStaged',
  'actionNotAvailable',
  'unknown',
  'invalid',
  'controlChars',
  'bodyTooDeep',
] as const satisfies readonly AdminErrorKey[];

export type ArticleFormLabels = Record<keyof typeof FORM_LABELS, string>;
export type BodyEditorLabels = Record<keyof typeof EDITOR_LABELS, string>;

export function articleFormLabels(t: AdminT): {
  labels: ArticleFormLabels;
  editorLabels: BodyEditorLabels;
  errorText: Record<string, string>;
} {
  return {
    labels: Object.fromEntries(Object.entries(FORM_LABELS).map(([name, key]) => [name, t(key)])) as ArticleFormLabels,
    editorLabels: Object.fromEntries(
      Object.entries(EDITOR_LABELS).map(([name, key]) => [name, t(key)]),
    ) as BodyEditorLabels,
    errorText: Object.fromEntries(CLIENT_ERRORS.map((k) => [k, t(`errors.${k}`)])),
  };
}
