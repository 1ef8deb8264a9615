// A screen's short help and its "Learn more" link to the docs section that explains it (issue 20 item 2), and the
// link from an error code to its troubleshooting entry (cause, how to check, fix) in the reader's language.
import { docsUrl, type HelpTopic } from 'plugin/constants/docs';
import { helpText } from 'ui/shared/help-messages';
import { useT } from 'ui/shared/i18n';
import { styles, theme } from 'ui/shared/theme';

const linkStyle = { color: theme.fontPrimary, textDecoration: 'underline' };

export function ScreenHelp({ topic }: { topic: Exclude<HelpTopic, 'troubleshooting'> }) {
  const { language } = useT();
  return (
    <p style={{ ...styles.hint, margin: 0 }} data-testid="screen-help" data-topic={topic}>
      {helpText(language, `${topic}.text`)}{' '}
      <a
        href={docsUrl(language, topic)}
        target="_blank"
        rel="noreferrer"
        aria-label={helpText(language, 'learnMore.label')}
        data-testid="learn-more"
        style={linkStyle}
      >
        {helpText(language, 'learnMore')}
      </a>
    </p>
  );
}

/** Under an error that carries a catalogue code: where its cause, check and fix are written down. */
export function TroubleshootingLink({ code }: { code: string }) {
  const { language } = useT();
  return (
    <a
      href={docsUrl(language, 'troubleshooting')}
      target="_blank"
      rel="noreferrer"
      data-testid="troubleshooting-link"
      data-code={code}
      style={linkStyle}
    >
      {helpText(language, 'errorCode', { code })}
    </a>
  );
}
