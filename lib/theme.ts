// Dark mode: follows the system unless the reader chose light or dark (localStorage "theme").
// This one inline script runs in <head> before the first paint, so there is no flash of the wrong theme;
// it marks the document as scripted ([data-js]) so the theme buttons show only where they work, and it is
// also the theme buttons' only code: it marks the current choice (aria-pressed) once the document is parsed
// and handles their clicks by delegation. Reader pages thus need no client component and no JavaScript file
// for the theme (docs/decisions/0016-client-javascript-budget.md). Without JavaScript the CSS alone follows
// prefers-color-scheme. See docs/decisions/0010-reader-pages.md.

/** What the reader chose; "system" follows prefers-color-scheme. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_SCRIPT = `(function(){var d=document.documentElement,k='theme',c='system';d.setAttribute('data-js','');
try{var s=localStorage.getItem(k);if(s==='light'||s==='dark')c=s}catch(e){}
function a(){if(c==='system')d.removeAttribute('data-theme');else d.setAttribute('data-theme',c)}
function m(){var b=document.querySelectorAll('[data-theme-choice]');for(var i=0;i<b.length;i++)b[i].setAttribute('aria-pressed',String(b[i].getAttribute('data-theme-choice')===c))}
a();document.addEventListener('DOMContentLoaded',m);
document.addEventListener('click',function(e){var b=e.target&&e.target.closest&&e.target.closest('[data-theme-choice]');if(!b)return;c=b.getAttribute('data-theme-choice');
try{if(c==='system')localStorage.removeItem(k);else localStorage.setItem(k,c)}catch(x){}a();m()})})();`;
