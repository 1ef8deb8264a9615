// The HTML pages of the preview: an index of every front component, and a host page that plays Twenty's part for
// one component: execution context, host functions (snackbar, navigation...), process.env with the user's token and
// the non-secret application variables (APPS.md §2.1, §4), then mounts the component's render function.
export interface ComponentEntry {
  universalIdentifier: string;
  name: string;
  description: string;
}

export interface HostPageInput {
  component: ComponentEntry;
  bundleUrl: string;
  origin: string;
  token: string;
  userId: string;
  locale: string;
  applicationVariables: Record<string, string>;
  persona: string;
  /** What Twenty's command menu passes a command's component: the selected records and their object (`?records=&object=`). */
  selection?: { recordIds: string[]; object: { id: string; nameSingular: string; namePlural: string } | null };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function indexPage(components: ComponentEntry[], personas: string[]): string {
  const rows = components
    .map((c) => {
      const links = personas
        .flatMap((p) =>
          ['en', 'sl'].map(
            (lang) => `<a href="/fc/${c.universalIdentifier}?as=${p}&amp;lang=${lang}">${p} · ${lang}</a>`,
          ),
        )
        .join(' ');
      return `<li><strong>${escapeHtml(c.name)}</strong> <span>${escapeHtml(c.description)}</span><br/>${links}</li>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>twenty-metakocka UI preview</title>
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
    colorScheme: 'light',
    locale: input.locale,
  };
  const env = {
    TWENTY_API_URL: input.origin,
    TWENTY_APP_ACCESS_TOKEN: input.token,
    applicationVariables: JSON.stringify(input.applicationVariables),
  };
  return `<!doctype html><html lang="${input.locale.slice(0, 2)}"><head><meta charset="utf-8"><title>${escapeHtml(input.component.name)} · preview</title>
<style>
body{margin:0;background:#f1f1f1;font-family:Inter,system-ui,sans-serif}
#frame{margin:24px auto;max-width:820px;background:#fff;border:1px solid #ebebeb;border-radius:8px}
#bar{font:12px system-ui;color:#666;padding:8px 12px;border-bottom:1px solid #ebebeb}
#snackbars{position:fixed;right:16px;bottom:16px;display:flex;flex-direction:column;gap:8px}
.snackbar{padding:10px 14px;border-radius:6px;color:#fff;font:14px system-ui}
.snackbar.error{background:#d92d20}.snackbar.success{background:#1e7b45}.snackbar.info,.snackbar.warning{background:#333}
</style></head>
<body><div id="frame"><div id="bar">${escapeHtml(input.component.name)} · signed in as <span data-testid="persona">${escapeHtml(input.persona)}</span> · ${escapeHtml(input.locale)} · <a href="/">all components</a></div><div id="root"></div></div>
<div id="snackbars" data-testid="snackbars"></div>
<script>
globalThis.process = { env: ${scriptJson(env)} };
globalThis.__twentySdkExecutionContext__ = ${scriptJson(context)};
const snack = (message, variant) => { const el = document.createElement('div'); el.className = 'snackbar ' + variant; el.textContent = message; document.getElementById('snackbars').append(el); setTimeout(() => el.remove(), 6000); };
const log = (name) => async (...args) => { console.info('[host]', name, JSON.stringify(args)); };
globalThis.frontComponentHostCommunicationApi = {
  enqueueSnackbar: async ({ message, variant }) => snack(message, variant),
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
