/** What a method handler receives and returns; the core adds the envelope (opr_code, opr_time_ms, API.md §1.3). */
import type { SandboxStore } from '../store/store';
import type { Body } from '../values/body';

export interface MethodContext {
  store: SandboxStore;
  body: Body;
}

export type MethodResult =
  | {
      json: Record<string, unknown>;
      /** partner methods may answer without opr_code (API.md §1.3) */ bareSuccess?: boolean;
    }
  | { file: { contentType: string; data: Uint8Array } };

export type MethodHandler = (ctx: MethodContext) => MethodResult | Promise<MethodResult>;
