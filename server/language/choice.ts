// Which language the app speaks to whom (issue 15 item 1, D53). The workspace default is the application variable
// METAKOCKA_UI_LANGUAGE (a manager sets it through the app, an admin in Twenty's variable editor); each member may
// choose their own, kept in the app's kv under their workspace member id, because Twenty 2.43 has neither
// per-user application variables nor a Slovenian user locale. Texts rendered for someone (route answers, tasks,
// digests, reports) follow languageForMember(recipient).
import { APP_VARIABLES } from 'plugin/constants/names';
import { isLanguage, type Language } from 'plugin/constants/plural';
import { audit } from 'server/credentials/audit';
import type { CredentialPorts } from 'server/credentials/ports';
import { catalogued, SyncError } from 'server/errors';

export type { Language };

/** Where the app speaks when nobody chose: English, the language of Twenty's own interface by default. */
export const FALLBACK_LANGUAGE: Language = 'en';

const memberKey = (workspaceMemberId: string): string => `language:member:${workspaceMemberId}`;

/** What reading a language needs: the kv (member choices) and the variables (workspace default). */
export interface LanguagePorts {
  kv: Pick<CredentialPorts['kv'], 'get'>;
  variables: Pick<CredentialPorts['variables'], 'get'>;
}

export class LanguageInvalidError extends SyncError {
  readonly code = 'LANGUAGE_INVALID';
  readonly retryable = false;
  constructor(given: unknown) {
    super(
      catalogued('LANGUAGE_INVALID', { given: JSON.stringify(given ?? null).slice(0, 40) }),
      'Choose en (English) or sl (Slovenian).',
    );
  }
}

/** The workspace default, or null when the variable holds nothing the app speaks. */
export function workspaceLanguage(variables: LanguagePorts['variables']): Language | null {
  const value = variables.get(APP_VARIABLES.uiLanguage)?.trim().toLowerCase();
  return isLanguage(value) ? value : null;
}

/** The member's own choice, or null when they follow the workspace. */
export async function memberLanguageChoice(
  kv: LanguagePorts['kv'],
  workspaceMemberId: string,
): Promise<Language | null> {
  const stored = await kv.get<unknown>(memberKey(workspaceMemberId));
  return isLanguage(stored) ? stored : null;
}

/** The language to render texts in for a member: their choice, else the workspace default, else English. */
export async function languageForMember(ports: LanguagePorts, workspaceMemberId: string | null): Promise<Language> {
  const mine = workspaceMemberId ? await memberLanguageChoice(ports.kv, workspaceMemberId) : null;
  return mine ?? workspaceLanguage(ports.variables) ?? FALLBACK_LANGUAGE;
}

export interface LanguageFacts {
  /** What the app speaks to this member now. */
  language: Language;
  /** Their own choice; null: they follow the workspace. */
  mine: Language | null;
  /** The workspace default; null: unset (English). */
  workspace: Language | null;
}

export async function languageFacts(ports: LanguagePorts, workspaceMemberId: string): Promise<LanguageFacts> {
  const mine = await memberLanguageChoice(ports.kv, workspaceMemberId);
  const workspace = workspaceLanguage(ports.variables);
  return { language: mine ?? workspace ?? FALLBACK_LANGUAGE, mine, workspace };
}

const parseChoice = (value: unknown): Language | null => {
  if (value === null || isLanguage(value)) return value;
  throw new LanguageInvalidError(value);
};

/** A member chooses for themselves only; null goes back to following the workspace. */
export async function saveMemberLanguage(
  ports: Pick<CredentialPorts, 'kv' | 'variables'>,
  workspaceMemberId: string,
  choice: unknown,
): Promise<LanguageFacts> {
  const language = parseChoice(choice);
  if (language === null) await ports.kv.delete(memberKey(workspaceMemberId));
  else await ports.kv.set(memberKey(workspaceMemberId), language);
  return languageFacts(ports, workspaceMemberId);
}

/** A manager sets the workspace default through Twenty's variable write (APPS.md §2.1); audited before → after. */
export async function saveWorkspaceLanguage(
  ports: Pick<CredentialPorts, 'kv' | 'variables' | 'audit' | 'now'>,
  actorWorkspaceMemberId: string,
  choice: unknown,
): Promise<LanguageFacts> {
  const language = parseChoice(choice);
  if (language === null) throw new LanguageInvalidError(choice);
  const before = workspaceLanguage(ports.variables);
  await ports.variables.set(APP_VARIABLES.uiLanguage, language);
  await audit(
    ports,
    actorWorkspaceMemberId,
    'language.workspace-changed',
    APP_VARIABLES.uiLanguage,
    `${before ?? 'unset'} → ${language}`,
    { before: before ?? null, after: language },
  );
  return languageFacts(ports, actorWorkspaceMemberId);
}
