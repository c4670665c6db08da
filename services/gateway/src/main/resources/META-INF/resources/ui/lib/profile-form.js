// A profile document to the form's text fields and back. Lists are written one item per line (headers as
// "Name: value", labels as "key=value", SLOs as "latency.p99 <= 250", steps as "100@10s"), so a person can type them.
// Fields the form does not show are kept from the document being edited. Pure functions.

const SLO = /^\s*([A-Za-z0-9_.]+)\s*(<=|>=|<|>|==)\s*(-?[0-9.]+)\s*$/;

function lines(text) {
  return (text || '').split('\n').map((l) => l.trim()).filter(Boolean);
}

function number(value) {
  if (value === undefined || value === null || String(value).trim() === '') {
    return undefined;
  }
  const n = Number(value);
  return Number.isFinite(n) ? n : NaN;
}

/** Form values from a document (all strings, as inputs hold them). */
export function formFromDocument(doc = {}) {
  const load = doc.load || { type: 'constant', rate: 100 };
  return {
    name: doc.name || '',
    description: doc.description || '',
    labels: Object.entries(doc.labels || {}).map(([k, v]) => `${k}=${v}`).join('\n'),
    loadGenerators: doc.loadGenerators || [],
    shards: doc.shards ?? '',
    protocol: doc.protocol || 'http1',
    endpoints: (doc.endpoints || []).map((e) => (e.weight ? `${e.url} ${e.weight}` : e.url)).join('\n'),
    method: doc.method || 'GET',
    headers: (doc.headers || []).map((h) => `${h.secret ? 'secret ' : ''}${h.name}: ${h.value}`).join('\n'),
    body: doc.body || '',
    contentType: doc.contentType || '',
    loadType: load.type || 'max',
    rate: load.rate ?? '',
    startRate: load.startRate ?? '',
    endRate: load.endRate ?? '',
    steps: (load.steps || []).map((s) => `${s.rate}@${s.duration}`).join(', '),
    arrival: load.arrival || 'uniform',
    concurrentRequests: doc.concurrentRequests ?? '',
    duration: doc.duration || '',
    warmup: doc.warmup || '',
    requestTimeout: doc.requestTimeout || '',
    insecure: Boolean(doc.insecure),
    sni: doc.sni || '',
    caCertificate: doc.caCertificate || '',
    slos: (doc.slos || []).map((s) => `${s.metric} ${s.op} ${s.threshold}`).join('\n'),
    baselineRunId: doc.baselineRunId || '',
    meshName: doc.serviceMesh?.name || '',
    meshVersion: doc.serviceMesh?.version || '',
  };
}

/**
 * The document to send: the edited `base` with the form's values. Returns {doc} or {errors: {path: reason}} for
 * what cannot even be read (a header without a colon); everything else is the API's to judge and name.
 */
