// Field paths of the API's problems (endpoints[1].weight, load.rate) as people read them. Pure functions.

/**
 * Where in a field an error is, when the problem names a part of it: endpoints[1].weight in the "endpoints" box reads
 * "line 2, weight: ". Nothing when the path is the box's own.
 */
export function where(path, boxField) {
  if (!boxField || path === boxField || !path.startsWith(boxField)) {
    return '';
  }
  const rest = path.slice(boxField.length);
  const m = /^\[(\d+)\]\.?(.*)$/.exec(rest);
  if (m) {
    return `line ${Number(m[1]) + 1}${m[2] ? `, ${m[2]}` : ''}: `;
  }
  return `${rest.replace(/^\./, '')}: `;
}
