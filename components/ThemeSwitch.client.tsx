'use client';

import { useSyncExternalStore } from 'react';

/** What the reader chose; "system" follows prefers-color-scheme. Stored in localStorage, applied before paint by THEME_SCRIPT. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const KEY = 'theme';
const listeners = new Set<() => void>();

function read(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

function choose(choice: ThemeChoice) {
  try {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Three buttons: system, light, dark. Rendered by the server with none pressed (it cannot know the choice),
 * then marked on the client; hidden without JavaScript (CSS `[data-js]`), where the system theme applies.
 */
export function ThemeSwitch({ labels }: { labels: Record<ThemeChoice | 'label', string> }) {
  const current = useSyncExternalStore(subscribe, read, () => null);
  const options: { value: ThemeChoice; icon: string }[] = [
    { value: 'system', icon: '◐' },
    { value: 'light', icon: '☀' },
    { value: 'dark', icon: '☾' },
  ];
  return (
    <div role="group" aria-label={labels.label} className="theme-switch items-center gap-0.5 text-sm" data-testid="theme-switch">
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          aria-pressed={current === null ? undefined : current === o.value}
          title={labels[o.value]}
          data-theme-choice={o.value}
          onClick={() => choose(o.value)}
          className="rounded px-2 py-1 text-ink aria-pressed:bg-ink aria-pressed:text-paper"
        >
          <span aria-hidden="true">{o.icon}</span>
          <span className="sr-only">{labels[o.value]}</span>
        </button>
      ))}
    </div>
  );
}
