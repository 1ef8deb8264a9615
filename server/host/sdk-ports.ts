// The only bridge from the host ports to twenty-sdk's runtime helpers (kv, enqueueJobs, getJobs; APPS.md §2.2, §3.4).
// Loaded on first use, so modules that import the host (and their jest tests) do not load twenty-sdk, whose ESM-only
// uuid dependency jest cannot require. esbuild inlines the dynamic import into each built function.
import type { HostPorts } from 'server/host/runtime';

type LogicFunctionSdk = typeof import('twenty-sdk/logic-function');

let sdk: Promise<LogicFunctionSdk> | null = null;
const loadSdk = (): Promise<LogicFunctionSdk> => (sdk ??= import('twenty-sdk/logic-function'));

export const sdkPorts: HostPorts = {
  kv: {
    get: async <T>(key: string) => (await loadSdk()).kv.get<T>(key),
    set: async (key, value) => (await loadSdk()).kv.set(key, value),
    delete: async (key) => (await loadSdk()).kv.delete(key),
  },
  jobs: {
    enqueueJobs: async (input) => (await loadSdk()).enqueueJobs(input),
    getJobs: async (jobIds) => (await loadSdk()).getJobs(jobIds),
  },
};
