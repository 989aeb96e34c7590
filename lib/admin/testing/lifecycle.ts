// Test helpers for the lifecycle commands (corrections, preview links, scheduled unpublish): newsroom users and
// language versions in a chosen state, written straight to the test database.
import { db } from '@/lib/db/client';
import type { Locale } from '@/lib/locales';
import type { Role } from '@/lib/auth/roles';
import type { ActorInfo } from '../articles';

let n = 0;
export const uid = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

export async function makeUser(role: Role): Promise<ActorInfo> {
  const u = await db().user.create({ data: { email: `life-${role}-${uid()}@test.example`, name: role, role } });
  return { id: u.id, role, email: u.email };
}

/** One language version of a new story owned by `owner`, in `status`; published an hour before `now`. */
export async function makeVersion(
  owner: ActorInfo,
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED',
  opts: { locale?: Locale; now?: Date } = {},
): Promise<{ id: string; storyId: string; slug: string; locale: Locale }> {
  const now = opts.now ?? new Date();
  const locale = opts.locale ?? 'be';
  const section = await db().section.findFirstOrThrow({ orderBy: { position: 'asc' }, select: { id: true } });
  const story = await db().story.create({ data: { sectionId: section.id, createdById: owner.id } });
  const slug = `life-${uid()}`;
  const a = await db().article.create({
    data: {
      storyId: story.id,
      locale,
      slug,
      title: `Загаловак ${slug}`,
      lede: 'Лід',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Тэкст.' }] }] },
      status,
      publishedAt: status === 'PUBLISHED' || status === 'UNPUBLISHED' ? new Date(now.getTime() - 3600_000) : null,
      scheduledFor: status === 'SCHEDULED' ? new Date(now.getTime() + 86_400_000) : null,
    },
    select: { id: true },
  });
  return { id: a.id, storyId: story.id, slug, locale };
}
