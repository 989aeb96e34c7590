import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { adminTranslator } from '@/lib/admin/i18n';
import en from '@/messages/en.json';
import { LifecycleList, LifecyclePanel, LifecycleWhen } from './LifecyclePanel';

const t = adminTranslator('en');

describe('LifecyclePanel', () => {
  it('is a section named by its own heading, with its introduction and the last action confirmed', () => {
    const html = renderToStaticMarkup(
      <LifecyclePanel t={t} name="corrections" texts="corrections" done="Added.">
        <p>inside</p>
      </LifecyclePanel>,
    );
    expect(html).toContain('<section id="corrections" aria-labelledby="corrections-title"');
    expect(html).toContain('data-testid="corrections-panel"');
    expect(html).toContain(
      `<h2 id="corrections-title" class="text-lg font-bold">${en.admin.lifecycle.corrections.title}</h2>`,
    );
    expect(html).toContain(en.admin.lifecycle.corrections.intro);
    expect(html).toMatch(/<p role="status"[^>]*>Added\.<\/p>/);
    expect(html).toContain('<p>inside</p>');
  });

  it('shows no confirmation without one, and escapes the one it shows', () => {
    const none = renderToStaticMarkup(
      <LifecyclePanel t={t} name="unpublish" texts="unpublish" done={null}>
        {null}
      </LifecyclePanel>,
    );
    expect(none).not.toContain('role="status"');
    const hostile = renderToStaticMarkup(
      <LifecyclePanel t={t} name="unpublish" texts="unpublish" done={'<img src=x onerror=alert(1)>'}>
        {null}
      </LifecyclePanel>,
    );
    expect(hostile).not.toContain('<img');
  });

  it('shows the form only when allowed, and a list or the line saying there is none', () => {
    expect(
      renderToStaticMarkup(
        <LifecycleWhen allowed why="Not yet.">
          <form />
        </LifecycleWhen>,
      ),
    ).toBe('<form></form>');
    expect(
      renderToStaticMarkup(
        <LifecycleWhen allowed={false} why="Not yet.">
          <form />
        </LifecycleWhen>,
      ),
    ).toBe('<p class="text-sm">Not yet.</p>');
    const list = (empty: boolean) =>
      renderToStaticMarkup(
        <LifecycleList title="History" none="None yet." empty={empty}>
          <ol />
        </LifecycleList>,
      );
    expect(list(true)).toBe('<h3 class="font-semibold">History</h3><p class="text-sm text-muted">None yet.</p>');
    expect(list(false)).toBe('<h3 class="font-semibold">History</h3><ol></ol>');
  });
});
