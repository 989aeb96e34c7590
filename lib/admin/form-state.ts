// What the newsroom's forms and their server actions exchange: the state each action returns to its form.
// Here, not beside either side, so that components/ receive actions as props and never import app/.
import type { TwoFactorSetup } from '@/lib/auth/two-factor';

export interface SubmittedValues {
  title: string;
  lede: string;
  slug: string;
  body: string;
  sectionId: string;
  tagIds: string[];
  authorIds: string[];
  mainMediaId: string;
  scheduledFor: string;
  publishedAt: string;
}

/** What every language version of a story shares, as the form holds it. */
export type SharedValues = Pick<SubmittedValues, 'sectionId' | 'tagIds' | 'authorIds' | 'mainMediaId'>;

/** The shared fields of a stored story (section, tags, authors, main picture) as form values. */
export function sharedValues(story: {
  sectionId: string;
  mainMediaId: string | null;
  tags: { tagId: string }[];
  authors: { authorId: string }[];
}): SharedValues {
  return {
    sectionId: story.sectionId,
    tagIds: story.tags.map((x) => x.tagId),
    authorIds: story.authors.map((x) => x.authorId),
    mainMediaId: story.mainMediaId ?? '',
  };
}

/** An empty form for a new language version: a new story, or a translation keeping its story's shared fields. */
export function blankValues(shared?: SharedValues): SubmittedValues {
  return {
    title: '',
    lede: '',
    slug: '',
    body: JSON.stringify({ type: 'doc', content: [] }),
    sectionId: '',
    tagIds: [],
    authorIds: [],
    mainMediaId: '',
    scheduledFor: '',
    publishedAt: '',
    ...shared,
  };
}

export interface ArticleFormState {
  status: 'idle' | 'invalid' | 'conflict' | 'error';
  message?: string;
  /** Field → translated message. */
  errors?: Record<string, string>;
  /** What the person typed, shown again after a refused save. */
  values?: SubmittedValues;
  conflictAt?: string;
  locale?: string;
}

/** A form kept as typed after a refusal (components/admin/KeptForm.client.tsx). */
export interface KeptFormState {
  status: 'idle' | 'invalid';
  /** Translated on the server: a headline and one line per field ("Name (English): …"). */
  message?: string;
  problems?: string[];
}

export interface SignInState {
  /** 'code': the password was right and the account has two-factor; ask for a code next. */
  step?: 'password' | 'code';
  error?: 'failed' | 'missing' | 'rateLimited' | 'protected' | 'disabled' | 'expired' | 'codeFailed';
  seconds?: number;
  email?: string;
}

export interface TwoFactorSetupState {
  setup?: TwoFactorSetup;
  error?: 'password' | 'already';
}

export interface TwoFactorConfirmState {
  error?: 'code';
}
