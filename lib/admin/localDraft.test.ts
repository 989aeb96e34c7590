import { describe, expect, it } from 'vitest';
import { blankValues } from './form-state';
import { draftKey, parseDraft, sameValues, type LocalDraft } from './localDraft';

const draft: LocalDraft = {
  savedAt: 1,
  baseVersion: 3,
  locale: 'ru',
  values: { ...blankValues(), title: 'Загаловак', tagIds: ['a', 'b'] },
};

describe('the browser’s copy of unsaved text', () => {
  it('is kept per person and form, under the newsroom prefix', () => {
    expect(draftKey('u1', 'new')).toBe('newsroom-draft:u1:new');
    expect(draftKey('u1', 'edit:a1')).not.toBe(draftKey('u2', 'edit:a1'));
  });

  it('reads back what was stored, with the version it was typed over', () => {
    expect(parseDraft(JSON.stringify(draft))).toEqual(draft);
  });

  it('treats anything else in storage as no copy at all', () => {
    for (const raw of [
      null,
      '',
      'not json',
      '[]',
      JSON.stringify({ ...draft, baseVersion: -1 }),
      JSON.stringify({ ...draft, values: { ...draft.values, tagIds: 'a' } }),
      JSON.stringify({ ...draft, values: { ...draft.values, title: 'x'.repeat(200_001) } }),
    ])
      expect(parseDraft(raw), String(raw).slice(0, 40)).toBeNull();
  });

  it('compares tags and authors as sets, text exactly', () => {
    const v = draft.values;
    expect(sameValues(v, { ...v, tagIds: ['b', 'a'] })).toBe(true);
    expect(sameValues(v, { ...v, title: 'Загаловак ' })).toBe(false);
    expect(sameValues(v, { ...v, authorIds: ['c'] })).toBe(false);
  });
});
