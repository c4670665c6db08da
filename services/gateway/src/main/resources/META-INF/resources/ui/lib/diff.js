// Line diff of two texts (two versions of a profile): the longest common subsequence of lines. Pure.

/** [{op: 'same'|'del'|'add', line}] turning `a` into `b`. */
export function diffLines(a, b) {
  const x = (a || '').split('\n');
  const y = (b || '').split('\n');
  const n = x.length;
  const m = y.length;
  const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = x[i] === y[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      out.push({ op: 'same', line: x[i] });
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      out.push({ op: 'del', line: x[i++] });
    } else {
      out.push({ op: 'add', line: y[j++] });
    }
  }
  while (i < n) {
    out.push({ op: 'del', line: x[i++] });
  }
  while (j < m) {
    out.push({ op: 'add', line: y[j++] });
  }
  return out;
}

/** How many lines were added and removed. */
export function diffStats(ops) {
  return {
    added: ops.filter((o) => o.op === 'add').length,
    removed: ops.filter((o) => o.op === 'del').length,
  };
}
