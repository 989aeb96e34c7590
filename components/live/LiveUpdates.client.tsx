'use client';
// The live blog's one client leaf (decision 0033): polls the page's cached updates JSON (same origin, no
// cookies), shows "N new updates" and inserts them at the top of the list on a tap, without reloading. What it
// inserts is markup the server rendered (lib/live/entryHtml.ts), never text of its own. Without JavaScript the
// page itself is current on every load.
import { useEffect, useRef, useState } from 'react';

type Update = { id: string; html: string };
type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const POLL_MS = 2000;
const MAX_WAIT_MS = 60_000;

export interface LiveUpdatesProps {
  url: string;
  locale: string;
  /** "# new updates" per plural category of `locale`. */
  label: Plural;
  /** The id of the list the entries are in. */
  listId: string;
}

export function LiveUpdates({ url, locale, label, listId }: LiveUpdatesProps) {
  const [fresh, setFresh] = useState<Update[]>([]);
  const wait = useRef(POLL_MS);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    let stopped = false;
    const poll = async () => {
      if (!document.hidden) {
        try {
          const response = await fetch(url, { credentials: 'omit', cache: 'no-store' });
          if (!response.ok) throw new Error(String(response.status));
          const data = (await response.json()) as { entries?: Update[] };
          const shown = (id: string) => document.getElementById(`entry-${id}`) !== null;
          setFresh((data.entries ?? []).filter((e) => typeof e.id === 'string' && !shown(e.id)));
          wait.current = POLL_MS;
        } catch {
          wait.current = Math.min(wait.current * 2, MAX_WAIT_MS);
        }
      }
      if (!stopped) timer = setTimeout(poll, wait.current);
    };
    timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [url]);

  if (fresh.length === 0) return null;
  const category = new Intl.PluralRules(locale).select(fresh.length);
  const text = (label[category] ?? label.other).replace('#', String(fresh.length));
  const insert = () => {
    const list = document.getElementById(listId);
    if (!list) return;
    // Newest first in the JSON: insert the oldest first, each at the top.
    for (const entry of [...fresh].reverse()) {
      if (document.getElementById(`entry-${entry.id}`)) continue;
      // Parsed in an inert document (nothing in it runs), then moved into the page.
      const parsed = new DOMParser().parseFromString(entry.html, 'text/html').body.firstElementChild;
      if (parsed) list.prepend(document.adoptNode(parsed));
    }
    setFresh([]);
  };
  return (
    <button
      type="button"
      onClick={insert}
      data-testid="live-new-updates"
      className="w-full rounded bg-brand px-3 py-2 font-bold text-paper"
    >
      {text}
    </button>
  );
}
