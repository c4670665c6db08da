import { test } from 'node:test';
import assert from 'node:assert/strict';
import { where } from '../../main/resources/META-INF/resources/ui/lib/paths.js';

test('an error on a part of a field says which line and which part', () => {
  assert.equal(where('endpoints[1].weight', 'endpoints'), 'line 2, weight: ');
  assert.equal(where('endpoints[0]', 'endpoints'), 'line 1: ');
  assert.equal(where('load.rate', 'load'), 'rate: ');
  assert.equal(where('name', 'name'), '');
  assert.equal(where('name', undefined), '');
});
