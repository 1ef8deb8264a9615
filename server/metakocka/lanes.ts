// Request lanes: searches for one company run one at a time, because Metakocka queues parallel searches per
// company and queued calls time out (API.md §4, §6 item 22); all other calls share a bounded pool.
export interface Lane {
  run<T>(task: () => Promise<T>): Promise<T>;
  readonly active: number;
}

export function createLane(limit: number): Lane {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`Lane concurrency must be a whole number of at least 1, got ${limit}.`);
  let active = 0;
  const waiting: Array<() => void> = [];
  const acquire = () =>
    active < limit
      ? (active++, Promise.resolve())
      : new Promise<void>((resolve) => waiting.push(() => (active++, resolve())));
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      await acquire();
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
  };
}

export interface Lanes {
  search: Lane;
  other: Lane;
}

// One search lane per company and host for the whole process, so two clients of one company cannot overlap either.
const searchLanes = new Map<string, Lane>();

export function createLanes(baseUrl: string, companyId: string, concurrency: number): Lanes {
  const key = `${baseUrl.replace(/\/+$/, '')}#${companyId}`;
  let search = searchLanes.get(key);
  if (!search) searchLanes.set(key, (search = createLane(1)));
  return { search, other: createLane(concurrency) };
}
