// "Run now": choose the generator (only those available can be picked), shards and labels, then follow the run live.
import { api } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { go } from 'meshperf/router.js';
import { showErrors, clearErrorsOnInput } from 'meshperf/components/fields.js';

export async function openRunDialog(profileId, name, defaults = {}) {
  const generators = await api.get('/api/generators').catch(() => []);
  const dialog = document.createElement('dialog');
  dialog.setAttribute('aria-labelledby', 'run-h');
  dialog.innerHTML = String(html`<form method="dialog" novalidate>
    <h2 id="run-h">Run ${name}</h2>
    <div class="alert bad" data-slot="error" hidden></div>
    <div class="field" data-field="generator"><label for="run-gen">Load generator</label>
      <select id="run-gen" name="generator">
        <option value="">the profile's first (or the default)</option>
        ${generators.map((g) => html`<option value="${g.name}" ${g.available ? '' : html`disabled`} ${defaults.generator === g.name ? html`selected` : ''}>${g.name}${g.available ? '' : ` — unavailable: ${g.unavailableReason || ''}`}</option>`)}
      </select><div class="error" hidden></div></div>
    <div class="field" data-field="shards"><label for="run-shards">Shards</label>
      <input id="run-shards" name="shards" type="number" min="1" max="64" placeholder="as the profile says">
      <div class="help">Runner instances the load is split over.</div><div class="error" hidden></div></div>
    <div class="field" data-field="labels"><label for="run-labels">Labels</label>
      <textarea id="run-labels" name="labels" rows="2" placeholder="e.g. version=1.4.2"></textarea>
      <div class="help">key=value, one per line: they are stored with the result.</div><div class="error" hidden></div></div>
    <div class="dialog-actions"><button type="button" value="cancel" data-action="close">Cancel</button>
      <button type="submit" class="primary" value="run">Start the run</button></div>
  </form>`);
  document.body.appendChild(dialog);
  const form = dialog.querySelector('form');
  clearErrorsOnInput(form);
  dialog.querySelector('[data-action="close"]').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const labels = {};
    const bad = [];
    form.labels.value.split('\n').map((l) => l.trim()).filter(Boolean).forEach((l) => {
      const cut = l.indexOf('=');
      if (cut <= 0) {
        bad.push(l);
      } else {
        labels[l.slice(0, cut).trim()] = l.slice(cut + 1).trim();
      }
    });
    if (bad.length) {
      showErrors(form, { labels: `write key=value: ${bad.join(', ')}` });
      return;
    }
    const body = { generator: form.generator.value || undefined, shards: form.shards.value ? Number(form.shards.value) : undefined, labels };
    const submit = form.querySelector('[type="submit"]');
    submit.disabled = true;
    try {
      const accepted = await api.post(`/api/profiles/${encodeURIComponent(profileId)}/run`, body);
      dialog.close();
      go(['runs', accepted.testId]);
    } catch (err) {
      const rest = showErrors(form, err.fields);
      const slot = form.querySelector('[data-slot="error"]');
      slot.textContent = Object.keys(rest).length || !Object.keys(err.fields).length ? err.message : '';
      slot.hidden = !slot.textContent;
    } finally {
      submit.disabled = false;
    }
  });
  dialog.showModal();
  form.generator.focus();
}
