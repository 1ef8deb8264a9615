// The HTML pages of the preview: an index of every front component, and a host page that plays Twenty's part for
// one component: execution context, host functions (snackbar, navigation...), process.env with the user's token and
// the non-secret application variables (APPS.md §2.1, §4), Twenty's theme variables (light or dark), the width of
// the surface the component opens in, and the host's element/property filter (UI-SURFACES.md §4.2).
import { hostFilterScript } from 'test/ui/preview/host-whitelist';
import { themeCss } from 'test/ui/preview/twenty-theme';

export interface ComponentEntry {
  universalIdentifier: string;
  name: string;
  description: string;
  isHeadless?: boolean;
}

/**
 * Where Twenty opens a component: a settings page, an app page in the sidebar (a STANDALONE_PAGE layout), the side
 * panel (a command with a form), or nowhere (headless).
 */
export type Surface = 'settings' | 'page' | 'side-panel' | 'headless';
export type ColorScheme = 'light' | 'dark';

/**
 * Twenty's side panel is 400 px wide; a settings page gives its content up to about 820 px; an app page takes the
 * width beside the sidebar (about 1,100 px on a 1,366 px screen).
 */
const SURFACE_WIDTH: Record<Surface, number> = { settings: 820, page: 1100, 'side-panel': 400, headless: 400 };

