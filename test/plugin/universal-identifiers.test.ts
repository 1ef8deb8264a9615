// Every universal identifier in plugin/constants/universal-identifiers.ts is a v4 UUID, none is reused, and each one
// is the identity of exactly one entity in the built manifest (STYLE.md §2.2). A leftover constant, a copy-pasted id or
// an entity that forgot its constant all fail here.
import * as identifiers from 'plugin/constants/universal-identifiers';
import { loadBuiltManifest, type BuiltManifest } from 'test/plugin/built-manifest';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// The application names its lifecycle functions and settings page by `{ universalIdentifier }`: references, not entities.
const REFERENCE_KEYS = new Set([
  'postInstallLogicFunction',
  'preInstallLogicFunction',
  'uninstallLogicFunction',
  'healthCheckLogicFunction',
  'settingsFrontComponent',
]);

// Counts how often each value appears as the `universalIdentifier` of an entity (not as a reference to one).
const identityCounts = (value: unknown, counts = new Map<string, number>()): Map<string, number> => {
  if (Array.isArray(value)) value.forEach((item) => identityCounts(item, counts));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'universalIdentifier' && typeof child === 'string') counts.set(child, (counts.get(child) ?? 0) + 1);
      else if (!REFERENCE_KEYS.has(key)) identityCounts(child, counts);
    }
  }
  return counts;
};

let manifest: BuiltManifest;

beforeAll(async () => {
  manifest = await loadBuiltManifest();
}, 600_000);

const entries = Object.entries(identifiers) as Array<[string, string]>;

describe('universal identifiers', () => {
  it('are named <THING>_<KIND>_UNIVERSAL_IDENTIFIER', () => {
    expect(entries.filter(([name]) => !/^[A-Z0-9_]+_UNIVERSAL_IDENTIFIER$/.test(name)).map(([name]) => name)).toEqual(
      [],
    );
  });

  it('are all v4 UUIDs', () => {
    expect(entries.filter(([, value]) => !V4.test(value))).toEqual([]);
  });

  it('are never reused', () => {
    const seen = new Map<string, string>();
    const reused = entries.filter(([name, value]) => {
      const first = seen.get(value);
      seen.set(value, first ?? name);
      return first !== undefined;
    });
    expect(reused).toEqual([]);
  });

  it('each identify exactly one entity of the built app', () => {
    const counts = identityCounts(manifest);
    const wrong = entries
      .map(([name, value]) => ({ name, entities: counts.get(value) ?? 0 }))
      .filter(({ entities }) => entities !== 1);
    expect(wrong).toEqual([]);
  });

  it('identify no two entities of the built app alike, derived identifiers included', () => {
    const duplicated = [...identityCounts(manifest)].filter(([, count]) => count > 1);
    expect(duplicated).toEqual([]);
  });
});
