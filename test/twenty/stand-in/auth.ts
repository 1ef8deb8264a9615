/**
 * Bearer tokens the stand-in accepts: one workspace API key, one application token (the app's own role,
 * TWENTY_APP_APPLICATION_ACCESS_TOKEN), and user tokens minted by the harness (a workspace member with
 * permission flags, APPS.md §5). Anything else is "Token invalid." (g7b, g7c).
 */
import { randomBytes, randomUUID } from 'node:crypto';

/** Who a write is made as: the token's source, member and name, and the context Twenty records with it. */
export interface Actor {
  source: string;
  workspaceMemberId: string | null;
  name: string;
  context: Record<string, unknown>;
}

export type AuthKind = 'apiKey' | 'app' | 'user';

export interface AuthContext {
  kind: AuthKind;
  token: string;
  /** Permission flag keys (SystemPermissionFlag names or app flag keys such as MANAGE_METAKOCKA). */
  flags: string[];
  workspaceMemberId: string | null;
  userId: string | null;
  userWorkspaceId: string | null;
  actor: Actor;
}

export function mintToken(prefix: string): string {
  return `${prefix}.${randomBytes(24).toString('base64url')}`;
}

export class TokenRegistry {
  private readonly tokens = new Map<string, AuthContext>();

  register(ctx: AuthContext): string {
    this.tokens.set(ctx.token, ctx);
    return ctx.token;
  }

  apiKey(token: string): AuthContext {
    // a1: API-key writes are attributed to {source: API, name: <API key name>}
    return {
      kind: 'apiKey',
      token,
      flags: ['*'],
      workspaceMemberId: null,
      userId: null,
      userWorkspaceId: null,
      actor: { source: 'API', workspaceMemberId: null, name: 'My api key', context: {} },
    };
  }

  app(token: string, appName: string, flags: string[]): AuthContext {
    // b1 notes: application writes show {source: APPLICATION, name: <application>}
    return {
      kind: 'app',
      token,
      flags,
      workspaceMemberId: null,
      userId: null,
      userWorkspaceId: null,
      actor: { source: 'APPLICATION', workspaceMemberId: null, name: appName, context: {} },
    };
  }

  user(token: string, workspaceMemberId: string, flags: string[], name: string): AuthContext {
    return {
      kind: 'user',
      token,
      flags,
      workspaceMemberId,
      userId: randomUUID(),
      userWorkspaceId: randomUUID(),
      actor: { source: 'MANUAL', workspaceMemberId, name, context: {} },
    };
  }

  /** undefined: no Authorization header (anonymous schema, g7a); null: a token that is not valid (g7b). */
  resolve(header: string | undefined): AuthContext | null | undefined {
    if (header === undefined || header === '') return undefined;
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (!match) return null;
    return this.tokens.get(match[1]!) ?? null;
  }

  hasFlag(ctx: AuthContext, flag: string): boolean {
    return ctx.flags.includes('*') || ctx.flags.includes(flag);
  }
}
