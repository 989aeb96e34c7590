// The links of the toggle `Кірыліца | Łacinka | Тарашкевіца` on Belarusian pages (decision 0031): plain links
// between the same page's Cyrillic URL and its automatic views, so the choice is remembered by the URL itself
// (every internal link inside a view stays in it), with no cookie and no script.
import { CYRILLIC_LABEL, offeredScriptViews, scriptViewConfig, localeConfig, type ScriptView } from '@/lib/locales';
import { scriptViewPath } from '@/lib/paths';

export type ScriptChoice = 'cyrl' | ScriptView;

export interface ScriptToggleLink {
  choice: ScriptChoice;
  label: string;
  href: string;
  /** The BCP 47 tag of the label and of the page it leads to. */
  lang: string;
  current: boolean;
}

/** The toggle's links for the Belarusian page at `cyrillicPath`; none for a page that has no views. */
export function scriptToggleLinks(
  cyrillicPath: string,
  current: ScriptChoice,
  views: ScriptView[] = offeredScriptViews(),
): ScriptToggleLink[] {
  const links: ScriptToggleLink[] = [];
  for (const view of views) {
    const href = scriptViewPath(view, cyrillicPath);
    if (href === null) return [];
    const { label, htmlLang } = scriptViewConfig[view];
    links.push({ choice: view, label, href, lang: htmlLang, current: current === view });
  }
  if (links.length === 0) return [];
  return [
    {
      choice: 'cyrl',
      label: CYRILLIC_LABEL,
      href: cyrillicPath,
      lang: localeConfig.be.htmlLang,
      current: current === 'cyrl',
    },
    ...links,
  ];
}
