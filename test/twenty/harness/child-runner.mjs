// The child process that runs one built logic function the way Twenty's LOCAL driver does: a fresh Node process,
// the built .mjs imported, `handlerName` (e.g. "default.config.handler") called with (payload, context) (APPS.md §3.1).
// It answers the parent over IPC with the value or the thrown error's name and message.
import { pathToFileURL } from 'node:url';

const send = (message) => new Promise((resolve) => process.send(message, () => resolve()));

const serializeError = (error) =>
  error instanceof Error ? { name: error.name, message: error.message } : { name: 'NonError', message: String(error) };

process.once('message', async ({ modulePath, handlerName, payload, context }) => {
  let reply;
  try {
    const namespace = await import(pathToFileURL(modulePath).href);
    const handler = handlerName.split('.').reduce((value, key) => (value == null ? undefined : value[key]), namespace);
    if (typeof handler !== 'function') throw new Error(`${modulePath} has no function at ${handlerName}`);
    const value = await handler(payload, context);
    reply = { type: 'result', ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    reply = { type: 'result', ok: false, error: serializeError(error) };
  }
  reply.requests = globalThis.__harnessRequestCount ?? 0;
  reply.requestLog = globalThis.__harnessRequestLog ?? [];
  reply.maxRssKb = process.resourceUsage().maxRSS;
  await send(reply);
  process.exit(0);
});
