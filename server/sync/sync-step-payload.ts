// The payload of a run-sync-step job, validated: a job with a bad payload fails at once with a clear message.
import { z } from 'zod';
import { STREAMS } from 'server/settings/schema';

const payloadSchema = z.object({
  stream: z.enum(STREAMS),
  runId: z.string().min(1).max(200),
  step: z.number().int().min(0),
  /** Set for an impact preview's dry run: its run state is the preview's (checkpoints.ts runStateKey). */
  previewId: z.string().min(1).max(100).optional(),
});

export type SyncStepPayload = z.infer<typeof payloadSchema>;

export function parseSyncStepPayload(payload: unknown): SyncStepPayload {
  const result = payloadSchema.safeParse(payload);
  if (!result.success)
    throw new Error(
      `run-sync-step got a bad payload (${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}); it expects { stream, runId, step }.`,
    );
  return result.data;
}
