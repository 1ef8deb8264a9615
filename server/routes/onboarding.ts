// The onboarding checklist's route (issue 20 item 1): the settings page and the sync console ask it where the admin
// stands; it reads, never writes (beyond the health computation's own re-check of changed credentials).
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import { onboardingChecklist } from 'server/onboarding/checklist';
import { readOnboardingFacts } from 'server/onboarding/facts';
import type { OnboardingAnswer } from 'server/routes/contracts';
import { credentialRouteDeps } from 'server/routes/route-context';

export async function onboardingRoute(request: RouteRequest, app: AppRuntime): Promise<OnboardingAnswer> {
  const deps = credentialRouteDeps(request, app);
  const facts = await readOnboardingFacts({
    ...deps,
    crm: crmGatewayFor(app, 'application'),
    memberId: await deps.memberId(),
  });
  return onboardingChecklist(facts);
}
