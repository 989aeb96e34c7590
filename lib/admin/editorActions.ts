// What the story editor offers in each state of a language version, in one place: the form shows these buttons
// and the server refuses any other intent for that state (a hand-made request is answered like a hidden button).
// Decision 0026.
import type { Intent } from './article-schema';

/** A language version's state as the editor sees it: 'NEW' before the first save. */
export type EditorStatus = 'NEW' | 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED';

/** The button texts (keys of the form's labels, components/admin/articleFormLabels.ts). */
export type ActionLabel =
  | 'save'
  | 'update'
  | 'stage'
  | 'submit'
  | 'confirm'
  | 'publish'
  | 'schedule'
  | 'reschedule'
  | 'unschedule'
  | 'unpublish';

export interface EditorButton {
  intent: Intent;
  label: ActionLabel;
}

export interface EditorActions {
  /** In their order on the action bar; the first is the default (Enter in a field). */
  buttons: EditorButton[];
  /**
   * The time input the form shows: the schedule ('scheduledFor', drafts and scheduled versions of those who may
   * publish), the displayed publication time of a published version ('publishedAt', editors only), or none.
   */
  timeField: 'scheduledFor' | 'publishedAt' | null;
}

export interface EditorSituation {
  status: EditorStatus;
  /** canPublish for this story (lib/auth/roles.ts). */
  mayPublish: boolean;
  /** Editors and admins: they may set a past or corrected publication time. */
  isEditor: boolean;
  /** A translation whose source changed since (it can be confirmed). */
  stale: boolean;
}

/** A version readers do not see, nor wait for: publish it now or at a time. */
const PUBLISH_OR_SCHEDULE: readonly EditorButton[] = [
  { intent: 'publish', label: 'publish' },
  { intent: 'schedule', label: 'schedule' },
];

/** What each state offers those who may publish it; the rest of the newsroom gets the plain save (and review). */
const PUBLISHING: Record<EditorStatus, readonly EditorButton[]> = {
  NEW: PUBLISH_OR_SCHEDULE,
  DRAFT: PUBLISH_OR_SCHEDULE,
  UNPUBLISHED: PUBLISH_OR_SCHEDULE,
  SCHEDULED: [
    { intent: 'schedule', label: 'reschedule' },
    { intent: 'publish', label: 'publish' },
    { intent: 'unschedule', label: 'unschedule' },
  ],
  PUBLISHED: [{ intent: 'unpublish', label: 'unpublish' }],
};

export function editorActions(s: EditorSituation): EditorActions {
  const live = s.status === 'PUBLISHED';
  const first: EditorButton[] = live
    ? [
        { intent: 'save', label: 'update' },
        { intent: 'stage', label: 'stage' },
      ]
    : [{ intent: 'save', label: 'save' }];
  const confirm: EditorButton[] = s.stale ? [{ intent: 'confirm', label: 'confirm' }] : [];
  // Those who may not publish ask for a review of a version readers do not see yet.
  const rest: readonly EditorButton[] = s.mayPublish
    ? PUBLISHING[s.status]
    : s.status === 'SCHEDULED' || live
      ? []
      : [{ intent: 'submit', label: 'submit' }];
  return {
    buttons: [...first, ...confirm, ...rest],
    timeField: live ? (s.isEditor ? 'publishedAt' : null) : s.mayPublish ? 'scheduledFor' : null,
  };
}

/**
 * Whether an intent makes sense for a version in this state, whoever asks (permissions are checked apart):
 * no "publish" or "schedule" of what is already live, no "unschedule" of what is not scheduled, staged edits only
 * of published text.
 */
export function intentFitsStatus(intent: Intent, status: EditorStatus): boolean {
  const everyRole = editorActions({ status, mayPublish: true, isEditor: true, stale: true });
  // "submit" is the contributors' stand-in for publishing: it fits wherever publishing does.
  const intents = new Set<Intent>(everyRole.buttons.map((b) => b.intent));
  if (intents.has('publish')) intents.add('submit');
  return intents.has(intent);
}
