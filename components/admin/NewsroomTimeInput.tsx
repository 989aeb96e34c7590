// The newsroom's one time input (decision 0035): every time an editor types — schedule, publication time,
// scheduled unpublish, a correction's date, a banner's end — is text in the site's own form `5.09.2025, 16:41`,
// 24-hour, Minsk, read on the server by parseNewsroomTime (lib/time/minsk.ts). Never `datetime-local`: it shows
// the browser's locale and order (US month first, AM/PM) and its value is another form. No hooks, so server
// pages and client forms both render it; what was typed comes back as `defaultValue` after a refusal.
import type { AriaAttributes } from 'react';

/** What the placeholder shows, and what the field's hint and error messages describe. */
export const NEWSROOM_TIME_EXAMPLE = '5.09.2025, 16:41';

export function NewsroomTimeInput({
  id,
  name,
  defaultValue,
  className = '',
  testId,
  ...aria
}: {
  id: string;
  name: string;
  /** A value from toNewsroomTime, or what was typed (kept after a refused save). */
  defaultValue?: string;
  className?: string;
  testId?: string;
} & Pick<AriaAttributes, 'aria-invalid' | 'aria-describedby'>) {
  return (
    <input
      {...aria}
      id={id}
      type="text"
      name={name}
      defaultValue={defaultValue}
      placeholder={NEWSROOM_TIME_EXAMPLE}
      inputMode="text"
      autoComplete="off"
      spellCheck={false}
      maxLength={25}
      className={`min-h-11 w-full max-w-60 rounded border border-rule bg-white px-2 py-1 font-mono text-ink ${className}`}
      data-testid={testId ?? `time-${name}`}
    />
  );
}
