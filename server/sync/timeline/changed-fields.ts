// Which of a record's synced fields a write changes, for its timeline event, where the sync keeps no per-field hashes
// (products, documents): Twenty's answer and the mapped draft compared as values, numbers whatever their spelling.
const canonical = (value: unknown): unknown => {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '__typename')
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, canonical(inner)]),
    );
  return value;
};

export const changedFields = <F extends string>(
  fields: readonly F[],
  next: Partial<Record<F, unknown>>,
  before: Partial<Record<F, unknown>>,
): F[] =>
  fields.filter(
    (field) => field in next && JSON.stringify(canonical(next[field])) !== JSON.stringify(canonical(before[field])),
  );
