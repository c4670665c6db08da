import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffLines, diffStats } from '../../main/resources/META-INF/resources/ui/lib/diff.js';

test('a changed line is one removal and one addition, the rest kept', () => {
  const ops = diffLines('name: a\nrate: 100\nduration: 30s', 'name: a\nrate: 200\nduration: 30s\nwarmup: 5s');
  assert.deepEqual(ops, [
    { op: 'same', line: 'name: a' },
    { op: 'del', line: 'rate: 100' },
    { op: 'add', line: 'rate: 200' },
    { op: 'same', line: 'duration: 30s' },
    { op: 'add', line: 'warmup: 5s' },
  ]);
  assert.deepEqual(diffStats(ops), { added: 2, removed: 1 });
});

test('equal texts have no change', () => {
  assert.deepEqual(diffStats(diffLines('a\nb', 'a\nb')), { added: 0, removed: 0 });
});
