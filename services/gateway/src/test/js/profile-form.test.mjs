import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formFromDocument, documentFromForm, documentText } from '../../main/resources/META-INF/resources/ui/lib/profile-form.js';

const doc = {
  id: 'p1', version: 3, name: 'checkout', description: 'cart', labels: { team: 'payments' }, loadGenerators: ['native'],
  shards: 2, protocol: 'http1', endpoints: [{ url: 'http://a/x' }, { url: 'http://b/y', weight: 3 }], method: 'POST',
  headers: [{ name: 'content-type', value: 'application/json' }], body: '{"sku": 42}',
  load: { type: 'steps', steps: [{ rate: 100, duration: '10s' }, { rate: 500, duration: '20s' }] },
  concurrentRequests: 32, duration: '1m', warmup: '10s', slos: [{ metric: 'latency.p99', op: '<=', threshold: 250 }],
  serviceMesh: { name: 'istio', version: '1.24' }, grpc: { method: 'kept/As-is' }, createdAt: '2026-01-01T00:00:00Z',
};

test('a document survives the form unchanged, fields the form does not show included', () => {
  const { doc: back } = documentFromForm(formFromDocument(doc), doc);
  const expected = { ...doc };
  delete expected.id;
  delete expected.createdAt;
  assert.deepEqual(back, expected);
});

test('lines people type become lists', () => {
  const v = formFromDocument({});
  Object.assign(v, { name: ' api ', endpoints: 'http://h/a\n\n http://h/b 2 ', headers: 'X-A: 1\nAuthorization: Bearer t: x',
    slos: 'latency.p99 <= 250\nerrorRate<1', loadType: 'constant', rate: '500', concurrentRequests: '8', labels: 'env = prod' });
  const { doc: d } = documentFromForm(v);
  assert.equal(d.name, 'api');
  assert.deepEqual(d.endpoints, [{ url: 'http://h/a' }, { url: 'http://h/b', weight: 2 }]);
  assert.deepEqual(d.headers, [{ name: 'X-A', value: '1' }, { name: 'Authorization', value: 'Bearer t: x' }]);
  assert.deepEqual(d.slos, [{ metric: 'latency.p99', op: '<=', threshold: 250 }, { metric: 'errorRate', op: '<', threshold: 1 }]);
  assert.deepEqual(d.load, { type: 'constant', rate: 500 });
  assert.deepEqual(d.labels, { env: 'prod' });
  assert.equal(d.concurrentRequests, 8);
  assert.equal(d.duration, undefined);
});

test('what cannot be read is named by field, the API judges the rest', () => {
  const v = formFromDocument({});
  Object.assign(v, { name: 'x', headers: 'no colon here', slos: 'p99 is fine', loadType: 'steps', steps: '100', concurrentRequests: 'lots' });
  const { errors } = documentFromForm(v);
  assert.match(errors.headers, /line 1/);
  assert.match(errors.slos, /latency.p99 <= 250/);
  assert.match(errors['load.steps'], /rate@duration/);
  assert.equal(errors.concurrentRequests, 'must be a number');
});

test('the text of a version leaves out identity and sorts keys, so a diff shows only real changes', () => {
  const a = documentText({ ...doc, version: 1, updatedAt: 'x' });
  const b = documentText({ version: 2, ...doc });
  assert.equal(a, b);
  assert.ok(!a.includes('createdAt'));
});

test('a weight that is not a whole number is named, not sent as null', () => {
  const v = formFromDocument({});
  Object.assign(v, { name: 'x', endpoints: 'http://h/a\nhttp://h/b abc' });
  assert.match(documentFromForm(v).errors.endpoints, /line 2: .*'abc'/);
});

test('saving a profile without headers, labels or SLOs adds none of them', () => {
  const base = { name: 'x', endpoints: [{ url: 'http://h/' }], load: { type: 'max' } };
  const { doc } = documentFromForm(formFromDocument(base), base);
  assert.equal('headers' in doc, false);
  assert.equal('labels' in doc, false);
  assert.equal('slos' in doc, false);
});

test('nulls and empty lists are left out of a version text', () => {
  assert.equal(documentText({ name: 'a', endpoints: [{ url: 'u', weight: null }], headers: [], labels: {} }),
    documentText({ name: 'a', endpoints: [{ url: 'u' }] }));
});

test('headers marked secret keep their mark both ways, and a sealed value stays a placeholder', () => {
  const v = formFromDocument({ headers: [{ name: 'X-Key', value: '<secret>', secret: true }, { name: 'Accept', value: '*/*' }] });
  assert.equal(v.headers, 'secret X-Key: <secret>\nAccept: */*');
  Object.assign(v, { name: 'x', endpoints: 'http://h/', headers: `${v.headers}\nsecret X-Other: s3cret\nsecret: plain` });
  const { doc, errors } = documentFromForm(v, {});
  assert.equal(errors, undefined);
  assert.deepEqual(doc.headers, [
    { name: 'X-Key', value: '<secret>', secret: true },
    { name: 'Accept', value: '*/*' },
    { name: 'X-Other', value: 's3cret', secret: true },
    { name: 'secret', value: 'plain' },
  ]);
});
