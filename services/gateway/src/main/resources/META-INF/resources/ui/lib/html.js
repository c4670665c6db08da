// A tagged template that escapes what it interpolates, so data from the API never becomes markup. Nested templates
// and arrays of them are kept as they are; `raw` marks a string as already safe.

class Safe {
  constructor(text) {
    this.text = text;
  }

  toString() {
    return this.text;
  }
}

export function escape(value) {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function part(value) {
  if (value === null || value === undefined || value === false) {
    return '';
  }
  if (value instanceof Safe) {
    return value.text;
  }
  if (Array.isArray(value)) {
    return value.map(part).join('');
  }
  return escape(value);
}

export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) {
    out += part(values[i]) + strings[i + 1];
  }
  return new Safe(out);
}

export function raw(text) {
  return new Safe(text);
}
