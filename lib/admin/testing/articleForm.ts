// Test helper: an article form as the editor posts it, with nothing chosen but the section; `over` sets the rest.
import type { ArticleFormData } from '../article-schema';

export function articleForm(sectionId: string, over: Partial<ArticleFormData> = {}): ArticleFormData {
  return {
    title: 'Навіна',
    lede: 'Лід',
    slug: '',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Тэкст' }] }] },
    sectionId,
    tagIds: [],
    authorIds: [],
    mainMediaId: '',
    version: 0,
    scheduledFor: '',
    publishedAt: '',
    stagedId: '',
    intent: 'save',
    ...over,
  };
}
