// Hash routes: every screen has a URL that restores it (#/results/ID, #/compare?ids=a,b, #/profiles?search=x).

/** Splits "#/results/abc?x=1" into path segments and query parameters. */
export function parseHash(hash) {
  const raw = (hash || '').replace(/^#/, '') || '/';
  const [path, q = ''] = raw.split('?');
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { segments, params: Object.fromEntries(new URLSearchParams(q)) };
}

/** "#/a/b?x=1" from segments and parameters (empty parameters left out). */
export function formatHash(segments, params = {}) {
  const path = '#/' + segments.map(encodeURIComponent).join('/');
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') {
      q.set(k, String(v));
    }
  }
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** Replaces the current URL's parameters without adding a history entry (a filter typed in, a tab chosen). */
export function replaceParams(params) {
  const { segments } = parseHash(location.hash);
  history.replaceState(null, '', formatHash(segments, params));
}

export function go(segments, params) {
  location.hash = formatHash(segments, params);
}
