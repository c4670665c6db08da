// A run while it runs (#/runs/ID): its progress against the planned duration, per-second throughput, errors and
// latency as growing charts, whether the load generator keeps up, and a cancel button. The stream reconnects when
// it breaks; the final result is read from the results API once the run has ended, so it is never lost.
import { api, headers } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { follow } from 'meshperf/lib/sse.js';
import { mergePoints, progress, latestRates } from 'meshperf/lib/live.js';
import { ratePoints, errorPoints, latencyPoints } from 'meshperf/lib/timeline.js';
import { ms, rps, count, seconds } from 'meshperf/lib/format.js';
import { toast } from 'meshperf/components/mp-toasts.js';
import { Screen, statusBadge, sloBadge } from 'meshperf/screens/screen.js';
import 'meshperf/charts/mp-time-chart.js';

class LiveRun extends Screen {
  async load() {
    this.entityId = this.segments[1];
    this.points = [];
    this.live = null;
    const detail = await api.get(`/api/results/${encodeURIComponent(this.entityId)}`).catch(() => null);
    this.name = detail?.name || null;
    this.setTitle(`${this.name || 'Run'} (live)`);
    this.innerHTML = String(html`
      <div class="page-head"><div><h1><span data-slot="name">${this.name || 'Run'}</span> <span data-slot="status">${statusBadge('PENDING')}</span></h1>
        <div class="subtitle"><span class="mono">${this.entityId}</span>${detail?.setup?.targets?.length ? html` · <span class="mono">${detail.setup.targets[0]}</span>` : ''}</div></div>
        <span class="spacer"></span>
        <span class="muted" data-slot="stream" aria-live="polite"></span>
        <button type="button" class="danger" data-action="cancel">Cancel run</button></div>
      <div data-slot="alerts"></div>
      <section class="card" aria-labelledby="prog-h"><h2 id="prog-h">Progress</h2>
        <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0" aria-label="run progress">
          <div class="warm" data-slot="warm"></div><div class="done" data-slot="done" style="width:0"></div></div>
        <div class="progress-legend"><span data-slot="phase">waiting for the start</span><span data-slot="elapsed"></span></div>
      </section>
      <div class="stats" style="margin-top:16px">
        <div class="stat"><div class="label">Now</div><div class="value" data-slot="rps">–</div><div class="hint">requests per second</div></div>
        <div class="stat"><div class="label">p99 now</div><div class="value" data-slot="p99">–</div><div class="hint" data-slot="p50"></div></div>
        <div class="stat"><div class="label">Errors now</div><div class="value" data-slot="eps">–</div><div class="hint">per second</div></div>
        <div class="stat"><div class="label">Requests</div><div class="value" data-slot="requests">0</div><div class="hint" data-slot="errors"></div></div>
        <div class="stat"><div class="label">Scheduling lag p99</div><div class="value" data-slot="lag">–</div><div class="hint" data-slot="dropped"></div></div>
        <div class="stat"><div class="label">Shards done</div><div class="value" data-slot="shards">–</div><div class="hint">of the run's shards</div></div>
      </div>
      <section class="card" style="margin-top:16px" aria-labelledby="live-h"><h2 id="live-h">Per second</h2>
        <h3>Throughput and errors</h3><mp-time-chart data-chart="rate" size="short"></mp-time-chart>
        <h3>Latency</h3><mp-time-chart data-chart="latency" size="short"></mp-time-chart>
      </section>
      <div data-slot="final" style="margin-top:16px"></div>`);
    for (const el of this.$$('mp-time-chart')) {
      el.group = `live-${this.entityId}`;
    }
    this.$('[data-action="cancel"]').addEventListener('click', () => this.cancel());
    this.timer = setInterval(() => this.drawProgress(), 1000);
    this.stream = follow(`/api/results/${encodeURIComponent(this.entityId)}/events`, {
      headers: () => headers(),
      onEvent: (p) => this.update(p),
      onState: (state, attempt) => this.streamState(state, attempt),
      isLast: (p) => p.status !== 'RUNNING' && p.status !== 'PENDING',
    });
  }

  disconnectedCallback() {
    this.stream?.stop();
    clearInterval(this.timer);
  }

  streamState(state, attempt) {
    const slot = this.$('[data-slot="stream"]');
    if (!slot) {
      return;
    }
    if (state === 'refused') {
      this.refused = true;
      slot.textContent = attempt === 404
        ? 'no such run'
        : 'the live view needs an API token: paste it with the key button at the top, then reload';
      return;
    }
    if (state === 'closed' && this.refused) {
      return;
    }
    slot.textContent = state === 'reconnecting' ? `stream interrupted, reconnecting (attempt ${attempt})…` : state === 'open' ? 'live' : '';
    if (state === 'closed' && !this.finished) {
      // the stream gave up or was stopped before the end: read where the run is instead
      this.finish();
    }
  }

