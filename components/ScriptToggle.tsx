import type { ScriptToggleLink } from '@/lib/belarusian/toggle';

/**
 * `Кірыліца | Łacinka | Тарашкевіца` on Belarusian pages (decision 0031): plain links, each label in its own
 * script, the current one marked with aria-current. In an automatic view it also carries the visible note that
 * the text was converted automatically. The views replace this element (data-script-toggle) with their own.
 */
export function ScriptToggle({ label, links, note }: { label: string; links: ScriptToggleLink[]; note?: string }) {
  if (links.length === 0) return null;
  return (
    <nav aria-label={label} data-script-toggle="" data-testid="script-toggle" className="text-sm print:hidden">
      <ul className="flex flex-wrap items-center gap-x-1">
        {links.map((link, i) => (
          <li key={link.choice} className="flex items-center gap-x-1">
            {i > 0 ? (
              <span aria-hidden="true" className="text-muted">
                |
              </span>
            ) : null}
            <a
              href={link.href}
              lang={link.lang}
              hrefLang={link.lang}
              aria-current={link.current ? 'page' : undefined}
              className="rounded px-1 text-ink underline-offset-2 hover:underline aria-[current=page]:font-bold"
            >
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      {note ? (
        <p className="mt-1 max-w-prose text-xs text-muted" data-testid="automatic-note">
          {note}
        </p>
      ) : null}
    </nav>
  );
}
