// The way from Settings → Metakocka to the sync console: where it is in the sidebar, and a button that opens its page.
// The page's address is /page/<page layout id> (UI-SURFACES.md §1.5); the button passes the layout's universal
// identifier, which a front component knows, and whether Twenty resolves it there is unverified (D65), so the text
// names the sidebar entry too.
import { AppPath, navigate } from 'twenty-sdk/front-component';

import { SYNC_CONSOLE_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { buttonStyle } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import { styles } from 'ui/shared/theme';

export function ConsoleLink() {
  const { t } = useConsoleText();
  return (
    <section style={styles.section} data-testid="console-link" aria-labelledby="console-link-title">
      <h2 style={styles.sectionTitle} id="console-link-title">
        {t('page.link.title')}
      </h2>
      <p style={{ margin: 0 }} id="console-link-hint">
        {t('page.link.hint')}
      </p>
      <div>
        <button
          type="button"
          data-testid="open-console"
          aria-describedby="console-link-hint"
          style={buttonStyle({})}
          onClick={() =>
            void navigate(AppPath.PageLayoutPage, { pageLayoutId: SYNC_CONSOLE_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER })
          }
        >
          {t('page.link')}
        </button>
      </div>
    </section>
  );
}
