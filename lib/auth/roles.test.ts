import { describe, expect, it } from 'vitest';
import {
  canCreateStory,
  canDelete,
  canEdit,
  canImport,
  canManageTaxonomy,
  canManageUsers,
  canPublish,
  canReview,
  canSubmitForReview,
  canUsePicture,
  canViewAudit,
  isRole,
  type Actor,
} from './roles';

const actor = (role: Actor['role'], id = `${role}-1`): Actor => ({ id, role });
const ownedBy = (id: string | null) => ({ createdById: id });

describe('newsroom permissions', () => {
  it('contributors write and submit their own drafts but never publish', () => {
    const c = actor('contributor');
    expect(canCreateStory(c)).toBe(true);
    expect(canEdit(c, ownedBy(c.id))).toBe(true);
    expect(canSubmitForReview(c, ownedBy(c.id))).toBe(true);
    expect(canPublish(c, ownedBy(c.id))).toBe(false);
    expect(canDelete(c, ownedBy(c.id))).toBe(false);
    // Not someone else's story, and not their own once it is live.
    expect(canEdit(c, ownedBy('someone-else'))).toBe(false);
    expect(canEdit(c, ownedBy(c.id), true)).toBe(false);
    expect(canEdit(c, ownedBy(null))).toBe(false);
  });

  it('authors publish their own stories only', () => {
    const a = actor('author');
    expect(canPublish(a, ownedBy(a.id))).toBe(true);
    expect(canEdit(a, ownedBy(a.id), true)).toBe(true);
    expect(canPublish(a, ownedBy('other'))).toBe(false);
    expect(canEdit(a, ownedBy('other'))).toBe(false);
    expect(canPublish(a, ownedBy(null))).toBe(false);
    expect(canManageTaxonomy(a)).toBe(false);
    expect(canReview(a)).toBe(false);
  });

  it('editors edit, publish and delete any story and manage sections, tags and authors — not users', () => {
    const e = actor('editor');
    expect(canEdit(e, ownedBy('other'), true)).toBe(true);
    expect(canPublish(e, ownedBy(null))).toBe(true);
    expect(canDelete(e, ownedBy('other'))).toBe(true);
    expect(canManageTaxonomy(e)).toBe(true);
    expect(canReview(e)).toBe(true);
    expect(canManageUsers(e)).toBe(false);
    expect(canViewAudit(e)).toBe(false);
  });

  it('admins also manage users and read the audit log', () => {
    const a = actor('admin');
    expect(canPublish(a, ownedBy('other'))).toBe(true);
    expect(canManageUsers(a)).toBe(true);
    expect(canViewAudit(a)).toBe(true);
  });

  it('only admins import another site (decision 0034)', () => {
    expect((['contributor', 'author', 'editor'] as const).map((r) => canImport(actor(r)))).toEqual([
      false,
      false,
      false,
    ]);
    expect(canImport(actor('admin'))).toBe(true);
    expect(canImport({ id: 'x', role: 'root' as Actor['role'] })).toBe(false);
  });

  it('a picture shown by no story yet is usable by its uploader and editors only', () => {
    const fresh: { createdById: string | null; published: boolean }[] = [];
    for (const role of ['contributor', 'author', 'editor', 'admin'] as const) {
      const a = actor(role);
      expect(canUsePicture(a, fresh, a.id)).toBe(true);
      expect(canUsePicture(a, fresh, 'someone-else')).toBe(role === 'editor' || role === 'admin');
      expect(canUsePicture(a, fresh, null)).toBe(role === 'editor' || role === 'admin');
      // The upload's owner never stands in for a draft story's owner, nor the other way round.
      expect(canUsePicture(a, [{ createdById: 'someone-else', published: false }], 'someone-else')).toBe(
        role === 'editor' || role === 'admin',
      );
      expect(canUsePicture(a, [{ createdById: a.id, published: false }], 'someone-else')).toBe(true);
    }
    // An actor with an empty id does not match a picture with an empty uploader.
    expect(canUsePicture({ id: '', role: 'author' }, fresh, '')).toBe(false);
  });

  it('an unknown role is no role', () => {
    expect(isRole('owner')).toBe(false);
    expect(isRole('editor')).toBe(true);
    const forged = { id: 'x', role: 'superuser' } as unknown as Actor;
    expect(canCreateStory(forged)).toBe(false);
    expect(canPublish(forged, ownedBy('x'))).toBe(false);
  });
});
