// The language picker (issue 15 item 1): on "My Metakocka account" every member chooses their own language or
// follows the workspace; on the settings page a manager chooses the workspace default. A saved choice changes every
// text of the component at once (languageChosen), and the server renders what it says to the member in it.
import { useState } from 'react';

import { LANGUAGE_ROUTES } from 'plugin/constants/route-paths';
import type { LanguageAnswer } from 'server/routes/contracts';
import { callRoute } from 'ui/shared/call-route';
import { useT, type Language } from 'ui/shared/i18n';
import { languageChosen, useMemberLanguage } from 'ui/shared/member-language';
import { readValue } from 'ui/shared/read-value';
import { translate } from 'ui/shared/translate';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

const FOLLOW = 'workspace';
type Choice = Language | typeof FOLLOW;

const SCOPES = {
  mine: { route: LANGUAGE_ROUTES.mineSave, title: 'language.mine.title', hint: 'language.mine.hint' },
  workspace: {
    route: LANGUAGE_ROUTES.workspaceSave,
    title: 'language.workspace.title',
    hint: 'language.workspace.hint',
  },
} as const;

export function LanguagePicker({ scope }: { scope: keyof typeof SCOPES }) {
  const member = useMemberLanguage();
  if (member.state !== 'read') return null; // the server could not say: nothing to choose from
  return <LanguageForm scope={scope} answer={member.answer} />;
}

function LanguageForm({ scope, answer }: { scope: keyof typeof SCOPES; answer: LanguageAnswer }) {
  const { t } = useT();
  const { route, title, hint } = SCOPES[scope];
  const stored: Choice = scope === 'mine' ? (answer.mine ?? FOLLOW) : (answer.workspace ?? 'en');
  const [choice, setChoice] = useState<Choice>(stored);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const options: Choice[] = scope === 'mine' ? [FOLLOW, 'en', 'sl'] : ['en', 'sl'];
  const workspaceName = t(`language.name.${answer.workspace ?? 'en'}`);

  async function save() {
    const result = await callRoute<LanguageAnswer>(route, { language: choice === FOLLOW ? null : choice });
    if (!result.ok) return setOutcome({ ok: false, text: result.error, action: result.action });
    languageChosen(result.data);
    // Said in the language now spoken: the component re-renders in it, this closure's t is the old one's.
    setOutcome({ ok: true, text: translate(result.data.language, 'language.saved') });
  }

  return (
    <section style={styles.section} data-testid={`language-${scope}`}>
      <h2 style={styles.sectionTitle} id={`language-${scope}-title`}>
        {t(title)}
      </h2>
      <div style={styles.row}>
        <select
          data-testid={`language-${scope}-choice`}
          aria-labelledby={`language-${scope}-title`}
          style={{ ...styles.input, width: 'auto' }}
          value={choice}
          onChange={(event) => setChoice((readValue(event) || stored) as Choice)}
        >
          {options.map((value) => (
            <option key={value} value={value}>
              {value === FOLLOW ? t('language.follow', { language: workspaceName }) : t(`language.name.${value}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid={`language-${scope}-save`}
          style={styles.button}
          disabled={choice === stored}
          onClick={() => void save()}
        >
          {t('language.save')}
        </button>
      </div>
      <span style={styles.hint}>{t(hint)}</span>
      <Outcome outcome={outcome} />
    </section>
  );
}
