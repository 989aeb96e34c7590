'use server';
// Live blogs: parse the form, call lib/admin/live.ts, answer with a redirect to the live desk (decision 0033).
import { redirect } from 'next/navigation';
import { changeLiveEntry, postLiveEntry, setLiveCoverage, type LiveOutcome } from '@/lib/admin/live';
import { formText } from '@/lib/admin/lifecycle-form';
import { requireUser } from '@/lib/auth/session';

const desk = (articleId: string, query: string) => `/admin/articles/${encodeURIComponent(articleId)}/live?${query}`;

function answer(articleId: string, outcome: LiveOutcome, done: string): never {
  if (outcome.ok) redirect(desk(outcome.articleId, `done=${done}`));
  const key =
    outcome.kind === 'invalid'
      ? (outcome.errors.live ?? outcome.errors.title ?? outcome.errors.body ?? 'bodyInvalid')
      : outcome.kind;
  const field = outcome.kind === 'invalid' && outcome.errors.title ? 'title' : 'body';
  redirect(desk(articleId, `error=${encodeURIComponent(key)}&field=${field}`));
}

export async function liveCoverageAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const articleId = formText(form, 'articleId');
  const start = formText(form, 'intent') === 'start';
  answer(articleId, await setLiveCoverage(user, articleId, start), start ? 'started' : 'ended');
}

export async function postLiveEntryAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const articleId = formText(form, 'articleId');
  const outcome = await postLiveEntry(user, articleId, {
    title: formText(form, 'title'),
    body: formText(form, 'body'),
    keyEvent: form.get('keyEvent') === 'on',
    pinned: form.get('pinned') === 'on',
  });
  answer(articleId, outcome, 'posted');
}

export async function changeLiveEntryAction(form: FormData): Promise<void> {
  const user = await requireUser();
  const articleId = formText(form, 'articleId');
  const entryId = formText(form, 'entryId');
  const intent = formText(form, 'intent');
  const change =
    intent === 'pin' || intent === 'unpin'
      ? { pinned: intent === 'pin' }
      : intent === 'key' || intent === 'unkey'
        ? { keyEvent: intent === 'key' }
        : { deleted: true as const };
  answer(articleId, await changeLiveEntry(user, entryId, change), 'changed');
}
