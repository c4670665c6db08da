// The shell: one screen element per route, chosen from the URL's hash so that every page can be linked to.
import { parseHash } from 'meshperf/router.js';
import 'meshperf/components/mp-toasts.js';
import 'meshperf/components/mp-theme-toggle.js';
import 'meshperf/components/mp-token-button.js';

/** Route patterns ('*' matches one segment) -> [screen module, element name, main nav entry]. */
const ROUTES = [
  [[], 'meshperf/screens/mp-home.js', 'mp-home', 'home'],
  [['profiles'], 'meshperf/screens/mp-profiles.js', 'mp-profiles', 'profiles'],
  [['profiles', 'new'], 'meshperf/screens/mp-profile-form.js', 'mp-profile-form', 'profiles'],
  [['profiles', 'apply'], 'meshperf/screens/mp-profile-apply.js', 'mp-profile-apply', 'profiles'],
  [['profiles', '*'], 'meshperf/screens/mp-profile-detail.js', 'mp-profile-detail', 'profiles'],
  [['profiles', '*', 'edit'], 'meshperf/screens/mp-profile-form.js', 'mp-profile-form', 'profiles'],
  [['profiles', '*', 'versions'], 'meshperf/screens/mp-profile-versions.js', 'mp-profile-versions', 'profiles'],
  [['profiles', '*', 'trend'], 'meshperf/screens/mp-trend.js', 'mp-trend', 'profiles'],
  [['runs', '*'], 'meshperf/screens/mp-live-run.js', 'mp-live-run', 'results'],
  [['results'], 'meshperf/screens/mp-results.js', 'mp-results', 'results'],
  [['results', '*'], 'meshperf/screens/mp-result.js', 'mp-result', 'results'],
  [['compare'], 'meshperf/screens/mp-compare.js', 'mp-compare', 'results'],
  [['schedules'], 'meshperf/screens/mp-schedules.js', 'mp-schedules', 'schedules'],
  [['schedules', 'new'], 'meshperf/screens/mp-schedule-form.js', 'mp-schedule-form', 'schedules'],
  [['schedules', '*'], 'meshperf/screens/mp-schedule-detail.js', 'mp-schedule-detail', 'schedules'],
  [['schedules', '*', 'edit'], 'meshperf/screens/mp-schedule-form.js', 'mp-schedule-form', 'schedules'],
  [['connections'], 'meshperf/screens/mp-connections.js', 'mp-connections', 'connections'],
];

function match(segments) {
  for (const [pattern, module, name, nav] of ROUTES) {
    if (pattern.length === segments.length && pattern.every((p, i) => p === '*' || p === segments[i])) {
      return { module, name, nav };
    }
  }
  return null;
}

const view = document.getElementById('view');

async function route() {
  const { segments, params } = parseHash(location.hash);
  const found = match(segments);
  document.querySelectorAll('[data-nav]').forEach((a) => {
    if (found && a.dataset.nav === found.nav) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
  });
  if (!found) {
    view.innerHTML = '<div class="card empty"><h1>Not found</h1><p>There is no page at this address. <a href="#/">Go home</a>.</p></div>';
    return;
  }
  try {
    await import(found.module);
  } catch (e) {
    view.innerHTML = '<div class="alert bad"></div>';
    view.firstChild.textContent = `This page could not be loaded: ${e.message}`;
    return;
  }
  const screen = document.createElement(found.name);
  screen.segments = segments;
  screen.params = params;
  view.replaceChildren(screen);
  view.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

window.addEventListener('hashchange', route);
route();
