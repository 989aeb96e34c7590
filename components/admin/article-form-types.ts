// What the article form and its server action exchange.
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
