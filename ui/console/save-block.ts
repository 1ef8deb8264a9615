// Why saving is not offered yet: saving applies exactly a finished, current preview of the draft as it is now.
import type { PreviewAnswer } from 'server/routes/contracts';
import type { SettingsValue } from 'ui/console/settings-paths';

export type SaveBlock = 'noChange' | 'noPreview' | 'running' | 'failed' | 'edited' | 'stale' | null;

export function saveBlock(
  draft: { change: SettingsValue; changed: string[] },
  preview: PreviewAnswer | null,
  previewed: string | null,
): SaveBlock {
  if (draft.changed.length === 0) return 'noChange';
  if (preview === null) return 'noPreview';
  if (preview.status === 'running') return 'running';
  if (preview.status !== 'done') return 'failed';
  if (JSON.stringify(draft.change) !== previewed) return 'edited';
  return preview.stale ? 'stale' : null;
}
