// Form fields with a label, help and an error slot that a problem's field path fills in. Pure markup helpers plus
// showing and clearing errors on a form.
import { html } from 'meshperf/lib/html.js';
import { where } from 'meshperf/lib/paths.js';

let counter = 0;

/** A labelled input; `name` is the API's field path (endpoints[0].url), so a problem's error lands beside it. */
export function field({ name, label, value = '', type = 'text', help = '', placeholder = '', required = false, attrs = '' }) {
  const id = `f${++counter}`;
  return html`<div class="field" data-field="${name}">
    <label for="${id}">${label}</label>
    <input id="${id}" name="${name}" type="${type}" value="${value ?? ''}" placeholder="${placeholder}"
      ${required ? html`required` : ''} aria-describedby="${id}-e${help ? ` ${id}-h` : ''}" ${attrs}>
    ${help ? html`<div class="help" id="${id}-h">${help}</div>` : ''}
    <div class="error" id="${id}-e" hidden></div>
  </div>`;
}

export function selectField({ name, label, value, options, help = '' }) {
  const id = `f${++counter}`;
  return html`<div class="field" data-field="${name}">
    <label for="${id}">${label}</label>
    <select id="${id}" name="${name}" aria-describedby="${id}-e${help ? ` ${id}-h` : ''}">
      ${options.map((o) => html`<option value="${o.value}" ${String(o.value) === String(value ?? '') ? html`selected` : ''}>${o.label}</option>`)}
    </select>
    ${help ? html`<div class="help" id="${id}-h">${help}</div>` : ''}
    <div class="error" id="${id}-e" hidden></div>
  </div>`;
}

export function textArea({ name, label, value = '', help = '', rows = 4, placeholder = '' }) {
  const id = `f${++counter}`;
  return html`<div class="field" data-field="${name}">
    <label for="${id}">${label}</label>
    <textarea id="${id}" name="${name}" rows="${rows}" placeholder="${placeholder}" aria-describedby="${id}-e${help ? ` ${id}-h` : ''}">${value ?? ''}</textarea>
    ${help ? html`<div class="help" id="${id}-h">${help}</div>` : ''}
    <div class="error" id="${id}-e" hidden></div>
  </div>`;
}

/**
 * Shows each field error beside its field ({path: reason}); an error whose field has no input here is returned so
 * the caller can show it at the top. The first field at fault gets the focus.
 */
export function showErrors(form, errors) {
  clearErrors(form);
  const unplaced = {};
  let first = null;
  for (const [path, reason] of Object.entries(errors || {})) {
    const box = closestField(form, path);
    if (!box) {
      unplaced[path] = reason;
      continue;
    }
    box.classList.add('invalid');
    const slot = box.querySelector('.error');
    const said = where(path, box.dataset.field) + reason;
    slot.textContent = slot.hidden ? said : `${slot.textContent}; ${said}`;
    slot.hidden = false;
    box.querySelector('input, select, textarea')?.setAttribute('aria-invalid', 'true');
    first = first || box;
  }
  first?.querySelector('input, select, textarea')?.focus();
  return unplaced;
}

/** Clears a field's error as soon as the person changes it. */
export function clearErrorsOnInput(form) {
  const clear = (e) => {
    const box = e.target.closest('.field.invalid');
    if (box) {
      box.classList.remove('invalid');
      const slot = box.querySelector('.error');
      slot.hidden = true;
      slot.textContent = '';
      box.querySelector('[aria-invalid]')?.removeAttribute('aria-invalid');
    }
  };
  form.addEventListener('input', clear);
  form.addEventListener('change', clear);
}

/** The field box for a path, or for its nearest parent path (load.rate -> load). */
function closestField(form, path) {
  let p = path;
  while (p) {
    const box = form.querySelector(`[data-field="${CSS.escape(p)}"]`);
    if (box) {
      return box;
    }
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return null;
}

export function clearErrors(form) {
  form.querySelectorAll('.field.invalid').forEach((b) => b.classList.remove('invalid'));
  form.querySelectorAll('.field .error').forEach((e) => {
    e.hidden = true;
    e.textContent = '';
  });
  form.querySelectorAll('[aria-invalid]').forEach((e) => e.removeAttribute('aria-invalid'));
}
