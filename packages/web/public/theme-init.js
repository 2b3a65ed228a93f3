// Sets the colour theme on <html data-theme> before the first paint, so a dark page never flashes
// light: the reader's choice (the header's theme button, kept in localStorage) or else the system
// setting. A file rather than an inline script because the server's CSP allows only scripts from
// this origin. src/app/theme.ts keeps it up to date afterwards; the key and values are the same.
(function () {
  var choice = null;
  try {
    choice = window.localStorage.getItem('pwc-theme');
  } catch (e) {
    // Storage blocked (private mode, sandbox): follow the system.
  }
  var dark =
    choice === 'dark' ||
    (choice !== 'light' && !!window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-theme', dark ? 'dark' : 'light');
})();
