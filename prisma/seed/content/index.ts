// Every demo story, in one list: the seed, the integration-test databases and the e2e fixtures all load
// exactly this, so that what tests expect is what the database holds.
import { storiesA } from './stories-a';
import { storiesB } from './stories-b';
import { storiesMedia } from './stories-media';
import { storiesSeo } from './stories-seo';
import type { DemoLocale, DemoStory } from './types';

export const demoContent: DemoStory[] = [...storiesA, ...storiesB, ...storiesSeo, ...storiesMedia];

/** Whether readers see this language version: it exists, is not a draft and is not deleted. */
export const isPublished = (s: DemoStory, l: DemoLocale) =>
  Boolean(s.versions[l] && !s.versions[l]!.draft && !s.versions[l]!.deleted);