export interface HostPageInput {
  component: ComponentEntry;
  bundleUrl: string;
  origin: string;
  token: string;
  userId: string;
  locale: string;
  applicationVariables: Record<string, string>;
  persona: string;
  surface: Surface;
  colorScheme: ColorScheme;
  /** What Twenty's command menu passes a command's component: the selected records and their object (`?records=&object=`). */
  selection?: { recordIds: string[]; object: { id: string; nameSingular: string; namePlural: string } | null };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** One link per persona, language and colour scheme; a command's links carry the seeded records it can be tried on. */
export function indexPage(
  components: Array<ComponentEntry & { surface: Surface }>,
  personas: string[],
  examples: Record<string, Record<string, string>> = {},
): string {
  const rows = components
    .map((c) => {
      const links = personas
        .flatMap((p) =>
          ['en', 'sl'].flatMap((lang) =>
            (['light', 'dark'] as const).map((theme) => {
              const query = new URLSearchParams({ as: p, lang, theme, ...(examples[c.name] ?? {}) });
              return `<a href="/fc/${c.universalIdentifier}?${escapeHtml(query.toString())}">${p} · ${lang} · ${theme}</a>`;
            }),
          ),
        )
        .join(' ');
      return `<li><strong>${escapeHtml(c.name)}</strong> <span>(${c.surface}) ${escapeHtml(c.description)}</span><br/>${links}</li>`;
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>twenty-metakocka UI preview</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:900px}li{margin:1rem 0}a{margin-right:.75rem}</style></head>
<body><h1>twenty-metakocka front components</h1>
<p>Each page runs the real component; its routes run the built logic functions against the Twenty stand-in and the Metakocka sandbox.</p>
<ul>${rows}</ul></body></html>`;
}

export function hostPage(input: HostPageInput): string {
  const context = {
    frontComponentId: input.component.universalIdentifier,
    userId: input.userId,
    recordId: input.selection?.recordIds.length === 1 ? input.selection.recordIds[0] : null,
    selectedRecordIds: input.selection?.recordIds ?? [],
    selectedObjectMetadata: input.selection?.object ?? null,
    timelineActivityId: null,
    colorScheme: input.colorScheme,
    locale: input.locale,
  };
  const env = {
    TWENTY_API_URL: input.origin,
    TWENTY_APP_ACCESS_TOKEN: input.token,
    applicationVariables: JSON.stringify(input.applicationVariables),
  };
  return `<!doctype html><html lang="${input.locale.slice(0, 2)}"><head><meta charset="utf-8"><title>${escapeHtml(input.component.name)} · preview</title>
<style>
${themeCss(input.colorScheme)}
body{margin:0;background:var(--t-background-tertiary);color:var(--t-font-color-primary);font-family:var(--t-font-family)}
#frame{margin:24px auto;width:100%;max-width:${SURFACE_WIDTH[input.surface]}px;box-sizing:border-box;background:var(--t-background-primary);border:1px solid var(--t-border-color-medium);border-radius:8px;overflow:hidden}
#bar{font:12px system-ui;color:var(--t-font-color-secondary);padding:8px 12px;border-bottom:1px solid var(--t-border-color-medium)}
#bar a{color:inherit}
#host-refused{margin:8px;padding:8px;border:2px solid var(--t-color-red);font:13px system-ui}
.host-refused-element{border:2px dashed var(--t-color-red);padding:4px;font:12px system-ui}
#snackbars{position:fixed;right:16px;bottom:16px;display:flex;flex-direction:column;gap:8px;max-width:360px}
.snackbar{padding:10px 14px;border-radius:6px;background:var(--t-background-primary);color:var(--t-font-color-primary);border:1px solid var(--t-border-color-medium);border-left:4px solid var(--t-color-gray);font:14px system-ui;box-shadow:0 2px 8px rgba(0,0,0,.15)}
.snackbar .detail{color:var(--t-font-color-secondary);font-size:13px;margin-top:4px}
.snackbar.error{border-left-color:var(--t-color-red)}.snackbar.success{border-left-color:var(--t-color-green)}.snackbar.warning{border-left-color:var(--t-color-orange)}
</style></head>
<body data-surface="${input.surface}" data-color-scheme="${input.colorScheme}"><div id="frame"><div id="bar">${escapeHtml(input.component.name)} · signed in as <span data-testid="persona">${escapeHtml(input.persona)}</span> · ${escapeHtml(input.locale)} · ${input.surface} · ${input.colorScheme} · <a href="/">all components</a></div><div id="host-refused" data-testid="host-refused" role="alert" hidden></div><div id="root"></div></div>
<div id="snackbars" data-testid="snackbars"></div>
<script>
${hostFilterScript()}
globalThis.process = { env: ${scriptJson(env)} };
globalThis.__twentySdkExecutionContext__ = ${scriptJson(context)};
// Twenty's snackbar shows the message and, under it, the detailed message (UI-SURFACES.md §4.5).
const snack = ({ message, variant, detailedMessage }) => {
  const el = document.createElement('div');
  el.className = 'snackbar ' + variant;
  el.setAttribute('role', variant === 'error' ? 'alert' : 'status');
  const main = document.createElement('div'); main.className = 'message'; main.textContent = message; el.append(main);
  if (detailedMessage) { const detail = document.createElement('div'); detail.className = 'detail'; detail.textContent = detailedMessage; el.append(detail); }
  document.getElementById('snackbars').append(el);
  setTimeout(() => el.remove(), 6000);
};
const log = (name) => async (...args) => { console.info('[host]', name, JSON.stringify(args)); };
globalThis.frontComponentHostCommunicationApi = {
  enqueueSnackbar: async (params) => snack(params),
  requestAccessTokenRefresh: async () => ${scriptJson(input.token)},
  navigate: log('navigate'), openSidePanelPage: log('openSidePanelPage'), closeSidePanel: log('closeSidePanel'),
  unmountFrontComponent: log('unmountFrontComponent'), updateProgress: log('updateProgress'),
  copyToClipboard: async (text) => navigator.clipboard?.writeText(text),
  openCommandConfirmationModal: async ({ title, subtitle }) => (confirm(title + '\\n' + subtitle) ? 'confirm' : 'cancel'),
  uploadFile: async () => ({ status: 'failed', reason: 'upload-failed' }),
  storageSet: log('storageSet'), storageDelete: log('storageDelete'), storageClear: log('storageClear'),
};
</script>
<script type="module">
const { default: render } = await import(${scriptJson(input.bundleUrl)});
render(document.getElementById('root'));
document.body.dataset.mounted = 'true';
</script></body></html>`;
}
