// The schedule builder (#/schedules/new?profileId=.., #/schedules/ID/edit): every N minutes or hours, daily, chosen
// weekdays or a day of the month at a time, in a time zone, between dates, at most N runs; cron as an advanced
// option. As it is edited, the rule's sentence and next fire times come from the preview API.
import { api, query } from 'meshperf/api.js';
import { html } from 'meshperf/lib/html.js';
import { WEEKDAYS, defaultRule, ruleFields, ruleFromSchedule } from 'meshperf/lib/schedule-rule.js';
import { zonedDateTime } from 'meshperf/lib/format.js';
import { field, textArea, showErrors, clearErrors, clearErrorsOnInput } from 'meshperf/components/fields.js';
import { go } from 'meshperf/router.js';
import { toast } from 'meshperf/components/mp-toasts.js';
import { Screen } from 'meshperf/screens/screen.js';

const DAY_NAMES = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

function zones() {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch (e) {
    return ['UTC'];
  }
}

class ScheduleForm extends Screen {
  async load() {
    const id = this.segments[2] === 'edit' ? this.segments[1] : null;
    const [existing, profiles, generators] = await Promise.all([
      id ? api.get(`/api/schedules/${encodeURIComponent(id)}`) : Promise.resolve(null),
      api.get(`/api/profiles${query({ size: 200 })}`),
      api.get('/api/generators').catch(() => []),
    ]);
    this.entityId = id;
    this.existing = existing;
    const doc = existing || { profileId: this.params.profileId || '', timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' };
    const rule = existing ? ruleFromSchedule(existing) : defaultRule();
    this.setTitle(id ? 'Edit schedule' : 'New schedule');
    this.innerHTML = String(html`
      <div class="page-head"><h1>${id ? 'Edit schedule' : 'New schedule'}</h1></div>
      <div class="grid sidebar">
      <form class="card" novalidate>
        <div class="alert bad" data-slot="error" role="alert" hidden></div>
        <div class="form-grid">
          <div class="field" data-field="profileId"><label for="s-profile">Profile</label><select id="s-profile" name="profileId">
            <option value="">choose a profile</option>
            ${profiles.profiles.map((p) => html`<option value="${p.id}" ${p.id === doc.profileId ? html`selected` : ''}>${p.name}</option>`)}
          </select><div class="error" hidden></div></div>
          ${field({ name: 'name', label: 'Name (optional)', value: doc.name || '' })}
        </div>
        <fieldset><legend>When</legend>
          <div class="field" data-field="rule"><div role="radiogroup" aria-label="Repeat">
            ${[['every', 'Every N minutes or hours'], ['daily', 'Every day'], ['weekly', 'On chosen weekdays'], ['monthly', 'Once a month'], ['cron', 'Cron (advanced)']].map(([k, label]) => html`
              <label class="check"><input type="radio" name="kind" value="${k}" ${rule.kind === k ? html`checked` : ''}> ${label}</label>`)}
          </div><div class="error" hidden></div></div>
          <div class="inline-fields" data-kind="every"><div class="field" data-field="every"><label for="s-n">Every</label>
            <input id="s-n" name="everyN" type="number" min="1" value="${rule.everyN}" style="width:90px"><div class="error" hidden></div></div>
            <div class="field"><label for="s-unit">Unit</label><select id="s-unit" name="everyUnit">
              <option value="m" ${rule.everyUnit === 'm' ? html`selected` : ''}>minutes</option><option value="h" ${rule.everyUnit === 'h' ? html`selected` : ''}>hours</option></select></div></div>
          <div class="field" data-kind="weekly" data-field="weekly"><span style="font-weight:560">Days</span><div>
            ${WEEKDAYS.map((d) => html`<label class="check"><input type="checkbox" name="weekday" value="${d}" ${rule.weekdays.includes(d) ? html`checked` : ''}> ${DAY_NAMES[d]}</label>`)}
          </div><div class="error" hidden></div></div>
          <div class="field" data-kind="monthly" data-field="monthly"><label for="s-day">Day of the month</label>
            <input id="s-day" name="monthDay" type="number" min="1" max="31" value="${rule.monthDay}" style="width:90px">
            <div class="help">Months without that day are skipped.</div><div class="error" hidden></div></div>
          <div class="field" data-kind="daily weekly monthly" data-field="time"><label for="s-time">At</label>
            <input id="s-time" name="time" type="time" value="${rule.time}" style="width:140px"><div class="error" hidden></div></div>
          <div class="field" data-kind="cron" data-field="cron"><label for="s-cron">Cron expression</label>
            <input id="s-cron" name="cron" value="${rule.cron}" placeholder="0 9 * * 1-5" class="mono">
            <div class="help">Five fields: minute hour day-of-month month day-of-week.</div><div class="error" hidden></div></div>
          <div class="form-grid">
            <div class="field" data-field="timeZone"><label for="s-tz">Time zone</label><input id="s-tz" name="timeZone" list="s-zones" value="${doc.timeZone || 'UTC'}">
              <datalist id="s-zones">${zones().map((z) => html`<option value="${z}"></option>`)}</datalist><div class="error" hidden></div></div>
            ${field({ name: 'startAt', label: 'Not before', value: (doc.startAt || '').slice(0, 10), type: 'date' })}
            ${field({ name: 'endAt', label: 'Until (inclusive)', value: (doc.endAt || '').slice(0, 10), type: 'date' })}
            ${field({ name: 'maxRuns', label: 'At most N runs', value: doc.maxRuns ?? '', type: 'number', attrs: 'min="1"' })}
          </div>
        </fieldset>
        <details><summary>Run options</summary><div class="form-grid" style="margin-top:10px">
          <div class="field" data-field="generator"><label for="s-gen">Generator</label><select id="s-gen" name="generator"><option value="">the profile's</option>
            ${generators.map((g) => html`<option value="${g.name}" ${doc.generator === g.name ? html`selected` : ''} ${g.available || doc.generator === g.name ? '' : html`disabled`}>${g.name}${g.available ? '' : ' (unavailable here)'}</option>`)}</select><div class="error" hidden></div></div>
          ${field({ name: 'shards', label: 'Shards', value: doc.shards ?? '', type: 'number' })}
        </div>
        ${textArea({ name: 'labels', label: 'Labels of each run', value: Object.entries(doc.labels || {}).map(([k, v]) => `${k}=${v}`).join('\n'), rows: 2, placeholder: 'e.g. suite=nightly', help: 'key=value, one per line: stored with every result it makes.' })}
        </details>
        <div class="dialog-actions"><a class="button" href="${id ? `#/schedules/${encodeURIComponent(id)}` : '#/schedules'}">Cancel</a><button type="submit" class="primary">${id ? 'Save' : 'Create schedule'}</button></div>
      </form>
      <aside class="card" aria-live="polite" aria-labelledby="prev-h"><h2 id="prev-h">Preview</h2><div data-slot="preview"><p class="muted">Choose a rule.</p></div></aside>
      </div>`);
    const form = this.$('form');
    clearErrorsOnInput(form);
    const showKind = () => {
      const kind = form.querySelector('[name="kind"]:checked').value;
      this.$$('[data-kind]').forEach((el) => { el.hidden = !el.dataset.kind.split(' ').includes(kind); });
    };
    showKind();
    let timer;
    form.addEventListener('input', () => {
      showKind();
      clearTimeout(timer);
      timer = setTimeout(() => this.preview(form), 300);
    });
    form.addEventListener('change', () => {
      showKind();
      this.preview(form);
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.save(form);
    });
    this.preview(form);
  }

  rule(form) {
    return {
      kind: form.querySelector('[name="kind"]:checked').value,
      everyN: form.everyN.value,
      everyUnit: form.everyUnit.value,
      time: form.time.value,
      weekdays: [...form.querySelectorAll('[name="weekday"]:checked')].map((c) => c.value),
      monthDay: form.monthDay.value,
      cron: form.cron.value,
    };
  }

  /** The schedule document of the form, or {errors} for a rule that is not complete yet. */
  document(form) {
    const { fields, error } = ruleFields(this.rule(form));
    if (error) {
      return { errors: { [error.field]: error.reason } };
    }
    const doc = {
      profileId: form.profileId.value || undefined,
      name: form.name.value.trim() || undefined,
      ...fields,
      timeZone: form.timeZone.value.trim() || undefined,
      startAt: form.startAt.value || undefined,
      endAt: form.endAt.value || undefined,
      maxRuns: form.maxRuns.value ? Number(form.maxRuns.value) : undefined,
      generator: form.generator.value || undefined,
      shards: form.shards.value ? Number(form.shards.value) : undefined,
    };
    const labels = {};
    for (const line of form.labels.value.split('\n').map((l) => l.trim()).filter(Boolean)) {
      const cut = line.indexOf('=');
      if (cut <= 0) {
        return { errors: { labels: `write key=value, not '${line}'` } };
      }
      labels[line.slice(0, cut).trim()] = line.slice(cut + 1).trim();
    }
    doc.labels = Object.keys(labels).length ? labels : undefined;
    if (this.existing) {
      doc.version = this.existing.version;
    }
    return { doc };
  }

  async preview(form) {
    const slot = this.$('[data-slot="preview"]');
    const { doc, errors } = this.document(form);
    if (errors) {
      slot.innerHTML = String(html`<p class="muted">${Object.values(errors)[0]}</p>`);
      return;
    }
    const here = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    try {
      const p = await api.postQuietly(`/api/schedules/preview${query({ count: 5 })}`, { ...doc, profileId: doc.profileId || undefined });
      slot.innerHTML = String(html`<p class="sentence" data-testid="sentence">${p.description}</p>
        ${p.cronEquivalent ? html`<p class="muted">cron: <span class="mono">${p.cronEquivalent}</span></p>` : html`<p class="muted">cron cannot express this rule exactly.</p>`}
        <h3>Next runs, in ${p.timeZone}</h3>
        <ol data-testid="next-fires">${p.nextFires.map((t) => html`<li>${zonedDateTime(t, p.timeZone)}${here === p.timeZone ? '' : html`
          <span class="muted">· ${zonedDateTime(t, here)} here</span>`}</li>`)}</ol>
        ${p.nextFires.length ? '' : html`<p class="muted">No fire time: the range ends before the rule fires.</p>`}`);
    } catch (e) {
      if (e.status === 401) {
        slot.innerHTML = String(html`<p class="muted">Add the API token (top right) to preview the next fire times.</p>`);
        return;
      }
      const fields = Object.entries(e.fields).filter(([f]) => f !== 'profileId');
      slot.innerHTML = String(html`<div class="alert bad">${fields.length ? fields.map(([f, r]) => `${f}: ${r}`).join('; ') : e.message}</div>`);
    }
  }

  async save(form) {
    const top = this.$('[data-slot="error"]');
    top.hidden = true;
    clearErrors(form);
    const { doc, errors } = this.document(form);
    if (errors) {
      showErrors(form, errors);
      return;
    }
    try {
      const saved = this.entityId ? await api.put(`/api/schedules/${encodeURIComponent(this.entityId)}`, doc) : await api.post('/api/schedules', doc);
      toast(`Scheduled: ${saved.description}`, 'ok');
      go(['schedules', saved.id]);
    } catch (e) {
      const rest = showErrors(form, e.fields);
      if (Object.keys(rest).length || !Object.keys(e.fields).length) {
        top.textContent = Object.keys(rest).length ? Object.entries(rest).map(([f, r]) => `${f}: ${r}`).join('; ') : e.message;
        top.hidden = false;
      }
    }
  }
}

customElements.define('mp-schedule-form', ScheduleForm);
