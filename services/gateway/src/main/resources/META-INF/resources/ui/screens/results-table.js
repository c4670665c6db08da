// The table of runs used on the home page, the results list and a profile's page.
import { html } from 'meshperf/lib/html.js';
import { rps, ms, count, dateTime, ago, shortId } from 'meshperf/lib/format.js';
import { statusBadge, sloBadge } from 'meshperf/screens/screen.js';

/** Rows of runs; with `selectable`, a checkbox per run (named "pick") for a comparison. */
export function resultsTable(runs, { selectable = false, selected = new Set(), showProfile = true, empty = null } = {}) {
  if (!runs.length) {
    return empty || html`<div class="empty">No runs yet. <a href="#/">Test a URL</a>, <a href="#/profiles">run a profile</a>
      or <span class="mono">./meshperf run URL</span>.</div>`;
  }
  return html`<div class="table-wrap"><table>
    <thead><tr>
      ${selectable ? html`<th><span class="hide-narrow">Compare</span></th>` : ''}
      <th>Status</th>${showProfile ? html`<th>Profile</th>` : ''}<th>Generator</th><th>Started</th>
      <th class="num">req/s</th><th class="num">p99</th><th class="num">Errors</th><th>SLO</th>
    </tr></thead>
    <tbody>${runs.map((r) => html`<tr class="${selected.has(r.testId) ? 'selected' : ''}">
      ${selectable ? html`<td><input type="checkbox" name="pick" value="${r.testId}" aria-label="compare run ${shortId(r.testId)}" ${selected.has(r.testId) ? html`checked` : ''}></td>` : ''}
      <td>${statusBadge(r.status)}</td>
      ${showProfile ? html`<td class="name"><a href="${r.status === 'RUNNING' ? '#/runs/' : '#/results/'}${encodeURIComponent(r.testId)}">${r.name || r.profileName || 'ad-hoc run'}</a>
        <div class="muted mono">${shortId(r.testId)}</div></td>` : ''}
      <td>${r.generator || '–'}</td>
      <td title="${dateTime(r.startAt)}">${ago(r.startAt)}${showProfile ? '' : html` <a href="#/results/${encodeURIComponent(r.testId)}" class="mono">${shortId(r.testId)}</a>`}</td>
      <td class="num">${rps(r.actualRps)}</td>
      <td class="num">${ms(r.p99Ms)}</td>
      <td class="num">${count(r.errors)}</td>
      <td>${r.status === 'CANCELLED' ? sloBadge(null) : sloBadge(r.sloPassed)}${r.baselinePassed === false ? html` <span class="badge bad" title="worse than its baseline run beyond noise">baseline ✗</span>` : ''}</td>
    </tr>`)}</tbody>
  </table></div>`;
}
