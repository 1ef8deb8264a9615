// The base of every error the sync raises (STYLE.md §2.8): a stable code, whether retrying unchanged can succeed,
// and an action a person can take. Messages carry ids and codes, never a secret key, token or request body.
// An error rendered from the catalogue keeps its parameters, so it can be told again in the reader's language
// (describe); `message` and `action` are the English texts logs and older callers read.
import {
  isErrorCode,
  renderAction,
  renderError,
  type ErrorCode,
  type ErrorLanguage,
  type ErrorParams,
} from 'server/error-catalogue';

/** A message to render from the catalogue: the code's entry and the parameters (ids, calls, term keys; never a
 *  secret). The error keeps the parameters, so it can be worded again in another language. */
export interface CataloguedMessage {
  code: ErrorCode;
  params: ErrorParams;
}

export const catalogued = (code: ErrorCode, params: ErrorParams = {}): CataloguedMessage => ({ code, params });

/** The message of a code whose message is one of its problems (`problem.<key>` terms) and whose next step is that
 *  problem's own (`nextSteps[key]`): what an error raising it passes to SyncError. */
export const problemOf = (code: ErrorCode, problem: string, params: ErrorParams = {}): CataloguedMessage =>
  catalogued(code, { ...params, problem, next: problem });

/** What a schema said about a request: `detail` in the schema's own (English) words, for the English message, and
 *  `fields`, the wrong fields' paths only, which every language can name as they are. */
export function requestProblems(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): {
  detail: string;
  fields: string;
} {
  const pathOf = (issue: { path: PropertyKey[] }) => issue.path.map(String).join('.') || '(body)';
  return {
    detail: issues.map((issue) => `${pathOf(issue)}: ${issue.message}`).join('; '),
    fields: [...new Set(issues.map(pathOf))].join(', '),
  };
}

export abstract class SyncError extends Error {
  /** Stable key for issues, alerts and docs/troubleshooting.md. */
  abstract readonly code: string;
  /** True only if trying again unchanged can succeed. */
  abstract readonly retryable: boolean;
  /** The parameters of the catalogue message, or null when the English message is the only wording there is. */
  readonly params: ErrorParams | null;

  /** What to do, in English; a catalogued message's is its code's next step unless the raiser knows a better one. */
  readonly action: string;

  constructor(message: string, action: string, options?: ErrorOptions);
  constructor(message: CataloguedMessage, action?: string, options?: ErrorOptions);
  constructor(message: string | CataloguedMessage, action?: string, options?: ErrorOptions) {
    super(typeof message === 'string' ? message : renderError(message.code, message.params), options);
    this.name = new.target.name;
    this.params = typeof message === 'string' ? null : message.params;
    this.action = action ?? (typeof message === 'string' ? '' : renderAction(message.code, message.params));
  }

  /** The message and next step in `lang`: English as raised; another language rendered from the code's catalogue
   *  entry with the error's parameters (without them, the entry's own sentence, which needs none). */
  describe(lang: ErrorLanguage): { message: string; action: string } {
    if (lang === 'en' || !isErrorCode(this.code)) return { message: this.message, action: this.action };
    const params = this.paramsIn(lang);
    return { message: renderError(this.code, params, lang), action: renderAction(this.code, params, lang) };
  }

  /** The parameters worded for `lang`: those raised, unless a parameter is itself text the error can word again. */
  protected paramsIn(_lang: ErrorLanguage): ErrorParams {
    return this.params ?? {};
  }

  /** What logs and API answers may show: the same fields a person reads, nothing from the request. */
  toJSON(): { name: string; code: string; retryable: boolean; message: string; action: string } {
    return { name: this.name, code: this.code, retryable: this.retryable, message: this.message, action: this.action };
  }
}

export const isSyncError = (error: unknown): error is SyncError => error instanceof SyncError;
