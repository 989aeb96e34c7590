import { describe, expect, it } from 'vitest';
import { intents } from './article-schema';
import { editorActions, intentFitsStatus, type EditorStatus } from './editorActions';

const labels = (status: EditorStatus, over: { mayPublish?: boolean; isEditor?: boolean; stale?: boolean } = {}) =>
  editorActions({ status, mayPublish: true, isEditor: true, stale: false, ...over }).buttons.map((b) => b.label);

describe('the editor’s actions per state', () => {
  it('drafts: save, publish now, schedule — or submit for review for those who may not publish', () => {
    expect(labels('NEW')).toEqual(['save', 'publish', 'schedule']);
    expect(labels('DRAFT')).toEqual(['save', 'publish', 'schedule']);
    expect(labels('UNPUBLISHED')).toEqual(['save', 'publish', 'schedule']);
    expect(labels('DRAFT', { mayPublish: false, isEditor: false })).toEqual(['save', 'submit']);
    expect(editorActions({ status: 'DRAFT', mayPublish: false, isEditor: false, stale: false }).timeField).toBeNull();
    expect(editorActions({ status: 'DRAFT', mayPublish: true, isEditor: false, stale: false }).timeField).toBe(
      'scheduledFor',
    );
  });

  it('scheduled: save, reschedule, publish now, unschedule', () => {
    expect(labels('SCHEDULED')).toEqual(['save', 'reschedule', 'publish', 'unschedule']);
  });

  it('published: save and update live, staged edit, unpublish — never "publish now" nor a schedule', () => {
    expect(labels('PUBLISHED')).toEqual(['update', 'stage', 'unpublish']);
    expect(labels('PUBLISHED', { stale: true })).toEqual(['update', 'stage', 'confirm', 'unpublish']);
    expect(editorActions({ status: 'PUBLISHED', mayPublish: true, isEditor: true, stale: false }).timeField).toBe(
      'publishedAt',
    );
    // Authors publish their own stories but do not re-date them.
    expect(
      editorActions({ status: 'PUBLISHED', mayPublish: true, isEditor: false, stale: false }).timeField,
    ).toBeNull();
  });

  it('the server accepts exactly the intents some role is offered in that state', () => {
    const fits = (status: EditorStatus) => intents.filter((i) => intentFitsStatus(i, status));
    expect(fits('DRAFT')).toEqual(['save', 'submit', 'publish', 'schedule', 'confirm']);
    expect(fits('SCHEDULED')).toEqual(['save', 'submit', 'publish', 'schedule', 'unschedule', 'confirm']);
    expect(fits('PUBLISHED')).toEqual(['save', 'stage', 'unpublish', 'confirm']);
  });
});
