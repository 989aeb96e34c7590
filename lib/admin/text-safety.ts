// What newsroom text may contain (docs/decisions/0020-newsroom-authorization.md). PostgreSQL cannot store NUL in
// text or jsonb, and other invisible control characters or broken UTF-16 (a lone surrogate) are never meant:
// a field holding one is refused with a field error ('controlChars') and the form keeps what was typed, rather
// than silently changed or answered with a server error. Tab, line feed, carriage return, vertical tab and form
// feed are whitespace: single-line fields collapse them to one space, the body keeps them.

/** C0 controls other than \t \n \v \f \r, DEL, C1 controls, and any surrogate not part of a pair. */
const FORBIDDEN =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const hasForbiddenChars = (s: string) => FORBIDDEN.test(s);

/** Whether any string anywhere in a JSON-like value has a forbidden character (iterative: any depth). */
export function anyForbiddenChars(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (FORBIDDEN.test(v)) return true;
    } else if (v && typeof v === 'object') {
      for (const [k, c] of Object.entries(v)) {
        if (FORBIDDEN.test(k)) return true;
        stack.push(c);
      }
    }
  }
  return false;
}

/** How deeply objects and arrays nest in a JSON-like value, counted without recursion; stops past `limit`. */
export function nestingExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (!v || typeof v !== 'object') continue;
    if (depth > limit) return true;
    for (const c of Object.values(v)) if (c && typeof c === 'object') stack.push([c, depth + 1]);
  }
  return false;
}

/** One line of plain text as typed → whitespace collapsed, trimmed; null when it holds a forbidden character. */
export function plainLine(s: string): string | null {
  if (FORBIDDEN.test(s)) return null;
  return s.replace(/\s+/g, ' ').trim();
}
