import { describe, expect, it } from 'vitest';
import { routeParam } from './routeParam';

describe('routeParam', () => {
  it('decodes percent-encoding and keeps malformed input instead of throwing', () => {
    expect(routeParam('%D0%BF%D1%80%D0%B0')).toBe('пра');
    expect(routeParam('pra-nas')).toBe('pra-nas');
    expect(routeParam('100%')).toBe('100%');
    expect(routeParam('%E0%A4%A')).toBe('%E0%A4%A');
  });
});
