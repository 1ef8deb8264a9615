// The language routes (issue 15 item 1): what the app speaks to me, my own choice (any member, only their own), and
// the workspace default (managers, audited).
import type { RouteRequest } from 'server/host/route';
import { languageSaveRequest, type LanguageAnswer } from 'server/routes/contracts';
import { bodyOf } from 'server/routes/route-body';
import type { CredentialRouteDeps } from 'server/routes/route-context';
import { languageFacts, saveMemberLanguage, saveWorkspaceLanguage } from 'server/language/choice';

const chosen = (request: RouteRequest): unknown => {
  const parsed = languageSaveRequest.safeParse(bodyOf(request.body));
  return parsed.success ? parsed.data.language : undefined;
};

export const readLanguage = async (_request: RouteRequest, deps: CredentialRouteDeps): Promise<LanguageAnswer> =>
  languageFacts(deps.ports, await deps.memberId());

export const saveMyLanguage = async (request: RouteRequest, deps: CredentialRouteDeps): Promise<LanguageAnswer> =>
  saveMemberLanguage(deps.ports, await deps.memberId(), chosen(request));

export const saveWorkspaceLanguageRoute = async (
  request: RouteRequest,
  deps: CredentialRouteDeps,
): Promise<LanguageAnswer> => saveWorkspaceLanguage(deps.ports, await deps.memberId(), chosen(request));
