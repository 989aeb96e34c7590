import { describe, expect, it } from 'vitest';
import { diffLines, revisionLines } from './diff';

describe('revision diff', () => {
  it('marks added and removed lines around what stayed', () => {
    expect(diffLines(['a', 'b', 'c'], ['a', 'x', 'c', 'd'])).toEqual([
      { op: 'same', text: 'a' },
      { op: 'del', text: 'b' },
      { op: 'add', text: 'x' },
      { op: 'same', text: 'c' },
      { op: 'add', text: 'd' },
    ]);
  });

  it('reads a revision as headline, lede, slug and body lines', () => {
    const lines = revisionLines({
      title: 'T',
      lede: 'L',
      slug: 's',
      body: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'P1' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'P2' }] },
        ],
      },
    });
    expect(lines).toEqual(['# T', '> L', '/s', 'P1', 'P2']);
  });
});
