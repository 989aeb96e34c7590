// Shareable preview links on real databases: a link opens its unpublished version signed out, and stops
// opening when revoked, expired, tampered with, asked for in another language or once the version is published.
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { takeRevalidatedTags } from '@/lib/cache/testing/revalidations';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import type { ActorInfo } from './articles';
import {
  createPreviewLink,
  listLivePreviewLinks,
  openPreviewLink,
  previewToken,
  revokePreviewLink,
} from './preview-links';
import { makeUser, makeVersion } from './testing/lifecycle';

describeOnDatabases('shareable preview links', () => {
  let editor: ActorInfo;
  let author: ActorInfo;
  let contributor: ActorInfo;
  beforeAll(async () => {
    [editor, author, contributor] = [await makeUser('editor'), await makeUser('author'), await makeUser('contributor')];
  });
  beforeEach(() => void takeRevalidatedTags());

  async function linkTo(articleId: string, hours = 1, now = new Date()) {
    const made = await createPreviewLink(editor, articleId, { hours }, now);
    if (!made.ok) throw new Error(JSON.stringify(made));
    const [live] = await listLivePreviewLinks(articleId, now);
    return { ...made, token: live.token, expiresAt: live.expiresAt };
  }

  it('opens the draft signed out until it expires; nothing readers see changes', async () => {
    const now = new Date();
    const v = await makeVersion(editor, 'DRAFT', { now });
    const link = await linkTo(v.id, 6, now);
    expect(takeRevalidatedTags()).toEqual([]);
    expect(link.expiresAt.getTime()).toBe(now.getTime() + 6 * 3600_000);
    expect(await db().auditLog.count({ where: { targetId: v.id, action: 'preview-link-create' } })).toBe(1);
    const opened = await openPreviewLink('be', link.token, now);
    expect(opened).toMatchObject({ articleId: v.id, title: `Загаловак ${v.slug}`, locale: 'be' });
    expect(await openPreviewLink('be', link.token, new Date(link.expiresAt.getTime() - 1))).not.toBeNull();
    expect(await openPreviewLink('be', link.token, link.expiresAt)).toBeNull();
    expect(await listLivePreviewLinks(v.id, link.expiresAt)).toEqual([]);
  });

  it('a revoked link stops opening', async () => {
    const v = await makeVersion(editor, 'SCHEDULED');
    const link = await linkTo(v.id);
    expect(await openPreviewLink('be', link.token)).not.toBeNull();
    expect((await revokePreviewLink(editor, link.linkId)).ok).toBe(true);
    expect(await openPreviewLink('be', link.token)).toBeNull();
    expect(await listLivePreviewLinks(v.id)).toEqual([]);
    expect(await revokePreviewLink(editor, link.linkId)).toEqual({ ok: false, kind: 'notFound' });
    expect(await db().auditLog.count({ where: { targetId: v.id, action: 'preview-link-revoke' } })).toBe(1);
  });

  it('a tampered, forged or foreign-language token opens nothing', async () => {
    const v = await makeVersion(editor, 'DRAFT');
    const link = await linkTo(v.id);
    const [id, sig] = [link.token.slice(0, link.token.indexOf('-')), link.token.slice(link.token.indexOf('-') + 1)];
    const flipped = sig.slice(0, -1) + (sig.endsWith('A') ? 'B' : 'A');
    // A longer expiry written into the row does not make the old signature valid.
    const row = await db().previewLink.findUniqueOrThrow({ where: { id } });
    const stretched = previewToken({ id, expiresAt: new Date(row.expiresAt.getTime() + 86_400_000) });
    for (const token of [
      `${id}-${flipped}`,
      `${id}-`,
      id,
      `${id}x-${sig}`,
      `forged-${sig}`,
      `${link.token}-x`,
      `${id}.${sig}`,
      stretched,
      '',
      '../../etc/passwd',
    ])
      expect(await openPreviewLink('be', token), token).toBeNull();
    expect(await openPreviewLink('ru', link.token)).toBeNull();
  });

  it('closes once the version is published or deleted, and is refused for a published version', async () => {
    const v = await makeVersion(editor, 'DRAFT');
    const link = await linkTo(v.id);
    await db().article.update({ where: { id: v.id }, data: { status: 'PUBLISHED', publishedAt: new Date() } });
    expect(await openPreviewLink('be', link.token)).toBeNull();
    expect(await createPreviewLink(editor, v.id, { hours: 1 })).toEqual({
      ok: false,
      kind: 'invalid',
      errors: { hours: 'alreadyPublished' },
    });
    const d = await makeVersion(editor, 'DRAFT');
    const dl = await linkTo(d.id);
    await db().article.update({ where: { id: d.id }, data: { deletedAt: new Date() } });
    expect(await openPreviewLink('be', dl.token)).toBeNull();
  });

  it('lifetimes are one hour to seven days; contributors may not share; authors their own stories', async () => {
    const v = await makeVersion(editor, 'DRAFT');
    for (const hours of [0, 2, 169, 'a', -1, 1.5])
      expect(await createPreviewLink(editor, v.id, { hours }), String(hours)).toEqual({
        ok: false,
        kind: 'invalid',
        errors: { hours: 'invalid' },
      });
    expect((await createPreviewLink(editor, v.id, { hours: '168' })).ok).toBe(true);
    const own = await makeVersion(contributor, 'DRAFT');
    expect(await createPreviewLink(contributor, own.id, { hours: 1 })).toEqual({ ok: false, kind: 'forbidden' });
    const authors = await makeVersion(author, 'DRAFT');
    expect((await createPreviewLink(author, authors.id, { hours: 1 })).ok).toBe(true);
    // Someone else's draft: answered as if it did not exist.
    expect(await createPreviewLink(author, v.id, { hours: 1 })).toEqual({ ok: false, kind: 'notFound' });
  });
});
