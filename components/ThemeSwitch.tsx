import type { ThemeChoice } from '@/lib/theme';

const OPTIONS: { value: ThemeChoice; icon: string }[] = [
  { value: 'system', icon: '◐' },
  { value: 'light', icon: '☀' },
  { value: 'dark', icon: '☾' },
];

/**
 * Three buttons: system, light, dark. Plain server-rendered HTML: the inline head script (THEME_SCRIPT in
 * lib/theme.ts) marks the current choice with aria-pressed and handles the clicks, so no React component
 * and no JavaScript file is sent for them (decision 0016). Hidden without JavaScript (CSS `[data-js]`),
 * where the system theme applies.
 */
export function ThemeSwitch({ labels }: { labels: Record<ThemeChoice | 'label', string> }) {
  return (
    <div
      role="group"
      aria-label={labels.label}
      className="theme-switch items-center gap-0.5 text-sm"
      data-testid="theme-switch"
    >
      {OPTIONS.map((o) => (
        <button
          key={o.value}
          type="button"
          title={labels[o.value]}
          data-theme-choice={o.value}
          // The head script sets aria-pressed before React hydrates.
          suppressHydrationWarning
          className="rounded px-2 py-1 text-ink aria-pressed:bg-ink aria-pressed:text-paper"
        >
          <span aria-hidden="true">{o.icon}</span>
          <span className="sr-only">{labels[o.value]}</span>
        </button>
      ))}
    </div>
  );
}
