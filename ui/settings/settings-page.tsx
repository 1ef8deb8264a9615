// The app's settings page (Settings → Applications → Metakocka, and the "Metakocka" settings menu item): status,
// connection, personal-credential policy and key rotation. A caller without the permission sees why and what to do.
import { useState } from 'react';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import type { OrganisationCredentialsAnswer } from 'server/routes/contracts';
import { ConsoleLink } from 'ui/console/console-link';
import { ConnectionSection } from 'ui/settings/connection-section';
import { PersonalCredentialsSection } from 'ui/settings/personal-credentials-section';
import { StatusHeader } from 'ui/settings/status-header';
import { OnboardingChecklist } from 'ui/onboarding/onboarding-checklist';
import { useT } from 'ui/shared/i18n';
import { LanguagePicker } from 'ui/shared/language-picker';
import { Failed, Loading, NotAllowed } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';
import { useRouteData } from 'ui/shared/use-route-data';
import { ScreenHelp } from 'ui/shared/screen-help';

export function SettingsPage() {
  const { t } = useT();
  const facts = useRouteData<OrganisationCredentialsAnswer>(CREDENTIAL_ROUTES.organisationRead);
  const [saves, setSaves] = useState(0);
  const saved = () => setSaves((count) => count + 1);
  return (
    <div style={styles.page} data-testid="settings-page">
      <header>
        <h1 style={styles.title}>{t('settings.title')}</h1>
        <p style={styles.subtitle}>{t('settings.subtitle')}</p>
        <ScreenHelp topic="settings" />
      </header>
      {facts.state === 'loading' ? <Loading /> : null}
      {facts.state === 'failed' && (facts.status === 403 || facts.status === 401) ? (
        <NotAllowed
          title={t('state.notAllowed.title')}
          body={t('state.notAllowed.body')}
          next={t('state.notAllowed.next')}
        />
      ) : null}
      {facts.state === 'failed' && facts.status !== 403 && facts.status !== 401 ? (
        <Failed message={facts.message} action={facts.action} code={facts.code} onRetry={facts.reload} />
      ) : null}
      {facts.state === 'done' ? (
        <>
          <StatusHeader refreshKey={saves} />
          <OnboardingChecklist place="settings" refreshKey={saves} />
          <ConnectionSection initial={facts.data} onSaved={saved} />
          <PersonalCredentialsSection onPolicySaved={saved} />
          <LanguagePicker scope="workspace" />
          <ConsoleLink />
          <InboxPointer />
        </>
      ) : null}
    </div>
  );
}
/** Where the issue inbox is: its page sits in the Metakocka sidebar folder (a page's workspace id, which a link would
 *  need, is not known to the app's components). */
function InboxPointer() {
  const { t } = useT();
  return (
    <section style={styles.section} data-testid="inbox-pointer">
      <h2 style={styles.sectionTitle}>{t('settings.inbox.title')}</h2>
      <p style={{ margin: 0 }}>{t('settings.inbox.body')}</p>
    </section>
  );
}
