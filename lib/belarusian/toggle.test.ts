import { describe, expect, it } from 'vitest';
import { belarusianOrthography, offeredScriptViews } from '@/lib/locales';
import { scriptViewPath, scriptViewSource } from '@/lib/paths';
import { scriptToggleLinks } from './toggle';

describe('view URLs (lib/paths.ts)', () => {
  it('puts a Belarusian page in a view by its first segment, query kept', () => {
    expect(scriptViewPath('latn', '/be')).toBe('/be-latn');
    expect(scriptViewPath('latn', '/be/news/shkola')).toBe('/be-latn/news/shkola');
    expect(scriptViewPath('tarask', '/be/search?q=%D1%88&page=2')).toBe('/be-tarask/search?q=%D1%88&page=2');
    expect(scriptViewPath('latn', '/be/news/shkola/lite')).toBe('/be-latn/news/shkola/lite');
  });

  it('has no view for other languages, other paths and files', () => {
    for (const path of ['/ru/news/x', '/en', '/bel/x', '/be-latn/x', '/be/feed/rss.xml', '/media/a.webp', '/'])
      expect(scriptViewPath('latn', path), path).toBeNull();
  });

  it('reads a view URL back to its Cyrillic page', () => {
    expect(scriptViewSource('/be-latn')).toEqual({ view: 'latn', cyrillicPath: '/be' });
    expect(scriptViewSource('/be-tarask/news/x')).toEqual({ view: 'tarask', cyrillicPath: '/be/news/x' });
    for (const path of ['/be', '/be/news/x', '/be-latnx', '/be-lat/x', '/ru-latn/x'])
      expect(scriptViewSource(path)).toBeNull();
    expect(scriptViewSource(scriptViewPath('latn', '/be/section/kultura/page/2')!)?.cyrillicPath).toBe(
      '/be/section/kultura/page/2',
    );
  });
});

describe('the newsroom orthography setting (lib/locales.ts)', () => {
  it('is official unless set to classical', () => {
    expect(belarusianOrthography({})).toBe('official');
    expect(belarusianOrthography({ BELARUSIAN_ORTHOGRAPHY: ' Classical ' })).toBe('classical');
    expect(belarusianOrthography({ BELARUSIAN_ORTHOGRAPHY: 'tarask' })).toBe('official');
  });

  it('offers the other orthography only when the newsroom writes the official one', () => {
    expect(offeredScriptViews('official')).toEqual(['latn', 'tarask']);
    expect(offeredScriptViews('classical')).toEqual(['latn']);
  });
});

describe('scriptToggleLinks', () => {
  it('links the Cyrillic page and its views, each label in its own script, the current one marked', () => {
    expect(scriptToggleLinks('/be/news/x', 'latn', ['latn', 'tarask'])).toEqual([
      { choice: 'cyrl', label: 'Кірыліца', href: '/be/news/x', lang: 'be', current: false },
      { choice: 'latn', label: 'Łacinka', href: '/be-latn/news/x', lang: 'be-Latn', current: true },
      { choice: 'tarask', label: 'Тарашкевіца', href: '/be-tarask/news/x', lang: 'be-tarask', current: false },
    ]);
    expect(scriptToggleLinks('/be', 'cyrl', ['latn']).map((l) => l.href)).toEqual(['/be', '/be-latn']);
  });

  it('is empty where there is no view', () => {
    expect(scriptToggleLinks('/ru/news/x', 'cyrl')).toEqual([]);
    expect(scriptToggleLinks('/be/x', 'cyrl', [])).toEqual([]);
  });
});
