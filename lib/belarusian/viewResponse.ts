// The response of an automatic view URL (`/be-latn/…`, `/be-tarask/…`; decision 0031): this server's own
// Cyrillic page for the same path and query, converted (lib/belarusian/html.ts). The Cyrillic page comes from
// Next's cache like any reader request, so the view is exactly as fresh as it: when a write drops the Cyrillic
// page's tags, its next HTML differs and so does the view. Conversions are remembered by the Cyrillic HTML's
// hash (a page that did not change is converted once), whatever tags or time changed it.
import { createHash } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { createElement } from 'react';
import { ScriptToggle } from '@/components/ScriptToggle';
import { internalOrigin } from '@/lib/cache/invalidate';
import { createMemo } from '@/lib/cache/memo';
import { offeredScriptViews, type ScriptView } from '@/lib/locales';
import { scriptViewPath, scriptViewSource } from '@/lib/paths';
import { renderStaticMarkup } from '@/lib/render/staticMarkup';
import { notFoundText, PUBLIC_PAGE_CACHE } from '@/lib/seo/http';
import { convertText } from './convert';
import { toScriptView } from './html';
import { scriptToggleLinks } from './toggle';

/** Converted pages by view, path and the Cyrillic HTML's hash: bounded, and a changed page is a new key. */
const converted = createMemo<string>({ ttlMs: 10 * 60_000, maxEntries: 300 });
/** Upstream answers worth passing on: the page, a 404 in the reader's language, a 410. */
const PASSED_ON = new Set([200, 404, 410]);

async function toggleMarkup(view: ScriptView, cyrillicPath: string): Promise<string> {
  const t = await getTranslations({ locale: 'be', namespace: 'scripts' });
  const note = view === 'latn' ? t('noteLatn') : t('noteTarask');
  return renderStaticMarkup(
    createElement(ScriptToggle, {
      label: convertText(t('label'), view),
      links: scriptToggleLinks(cyrillicPath, view),
      note: convertText(note, view),
    }),
  );
}

export async function scriptViewResponse(request: Request, view: ScriptView): Promise<Response> {
  const url = new URL(request.url);
  const source = scriptViewSource(url.pathname);
  if (!source || source.view !== view || !offeredScriptViews().includes(view)) return notFoundText();
  const cyrillic = `${source.cyrillicPath}${url.search}`;
  let upstream: Response;
  try {
    upstream = await fetch(`${internalOrigin()}${cyrillic}`, {
      redirect: 'manual',
      cache: 'no-store',
      headers: { Accept: 'text/html' },
      signal: AbortSignal.timeout(15_000),
    });
  } catch (e) {
    // This server cannot reach itself (INTERNAL_ORIGIN) or the page took too long: say so, briefly.
    console.error('[script view] the Cyrillic page could not be read:', e);
    return new Response('Unavailable', { status: 503, headers: { 'Retry-After': '5' } });
  }

  // A moved article (301) moves in the view too.
  const location = upstream.headers.get('location');
  if (upstream.status >= 300 && upstream.status < 400 && location) {
    const target = new URL(location, internalOrigin());
    const path = `${target.pathname}${target.search}`;
    return new Response(null, { status: upstream.status, headers: { Location: scriptViewPath(view, path) ?? path } });
  }
  if (!PASSED_ON.has(upstream.status) || !upstream.headers.get('content-type')?.startsWith('text/html')) {
    await upstream.body?.cancel();
    return upstream.status >= 500 ? new Response('Unavailable', { status: 503 }) : notFoundText();
  }

  const html = await upstream.text();
  const hash = createHash('sha256').update(html).digest('base64url');
  const body = await converted.get(`${view} ${cyrillic} ${hash}`, async () =>
    toScriptView(html, view, await toggleMarkup(view, cyrillic)),
  );
  return new Response(body, {
    status: upstream.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      // proxy.ts sets the same for every reader page (and its security headers).
      'Cache-Control': PUBLIC_PAGE_CACHE,
    },
  });
}
