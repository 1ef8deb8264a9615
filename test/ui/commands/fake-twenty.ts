// A RestApiClient (the SDK's own, so URL building, headers and error parsing are the real ones) whose fetch answers
// from a script and records every request, plus a host that records snackbars and answers confirmations.
import { RestApiClient } from 'twenty-client-sdk/rest';

import type { CommandOutcome, CommandHost } from 'ui/commands/outcome';

export const TWENTY_URL = 'http://twenty.test';
export const USER_TOKEN = 'user-token-for-tests';

export interface SeenRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | null;
}

type Reply = { status: number; body?: unknown; text?: string } | Error;

export function fakeTwenty(answer: (request: SeenRequest, index: number) => Reply) {
  const requests: SeenRequest[] = [];
  const fetch = (async (input: string, init: RequestInit) => {
    const url = new URL(input);
    const request: SeenRequest = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      authorization: new Headers(init.headers).get('authorization'),
    };
    requests.push(request);
    const reply = answer(request, requests.length - 1);
    if (reply instanceof Error) throw reply;
    const text = reply.text ?? (reply.body === undefined ? '' : JSON.stringify(reply.body));
    return new Response(text, {
      status: reply.status,
      headers: { 'content-type': reply.text ? 'text/html' : 'application/json' },
    });
  }) as unknown as typeof globalThis.fetch;
  return { client: new RestApiClient({ baseUrl: TWENTY_URL, token: USER_TOKEN, fetch }), requests };
}

export function recordingHost(confirmation: 'confirm' | 'cancel' = 'confirm') {
  const snackbars: CommandOutcome[] = [];
  const confirmations: Array<Parameters<CommandHost['openCommandConfirmationModal']>[0]> = [];
  const host: CommandHost = {
    enqueueSnackbar: async (params) => void snackbars.push(params),
    openCommandConfirmationModal: async (params) => (confirmations.push(params), confirmation),
  };
  return { host, snackbars, confirmations };
}

/** The route's own refusal body (server/host/route.ts failureReply / a thrown SyncError). */
export const refusal = (status: number, error: string, action: string, code?: string): Reply => ({
  status,
  body: { error, action, ...(code ? { code } : {}) },
});
