// Which requests the proxy looks up as an imported site's old address, and the key it looks them up by
// (decision 0034). The lookup itself runs in lib/import/wordpress/importer.test.ts on both databases.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWN_LOCALE_SEGMENTS, OWN_TOP_LEVEL, isLegacyPathCandidate, legacyPathKey } from './slugs';

describe('old site addresses', () => {
  it('are WordPress permalink shapes and /?p=ID, never the site’s own pages', () => {
    for (const [path, search] of [
      ['/2025/09/05/novy-most', ''],
      ['/2025/09/novy-most', ''],
      ['/en/2025/09/05/new-bridge', ''],
      ['/novy-most', ''],
      ['/', '?p=101'],
      ['/', '?lang=ru&p=101'],
      // Polylang's language directory with a bare slug; a static page of ours answers first (resolveLegacyPath).
      ['/ru/novyi-most', ''],
      ['/en/about-us', ''],
    ])
      expect(isLegacyPathCandidate(path, search), path + search).toBe(true);
    for (const [path, search] of [
      ['/', ''],
      ['/', '?page=2'],
      ['/be', ''],
      ['/be/news/novy-most', ''],
      ['/ru/section/palityka', ''],
      ['/be/2025', ''],
      ['/be/search', ''],
      ['/en/privacy', ''],
      ['/de/novyi-most', ''],
      ['/be-latn', ''],
      ['/be-tarask', ''],
      ['/sitemap.xml', ''],
      ['/robots.txt', ''],
      ['/Healthz', ''],
    ])
      expect(isLegacyPathCandidate(path, search), path + search).toBe(false);
  });

  it('know every top-level address of the site’s own (app/ beside the proxy’s own answers)', () => {
    const routes = readdirSync(join(process.cwd(), 'app'), { withFileTypes: true })
      .map((e) => e.name)
      // Route groups, dynamic segments and the root's own files are not addresses of one segment.
      .filter((name) => !/^[[(_]/.test(name) && !/^(layout|page|not-found|error|loading)\.tsx$|\.css$/.test(name));
    expect(routes.length).toBeGreaterThan(5);
    for (const name of routes) expect(OWN_TOP_LEVEL.has(name), `app/${name}`).toBe(true);
    const localeRoutes = readdirSync(join(process.cwd(), 'app', '[locale]'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && !/^[[(_]/.test(e.name))
      .map((e) => e.name);
    expect(localeRoutes.length).toBeGreaterThan(5);
    for (const name of localeRoutes) expect(OWN_LOCALE_SEGMENTS.has(name), `app/[locale]/${name}`).toBe(true);
  });

  it('are keyed in the site’s one URL form', () => {
    expect(legacyPathKey('/2025/09/05/Novy-Most/')).toBe('/2025/09/05/novy-most');
    expect(legacyPathKey('/2025/09/05/%d0%bd%d0%be')).toBe('/2025/09/05/%D0%BD%D0%BE');
    expect(legacyPathKey('/', '?p=0101&x=1')).toBe('/?p=101');
    expect(legacyPathKey('/', '?p=abc')).toBeNull();
    expect(legacyPathKey('/', '')).toBeNull();
    expect(legacyPathKey('//')).toBeNull();
    expect(legacyPathKey(`/${'a'.repeat(500)}`)).toBeNull();
  });
});
