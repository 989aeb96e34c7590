// Who may do what in the newsroom. Pure functions: every server action asks these before it writes,
// so a hand-made request is refused exactly like a hidden button. See docs/decisions/0011-newsroom-access.md.
export const roles = ['contributor', 'author', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export interface Actor {
  id: string;
  role: Role;
}

/** What a permission check needs to know about a story. */
export interface StoryOwnership {
  createdById: string | null;
}

const rank: Record<Role, number> = { contributor: 0, author: 1, editor: 2, admin: 3 };

export function atLeast(actor: Actor, role: Role): boolean {
  return rank[actor.role] >= rank[role];
}

const owns = (actor: Actor, story: StoryOwnership) => story.createdById !== null && story.createdById === actor.id;

/** Everyone signed in may start a story (contributors write drafts). */
export const canCreateStory = (actor: Actor) => isRole(actor.role);

/** Readers see it, or will at a set time: changing it is a publishing decision (see canEdit). */
export const isLiveStatus = (status: string) => status === 'PUBLISHED' || status === 'SCHEDULED';

/** Edit the content of a language version. Contributors and authors: their own stories only. */
export function canEdit(actor: Actor, story: StoryOwnership, articleIsLive = false): boolean {
  if (atLeast(actor, 'editor')) return true;
  if (!owns(actor, story)) return false;
  // A contributor's story that is already live is the editors' (or the author's) to change.
  return actor.role === 'author' || !articleIsLive;
}

/** Publish, schedule or unpublish. Contributors never; authors their own stories; editors any. */
export function canPublish(actor: Actor, story: StoryOwnership): boolean {
  if (atLeast(actor, 'editor')) return true;
  return actor.role === 'author' && owns(actor, story);
}

/** Ask an editor to review (contributors); anyone who may edit may ask. */
export const canSubmitForReview = (actor: Actor, story: StoryOwnership) => canEdit(actor, story);

/** Delete a language version (readers then get 410). Same rule as publishing. */
export const canDelete = canPublish;

/** Sections, tags, authors and the breaking-news banner. */
export const canManageTaxonomy = (actor: Actor) => atLeast(actor, 'editor');
export const canManageBreaking = (actor: Actor) => atLeast(actor, 'editor');

/** Users and roles; the audit log. */
export const canManageUsers = (actor: Actor) => actor.role === 'admin';
export const canViewAudit = (actor: Actor) => actor.role === 'admin';

/** The review queue is for those who can publish others' stories. */
export const canReview = (actor: Actor) => atLeast(actor, 'editor');

/**
 * Read a language version in the newsroom (editor, preview, revisions, translation source): editors and admins
 * any; contributors and authors their own stories, plus what readers can already see (PUBLISHED). Anything else
 * answers as if it did not exist. See docs/decisions/0020-newsroom-authorization.md.
 */
export function canRead(actor: Actor, story: StoryOwnership, articleStatus: string): boolean {
  if (atLeast(actor, 'editor')) return true;
  return owns(actor, story) || articleStatus === 'PUBLISHED';
}

/**
 * Change what all language versions of a story share: section, tags, authors, the main picture and its texts.
 * Once any version is live (published or scheduled), only someone who may change the live story may — a
 * contributor's draft translation of their live story does not reach them.
 */
export const canChangeSharedFields = (actor: Actor, story: StoryOwnership, storyIsLive: boolean) =>
  canEdit(actor, story, storyIsLive);

/**
 * Use a picture (as a story's main picture or inside a body): editors any; others those shown by stories they may
 * read, and those they uploaded themselves (a fresh upload is shown by no story yet). Someone else's fresh upload
 * stays refused: it is unpublished material, like a draft.
 */
export function canUsePicture(
  actor: Actor,
  shownBy: { createdById: string | null; published: boolean }[],
  uploadedById: string | null = null,
): boolean {
  if (atLeast(actor, 'editor')) return true;
  if (uploadedById && uploadedById === actor.id) return true;
  return shownBy.some((s) => owns(actor, s) || s.published);
}

/** Change a picture's texts (alt, caption, credit): they show on every story that uses it, so all of them must be changeable. */
export const canChangePictureTexts = (actor: Actor, shownBy: { createdById: string | null; live: boolean }[]) =>
  shownBy.every((s) => canChangeSharedFields(actor, s, s.live));

/** Write, change or withdraw a correction notice on a published version: editors and admins (decision 0028). */
export const canWriteCorrections = (actor: Actor) => atLeast(actor, 'editor');

/**
 * Share an unpublished version with someone outside the newsroom (a preview link), or revoke such a link:
 * showing a story before it runs is a publishing decision, so the publishing rule (decision 0028).
 */
export const canSharePreview = canPublish;

/** Schedule a live version to leave the site, or cancel that: the publishing rule (decision 0028). */
export const canScheduleUnpublish = canPublish;

/** Imports from another system (decision 0034) write many stories at once, published ones included: admins only. */
export const canImport = (actor: Actor) => actor.role === 'admin';
/**
 * Live blogs (decision 0033). Start or end the coverage, pin an entry, mark key events, remove an entry: a
 * publishing decision (editors any story, authors their own). Post an entry: whoever may change the live story
 * (the same people: a contributor's live story is the editors').
 */
export const canRunLiveBlog = (actor: Actor, story: StoryOwnership) => canPublish(actor, story);
export const canPostLiveEntry = (actor: Actor, story: StoryOwnership) => canEdit(actor, story, true);
