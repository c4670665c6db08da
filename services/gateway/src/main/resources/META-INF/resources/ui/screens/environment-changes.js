// What changed in the system between two runs (the metrics collector's comparison, added to a comparison and to a
// result's baseline verdict by the gateway): each difference in words, before → after, in the order that matters.
import { html } from 'meshperf/lib/html.js';
import { shortId } from 'meshperf/lib/format.js';

const CATEGORY = {
  mesh: 'mesh', mtls: 'mTLS', 'traffic-policy': 'retries, timeouts, circuit breaking', policy: 'mesh policy',
  images: 'images', capacity: 'capacity', 'during-run': 'during the run', generator: 'load generator', profile: 'profile',
};

/** The differences of one run against the one it is compared with. */
export function differencesList(run) {
  const diffs = run?.differences || [];
  return html`${diffs.length ? html`<ul class="list-plain" data-testid="environment-changes">${diffs.map((d) => html`<li>
      <span class="badge info">${CATEGORY[d.category] || d.category}</span><span>${d.description}</span></li>`)}</ul>`
    : html`<p class="muted">Nothing that can move latency changed in the system.</p>`}
    ${(run?.notes || []).map((n) => html`<p class="muted">${n}</p>`)}`;
}

/** A comparison's environment section: one list per run after the first. */
export function environmentSection(environment, labels) {
  if (!environment) {
    return '';
  }
  if (environment.error) {
    return html`<p class="muted">What changed in the system is unknown: ${environment.error}</p>`;
  }
  return html`${(environment.runs || []).map((run) => html`<h3>${labels.get(run.testId) || shortId(run.testId)}
    <span class="muted">against ${labels.get(run.against) || shortId(run.against)}</span></h3>${differencesList(run)}`)}`;
}
