// An HTTP answer with a status, in the shape Twenty reads from a route function: twenty-sdk's Response is a plain
// object marked `__twentyHttpResponse: true` with body, status and headers (twenty-sdk logic-function index.mjs,
// LogicFunctionHttpResponse in its d.ts). Defined here so server code and its tests need not load twenty-sdk.
export class HttpResponse {
  readonly __twentyHttpResponse = true as const;

  constructor(
    readonly body: unknown,
    private readonly init: { status?: number; headers?: Record<string, string> } = {},
  ) {}

  get status(): number | undefined {
    return this.init.status;
  }

  get headers(): Record<string, string> | undefined {
    return this.init.headers;
  }

  toJSON(): { __twentyHttpResponse: true; body: unknown; status?: number; headers?: Record<string, string> } {
    return {
      __twentyHttpResponse: true,
      body: this.body,
      ...(this.init.status === undefined ? {} : { status: this.init.status }),
      ...(this.init.headers ? { headers: this.init.headers } : {}),
    };
  }
}