  update(p) {
    this.live = p;
    if (!this.name && p.status === 'RUNNING' && !this.naming) {
      // analysis had not seen the run when the page opened: its name comes with its first progress
      this.naming = api.get(`/api/results/${encodeURIComponent(this.entityId)}`).then((r) => {
        this.name = r.name;
        if (r.name && this.$('[data-slot="name"]')) {
          this.$('[data-slot="name"]').textContent = r.name;
          this.setTitle(`${r.name} (live)`);
        }
      }).catch(() => {});
    }
    this.points = mergePoints(this.points, p.points);
    this.$('[data-slot="status"]').innerHTML = String(statusBadge(p.status));
    this.$('[data-slot="requests"]').textContent = count(p.requests);
    this.$('[data-slot="errors"]').textContent = `${count(p.errors)} errors`;
    this.$('[data-slot="shards"]').textContent = p.shards ? `${p.shardsReported} / ${p.shards}` : '–';
    this.$('[data-slot="lag"]').textContent = p.schedulingLagP99Ms === null || p.schedulingLagP99Ms === undefined ? '–' : ms(p.schedulingLagP99Ms);
    this.$('[data-slot="dropped"]').textContent = p.dropped ? `${count(p.dropped)} not sent in time` : 'none dropped';
    const latest = latestRates(this.points, p.startAt);
    if (latest) {
      this.$('[data-slot="rps"]').textContent = rps(latest.rps);
      this.$('[data-slot="p99"]').textContent = ms(latest.p99Ms);
      this.$('[data-slot="p50"]').textContent = `p50 ${ms(latest.p50Ms)}`;
      this.$('[data-slot="eps"]').textContent = latest.errorsPerSecond.toFixed(latest.errorsPerSecond < 10 ? 1 : 0);
    }
    const behind = p.loadGenerator?.status === 'FALLING_BEHIND';
    this.$('[data-slot="alerts"]').innerHTML = behind
      ? String(html`<div class="alert warn" role="alert" data-testid="generator-warning"><strong>Load generator:</strong>${p.loadGenerator.detail}</div>`) : '';
    // the measured part starts after the warm-up: the first point's rate is over its own second
    const start = p.startAt ? new Date(Date.parse(p.startAt) + 1000 * (p.warmupSeconds || 0)).toISOString() : null;
    const common = { warmupEnd: undefined };
    this.$('[data-chart="rate"]').data = { ...common, axes: [{ name: 'req/s' }, { name: 'errors/s' }], lines: [
      { name: 'requests/s', points: ratePoints(this.points, start), area: true },
      { name: 'errors/s', points: errorPoints(this.points, start), axis: 1 }] };
    this.$('[data-chart="latency"]').data = { ...common, axes: [{ name: 'ms' }], lines: [
      { name: 'p50', points: latencyPoints(this.points, 'p50Ms') },
      { name: 'p90', points: latencyPoints(this.points, 'p90Ms') },
      { name: 'p99', points: latencyPoints(this.points, 'p99Ms') }] };
    this.drawProgress();
    if (p.status !== 'RUNNING' && p.status !== 'PENDING') {
      this.finish();
    }
  }

  drawProgress() {
    const p = this.live;
    if (!p || !this.$('[data-slot="done"]')) {
      return;
    }
    const finished = p.status !== 'RUNNING' && p.status !== 'PENDING';
    const at = progress(p.startAt, p.warmupSeconds, p.durationSeconds, Date.now());
    const fraction = finished ? 1 : at.fraction;
    this.$('[data-slot="done"]').style.width = `${(100 * fraction).toFixed(1)}%`;
    this.$('[data-slot="warm"]').style.width = `${(100 * at.warmupFraction).toFixed(1)}%`;
    this.$('.progress').setAttribute('aria-valuenow', String(Math.round(100 * fraction)));
    this.$('[data-slot="phase"]').textContent = finished ? p.status.toLowerCase()
      : at.phase === 'warm-up' ? `warming up: ${Math.ceil(at.warmup - at.elapsed)} s until measuring starts (the warm-up is left out of the result)`
        : at.phase === 'waiting' ? 'waiting for the start' : at.phase;
    this.$('[data-slot="elapsed"]').textContent = at.total ? `${Math.round(at.elapsed)} / ${Math.round(at.total)} s` : '';
  }

  async finish() {
    if (this.finished) {
      return;
    }
    this.finished = true;
    this.stream?.stop();
    this.$('[data-action="cancel"]').hidden = true;
    const slot = this.$('[data-slot="final"]');
    let result = null;
    for (let attempt = 0; attempt < 30 && !result; attempt++) {
      try {
        const r = await api.get(`/api/results/${encodeURIComponent(this.entityId)}`);
        if (r.status !== 'RUNNING' && r.status !== 'PENDING') {
          result = r;
        }
      } catch (e) {
        // the run's end is stored a moment after the last event; try again
      }
      if (!result) {
        await new Promise((done) => setTimeout(done, 1000));
      }
    }
    if (!result) {
      slot.innerHTML = String(html`<div class="alert warn">The run has not ended yet as far as the results know.
        <a href="#/results/${encodeURIComponent(this.entityId)}">Open its result</a> later.</div>`);
      this.finished = false;
      return;
    }
    const s = result.summary || {};
    this.$('[data-slot="status"]').innerHTML = String(statusBadge(result.status));
    slot.innerHTML = String(html`<section class="card" data-testid="final"><div class="card-head"><h2>Ended ${statusBadge(result.status)} ${sloBadge(result.slo?.passed)}</h2>
      <span class="spacer"></span><a class="button primary" href="#/results/${encodeURIComponent(this.entityId)}">Open the full result</a></div>
      <p>${count(s.requests)} requests in ${seconds(s.durationSeconds)} at ${rps(s.actualRps)}, p99 ${ms(s.latencyMs?.p99)}, ${count(s.errors)} errors.
      ${result.reason ? html`<br><span class="muted">${result.reason}</span>` : ''}</p></section>`);
  }

  async cancel() {
    if (!confirm('Cancel this run? The shards stop within a second; what was measured is kept.')) {
      return;
    }
    try {
      await api.post(`/api/runs/${encodeURIComponent(this.entityId)}/cancel`);
      toast('Cancelling the run…');
    } catch (e) {
      toast(`The run could not be cancelled: ${e.message}`, 'bad');
    }
  }
}

customElements.define('mp-live-run', LiveRun);
