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
