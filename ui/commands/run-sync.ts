// "Run Metakocka sync" (issue #5 item 7): starts a run of every enabled stream now, like the workflow action.
// The route (server/sync/run-now.ts) answers { runs: [{ stream, runId, status: started | already-running }] }.
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { RunSyncAnswer } from 'server/routes/contracts';
import { callCommandRoute, type CommandClient } from 'ui/commands/command-client';
import type { CommandText } from 'ui/commands/messages';
import { failureOutcome, show, type CommandHost, type CommandOutcome } from 'ui/commands/outcome';

export function runSyncOutcome(t: CommandText, answer: RunSyncAnswer): CommandOutcome {
  const runs = Array.isArray(answer?.runs) ? answer.runs : [];
  if (runs.length === 0)
    return { variant: 'warning', message: t('sync.nothing'), detailedMessage: t('sync.nothing.action') };
  const started = runs.filter((r) => r.status === 'started').map((r) => r.stream);
  const running = runs.filter((r) => r.status !== 'started').map((r) => r.stream);
  const parts = [
    started.length ? t('sync.started', { streams: started.join(', ') }) : '',
    running.length ? t('sync.alreadyRunning', { streams: running.join(', ') }) : '',
  ];
  return { variant: started.length ? 'success' : 'info', message: parts.filter(Boolean).join(' ') };
}

/** The body is `{}`: every stream switched on in the sync settings, dry run as the settings say. */
export async function runSyncCommand(
  client: CommandClient,
  host: CommandHost,
  t: CommandText,
): Promise<CommandOutcome> {
  const out = await callCommandRoute<RunSyncAnswer>(client, SYNC_ROUTES.runSync, {});
  return show(host, out.ok ? runSyncOutcome(t, out.data) : failureOutcome(t, out));
}
