// The gateway's public /api, as the CLI uses it: JSON in and out, the API token from this browser session, and
// problem JSON (RFC 7807) turned into an ApiError that names the fields at fault.

const TOKEN_KEY = 'meshperf.token';

export function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

export function setToken(value) {
  if (value) {
    sessionStorage.setItem(TOKEN_KEY, value.trim());
  } else {
    sessionStorage.removeItem(TOKEN_KEY);
  }
  window.dispatchEvent(new CustomEvent('meshperf:token'));
}

/** A refused call: status, the problem's detail, and each field at fault with its reason. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.fields = fieldErrors(problem);
  }
}

/** Field path -> reason, from a problem's errors[] (or its single field). */
export function fieldErrors(problem) {
  const out = {};
  if (!problem) {
    return out;
  }
  for (const e of problem.errors || []) {
    if (e.field && !(e.field in out)) {
      out[e.field] = e.reason || e.message || problem.detail;
    }
  }
  if (problem.field && !(problem.field in out)) {
    out[problem.field] = problem.errors?.length ? problem.detail : stripField(problem.detail, problem.field);
  }
  return out;
}

function stripField(detail, field) {
  if (!detail) {
    return '';
  }
  return detail.startsWith(field + ': ') ? detail.slice(field.length + 2) : detail;
}

export function headers(extra = {}) {
  const h = { Accept: 'application/json', ...extra };
  const t = token();
  if (t) {
    h.Authorization = `Bearer ${t}`;
  }
  return h;
}

async function call(method, path, body, contentType = 'application/json', quiet = false) {
  const init = { method, headers: headers() };
  if (body !== undefined) {
    init.headers['Content-Type'] = contentType;
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { title: 'Network error', detail: `the gateway could not be reached (${e.message})` });
  }
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    let problem = null;
    if (type.includes('json')) {
      problem = await response.json().catch(() => null);
    } else {
      problem = { title: response.statusText, detail: (await response.text().catch(() => '')).slice(0, 300) };
    }
    if (response.status === 401 && !quiet) {
      window.dispatchEvent(new CustomEvent('meshperf:unauthorized', { detail: problem?.detail }));
    }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) {
    return null;
  }
  if (type.includes('json')) {
    return response.json();
  }
  return response.text();
}

export const api = {
  get: (path) => call('GET', path),
  post: (path, body, contentType) => call('POST', path, body, contentType),
  put: (path, body) => call('PUT', path, body),
  del: (path) => call('DELETE', path),
  /** A POST whose 401 does not open the token box (a preview while typing). */
  postQuietly: (path, body) => call('POST', path, body, 'application/json', true),
};

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') {
      q.set(k, String(v));
    }
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
