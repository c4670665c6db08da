// What every screen shares: loading its data with a visible state, and showing a refusal or an outage plainly.
import { html } from 'meshperf/lib/html.js';

export class Screen extends HTMLElement {
  connectedCallback() {
    this.innerHTML = '<p class="muted loading">Loading…</p>';
    this.load().catch((e) => this.fail(e));
  }

  /** Subclasses: fetch and render. */
  async load() {}

  fail(e) {
    const status = e.status ? ` (HTTP ${e.status})` : '';
    this.innerHTML = String(html`<div class="alert bad" role="alert"><strong>Could not load this page${status}.</strong>
      ${e.message}</div><p><a href="#/">Go home</a></p>`);
  }

  /** The browser tab's title. */
  setTitle(text) {
    document.title = `${text} · meshperf`;
  }

  $(selector) {
    return this.querySelector(selector);
  }

  $$(selector) {
    return [...this.querySelectorAll(selector)];
  }
}

/** A status badge: COMPLETED green, FAILED/PARTIAL red/amber, RUNNING blue. */
export function statusBadge(status) {
  const kind = { COMPLETED: 'ok', FAILED: 'bad', PARTIAL: 'warn', CANCELLED: '', RUNNING: 'info', PENDING: 'info' }[status] ?? '';
  return html`<span class="badge ${kind}">${status || '–'}</span>`;
}

/** An SLO verdict badge: passed, failed, or none. */
export function sloBadge(passed) {
  if (passed === true) {
    return html`<span class="badge ok" title="every SLO met">SLO ✓</span>`;
  }
  if (passed === false) {
    return html`<span class="badge bad" title="an SLO was missed">SLO ✗</span>`;
  }
  return html`<span class="muted" title="no SLO was judged">–</span>`;
}
