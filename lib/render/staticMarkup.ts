// React elements to an HTML string on the server, for documents Next does not render (the lite page).
// Next refuses `import 'react-dom/server'` in app code: route handlers are bundled for React Server
// Components, where that module is a stub that throws. The ordinary server renderer is loaded instead by
// Node at run time (outside the bundle). It renders what our server components are made of (elements,
// synchronous function components, fragments); React still escapes every text and attribute.
import { createRequire } from 'node:module';
import type { ReactNode } from 'react';

type ServerRenderer = typeof import('react-dom/server');
let renderer: ServerRenderer | undefined;

export function renderStaticMarkup(node: ReactNode): string {
  renderer ??= createRequire(import.meta.url)(/* turbopackIgnore: true */ 'react-dom/server') as ServerRenderer;
  return renderer.renderToStaticMarkup(node);
}
