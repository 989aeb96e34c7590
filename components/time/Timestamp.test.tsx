import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Timestamp } from './Timestamp';

describe('Timestamp', () => {
  it('shows Minsk time in the newsroom pattern, with the UTC instant for machines', () => {
    expect(
      renderToStaticMarkup(<Timestamp date={new Date('2025-09-05T13:41:00Z')} locale="en" className="meta" />),
    ).toBe('<time dateTime="2025-09-05T13:41:00.000Z" class="meta">5.09.2025, 16:41</time>');
  });
});
