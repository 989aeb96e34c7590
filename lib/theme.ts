// Dark mode: follows the system unless the reader chose light or dark (localStorage "theme").
// This tiny script runs in <head> before the first paint, so there is no flash of the wrong theme;
// it also marks the document as scripted ([data-js]) so the theme buttons show only where they work.
// Without JavaScript the CSS alone follows prefers-color-scheme. See docs/decisions/0010-theme-and-layout.md.
export const THEME_SCRIPT = `(function(){var d=document.documentElement;d.setAttribute('data-js','');try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')d.setAttribute('data-theme',t)}catch(e){}})();`;
