// Lists the differences between two JSON values as readable paths (objects.metakockaProduct.fields.code.type: …),
// so a stale plugin.manifest.json says what changed rather than only that something did.
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

const show = (value) => {
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

export const diffJson = (committed, current, path = '') => {
  if (isObject(committed) && isObject(current)) {
    const keys = [...new Set([...Object.keys(committed), ...Object.keys(current)])].sort();
    return keys.flatMap((key) => {
      const childPath = path === '' ? key : `${path}.${key}`;
      if (!(key in current)) return [`- ${childPath} (in plugin.manifest.json, no longer built)`];
      if (!(key in committed))
        return [`+ ${childPath} (built, missing from plugin.manifest.json): ${show(current[key])}`];
      return diffJson(committed[key], current[key], childPath);
    });
  }
  return JSON.stringify(committed) === JSON.stringify(current)
    ? []
    : [`~ ${path}: ${show(committed)} -> ${show(current)}`];
};
