// A profile's versions: pick two and see what changed (#/profiles/ID/versions?a=1&b=3).
import { api } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { dateTime } from 'meshperf/lib/format.js';
import { diffLines, diffStats } from 'meshperf/lib/diff.js';
import { documentText } from 'meshperf/lib/profile-form.js';
import { replaceParams } from 'meshperf/router.js';
import { Screen } from 'meshperf/screens/screen.js';

class ProfileVersions extends Screen {
  async load() {
    const id = this.segments[1];
    const enc = encodeURIComponent(id);
    const [profile, versions] = await Promise.all([api.get(`/api/profiles/${enc}`), api.get(`/api/profiles/${enc}/versions`)]);
    versions.sort((x, y) => y.version - x.version);
    const newest = versions[0]?.version ?? profile.version;
    this.a = Number(this.params.a || Math.max(1, newest - 1));
    this.b = Number(this.params.b || newest);
    this.setTitle(`${profile.name} versions`);
    const options = (selected) => versions.map((v) => html`<option value="${v.version}" ${v.version === selected ? html`selected` : ''}>v${v.version} · ${dateTime(v.createdAt)}</option>`);
    this.innerHTML = String(html`
      <div class="page-head"><div><h1>${profile.name}: versions</h1><div class="subtitle">${versions.length} version(s); each run records the version it ran.</div></div>
        <span class="spacer"></span><a class="button" href="#/profiles/${enc}">Back to the profile</a></div>
      <section class="card">
        <div class="toolbar">
          <div class="field"><label for="va">From</label><select id="va">${options(this.a)}</select></div>
          <div class="field"><label for="vb">To</label><select id="vb">${options(this.b)}</select></div>
          <span class="muted" data-slot="stats"></span>
        </div>
        <div class="diff" data-slot="diff" aria-live="polite"></div>
      </section>`);
    this.$('#va').addEventListener('change', (e) => this.show(Number(e.target.value), this.b, id));
    this.$('#vb').addEventListener('change', (e) => this.show(this.a, Number(e.target.value), id));
    await this.show(this.a, this.b, id);
  }

  async show(a, b, id) {
    this.a = a;
    this.b = b;
    replaceParams({ a, b });
    const enc = encodeURIComponent(id);
    const [x, y] = await Promise.all([api.get(`/api/profiles/${enc}/versions/${a}`), api.get(`/api/profiles/${enc}/versions/${b}`)]);
    const ops = diffLines(documentText(x), documentText(y));
    const { added, removed } = diffStats(ops);
    this.$('[data-slot="stats"]').textContent = added + removed === 0 ? 'no difference' : `${added} line(s) added, ${removed} removed`;
    this.$('[data-slot="diff"]').innerHTML = String(html`${ops.map((o) => html`<div class="${o.op}">${o.op === 'add' ? '+ ' : o.op === 'del' ? '- ' : '  '}${o.line}</div>`)}`);
  }
}

customElements.define('mp-profile-versions', ProfileVersions);
