import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { adminTranslator } from '@/lib/admin/i18n';
import en from '@/messages/en.json';
import { Notice, SaveOutcome } from './Notice';

describe('Notice', () => {
  it('announces confirmations and notes politely, refusals and warnings at once', () => {
    const role = (tone: 'done' | 'note' | 'refused' | 'warning') =>
      renderToStaticMarkup(<Notice tone={tone}>Text</Notice>).match(/role="(\w+)"/)?.[1];
    expect([role('done'), role('note'), role('refused'), role('warning')]).toEqual([
      'status',
      'status',
      'alert',
      'alert',
    ]);
  });

  it('shows nothing without a message, and escapes the message it shows', () => {
    for (const empty of [null, undefined, false, ''])
      expect(renderToStaticMarkup(<Notice tone="done">{empty}</Notice>)).toBe('');
    const html = renderToStaticMarkup(
      <Notice tone="refused" testId="sign-in-error" className="font-semibold">
        {'<img src=x onerror=alert(1)>'}
      </Notice>,
    );
    expect(html).toContain('data-testid="sign-in-error"');
    expect(html).toContain('font-semibold');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});

describe('SaveOutcome', () => {
  const t = adminTranslator('en');
  const render = (sp: { done?: string; refused?: string }) =>
    renderToStaticMarkup(<SaveOutcome sp={sp} t={t} page="taxonomy" />);

  it('says saved after ?done, and which refusal after ?refused, in the page’s own words', () => {
    expect(render({ done: '1' })).toMatch(new RegExp(`^<p role="status"[^>]*>${en.admin.taxonomy.saved}</p>$`));
    expect(render({ refused: 'forbidden' })).toMatch(
      new RegExp(`^<p role="alert"[^>]*>${en.admin.editor.forbidden}</p>$`),
    );
    expect(render({ refused: 'invalid' })).toContain(en.admin.taxonomy.invalid);
    expect(render({})).toBe('');
  });
});
