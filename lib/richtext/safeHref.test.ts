import { describe, expect, it } from 'vitest';
import { safeHref } from './safeHref';

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=1', 'https://example.org/a?b=1'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['/be/news/x', '/be/news/x'],
  ])('keeps %s', (input, out) => expect(safeHref(input)).toBe(out));

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>', '//evil.example', 'vbscript:x', 42, ''])(
    'drops %s',
    (input) => expect(safeHref(input)).toBeNull(),
  );
});
