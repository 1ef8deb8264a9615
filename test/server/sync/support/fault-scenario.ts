// Transient faults on both sides, sales documents included: every outside call of the sync may fail before it takes
// effect or take effect and lose its answer (issue #5/#6 "Done when"). A converged run equals a run without faults.
import { CrmUnavailableError } from 'server/crm';
import { playScenario, seedScenario, wrapCalls, type ScenarioSize, type World } from './crash-scenario';

/** A tiny seeded PRNG (mulberry32), so a failing fault run can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Transient faults at `rate`: half fail before the call, half apply it and lose the answer. Twenty fails with its
 * transient errors; Metakocka fails on the wire (503, or a dropped connection after the sandbox applied the call), so
 * the app's client classifies each fault as it would in production (a lost put_document answer is MK_WRITE_UNCERTAIN).
 */
function armFaults(world: World, rate: number, random: () => number) {
  wrapCalls(
    world.rt,
    async (call, side) => {
      if (side === 'host') return call();
      const fault = () => new CrmUnavailableError('injected fault');
      const roll = random();
      if (roll < rate / 2) throw fault();
      const result = await call();
      if (roll < rate) throw fault(); // lost write answer: the call took effect
      return result;
    },
    (target) => target !== world.rt.mk && target !== world.rt.mk.documents,
  );
  world.rt.mk.setFaults(rate, random);
}

/** `prepare` changes the seeded world before the sync starts (e.g. a document that must fail for good). */
export async function runFaultScenario(
  size: ScenarioSize,
  rate: number,
  seed: number,
  prepare?: (world: World) => void,
): Promise<World> {
  const world = await seedScenario(size);
  prepare?.(world);
  armFaults(world, rate, prng(seed));
  await playScenario(world, { revive: () => undefined }, { firstPassDone: () => undefined }, size.twentyDocuments);
  return world;
}