export function documentFromForm(v, base = {}) {
  const errors = {};
  const doc = { ...base };
  for (const key of ['id', 'createdAt', 'updatedAt']) {
    delete doc[key];
  }
  doc.name = v.name.trim();
  doc.description = v.description.trim() || undefined;
  doc.labels = {};
  lines(v.labels).forEach((l, i) => {
    const cut = l.indexOf('=');
    if (cut <= 0) {
      errors.labels = `line ${i + 1}: write key=value`;
    } else {
      doc.labels[l.slice(0, cut).trim()] = l.slice(cut + 1).trim();
    }
  });
  doc.loadGenerators = v.loadGenerators.length ? v.loadGenerators : undefined;
  doc.shards = number(v.shards);
  doc.protocol = v.protocol;
  doc.endpoints = lines(v.endpoints).map((l, i) => {
    const [url, weight] = l.split(/\s+/);
    if (weight !== undefined && !/^\d+$/.test(weight)) {
      errors.endpoints = `line ${i + 1}: the weight after the URL is a whole number, not '${weight}'`;
    }
    return weight === undefined ? { url } : { url, weight: number(weight) };
  });
  doc.method = v.method.trim() || undefined;
  doc.headers = [];
  lines(v.headers).forEach((l, i) => {
    // "secret Name: value" marks a header to be stored sealed (a header name holds no space, so this is no name)
    const marked = /^secret\s+[^\s:]+\s*:/i.test(l);
    const line = marked ? l.replace(/^secret\s+/i, '') : l;
    const cut = line.indexOf(':');
    if (cut <= 0) {
      errors.headers = `line ${i + 1}: write Name: value`;
    } else {
      const header = { name: line.slice(0, cut).trim(), value: line.slice(cut + 1).trim() };
      doc.headers.push(marked ? { ...header, secret: true } : header);
    }
  });
  doc.body = v.body || undefined;
  doc.contentType = v.contentType.trim() || undefined;
  doc.load = loadModel(v, errors);
  doc.concurrentRequests = number(v.concurrentRequests);
  doc.duration = v.duration.trim() || undefined;
  doc.warmup = v.warmup.trim() || undefined;
  doc.requestTimeout = v.requestTimeout.trim() || undefined;
  doc.insecure = v.insecure || undefined;
  doc.sni = v.sni.trim() || undefined;
  doc.caCertificate = v.caCertificate.trim() || undefined;
  doc.slos = [];
  lines(v.slos).forEach((l, i) => {
    const m = SLO.exec(l);
    if (!m) {
      errors.slos = `line ${i + 1}: write metric op threshold, for example latency.p99 <= 250`;
    } else {
      doc.slos.push({ metric: m[1], op: m[2], threshold: Number(m[3]) });
    }
  });
  doc.baselineRunId = v.baselineRunId.trim() || undefined;
  doc.serviceMesh = v.meshName.trim() ? { name: v.meshName.trim(), version: v.meshVersion.trim() || undefined } : undefined;
  for (const k of ['labels', 'headers', 'slos']) {
    // an empty list the edited document did not have is not a change the person made
    if (isEmpty(doc[k]) && (base[k] === undefined || base[k] === null || isEmpty(base[k]))) {
      doc[k] = base[k] === undefined ? undefined : base[k];
    }
  }
  for (const [k, value] of Object.entries(doc)) {
    if (value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
      if (typeof value === 'number') {
        errors[k] = 'must be a number';
      }
      delete doc[k];
    }
  }
  return Object.keys(errors).length ? { errors } : { doc };
}

function isEmpty(value) {
  return Array.isArray(value) ? value.length === 0 : value && typeof value === 'object' && Object.keys(value).length === 0;
}

function loadModel(v, errors) {
  const type = v.loadType;
  const load = { type };
  if (type === 'constant') {
    load.rate = number(v.rate);
  } else if (type === 'ramp') {
    load.startRate = number(v.startRate);
    load.endRate = number(v.endRate);
  } else if (type === 'steps') {
    load.steps = [];
    (v.steps || '').split(/[,\n]/).map((s) => s.trim()).filter(Boolean).forEach((s) => {
      const [rate, duration] = s.split('@');
      if (!duration) {
        errors['load.steps'] = `'${s}': write rate@duration, for example 100@10s`;
      } else {
        load.steps.push({ rate: number(rate), duration: duration.trim() });
      }
    });
  }
  if (type !== 'max' && v.arrival && v.arrival !== 'uniform') {
    load.arrival = v.arrival;
  }
  for (const k of ['rate', 'startRate', 'endRate']) {
    if (Number.isNaN(load[k])) {
      errors[`load.${k}`] = 'must be a number';
    }
    if (load[k] === undefined) {
      delete load[k];
    }
  }
  return load;
}

/**
 * A stable text of a document for a diff of two versions: sorted keys, without identity and timestamps, and without
 * what is not set (nulls, empty lists), so a diff shows only what a person changed.
 */
export function documentText(doc) {
  const skip = new Set(['id', 'version', 'createdAt', 'updatedAt']);
  const sort = (value) => {
    if (Array.isArray(value)) {
      return value.map(sort);
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.keys(value).sort()
        .filter((k) => value[k] !== null && value[k] !== undefined && !isEmpty(value[k]))
        .map((k) => [k, sort(value[k])]));
    }
    return value;
  };
  const clean = Object.fromEntries(Object.entries(doc || {}).filter(([k]) => !skip.has(k)));
  return JSON.stringify(sort(clean), null, 2);
}
