// What Twenty's front-component host renders (../shared/twenty/UI-SURFACES.md §4.2, from twenty's
// AllowedHtmlElements.ts, HtmlCommonProperties.ts and SvgPresentationProperties.ts): the elements, and per element
// the properties that reach the page. Everything else is dropped silently by the real host; the preview removes it
// too and shows what it removed, so a screen that relies on it breaks visibly here and a test catches it.

const NO_EXTRA = [
  'div',
  'span',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'small',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'br',
  'hr',
  'b',
  'i',
  'u',
  's',
  'mark',
  'sub',
  'sup',
  'abbr',
  'cite',
  'kbd',
  'samp',
  'var',
  'dfn',
  'bdi',
  'ruby',
  'rt',
  'rp',
  'dl',
  'dt',
  'dd',
  'figure',
  'figcaption',
  'summary',
  'address',
  'hgroup',
  'search',
  'caption',
  'legend',
  'datalist',
  'picture',
  'wbr',
  'menu',
] as const;

const WITH_PROPERTIES: Record<string, string[]> = {
  a: ['href', 'target', 'rel'],
  img: ['src', 'alt', 'width', 'height'],
  form: ['action', 'method'],
  label: ['htmlFor'],
  input: ['type', 'name', 'value', 'placeholder', 'disabled', 'checked', 'readOnly', 'accept', 'multiple', 'capture'],
  textarea: ['name', 'value', 'placeholder', 'disabled', 'readOnly', 'rows', 'cols'],
  select: ['name', 'value', 'disabled', 'multiple'],
  option: ['value', 'disabled', 'selected'],
  optgroup: ['label', 'disabled'],
  button: ['type', 'disabled'],
  th: ['colSpan', 'rowSpan'],
  td: ['colSpan', 'rowSpan'],
  col: ['span'],
  colgroup: ['span'],
  iframe: [
    'src',
    'name',
    'width',
    'height',
    'allow',
    'sandbox',
    'allowFullScreen',
    'loading',
    'referrerPolicy',
    'srcDoc',
  ],
  video: [
    'src',
    'poster',
    'controls',
    'autoPlay',
    'loop',
    'muted',
    'preload',
    'width',
    'height',
    'crossOrigin',
    'playsInline',
    'disablePictureInPicture',
    'disableRemotePlayback',
  ],
  audio: ['src', 'controls', 'autoPlay', 'loop', 'muted', 'preload', 'crossOrigin'],
  source: ['src', 'type', 'media', 'srcSet', 'sizes', 'width', 'height'],
  track: ['src', 'kind', 'srclang', 'label', 'default'],
  bdo: ['dir'],
  data: ['value'],
  del: ['cite', 'dateTime'],
  ins: ['cite', 'dateTime'],
  q: ['cite'],
  time: ['dateTime'],
  details: ['open'],
  dialog: ['open'],
  fieldset: ['disabled', 'name'],
  output: ['name', 'htmlFor'],
  progress: ['value', 'max'],
  meter: ['value', 'min', 'max', 'low', 'high', 'optimum'],
};

const SVG_PRESENTATION = [
  'fill',
  'fillOpacity',
  'fillRule',
  'stroke',
  'strokeWidth',
  'strokeOpacity',
  'strokeLinecap',
  'strokeLinejoin',
  'strokeDasharray',
  'strokeDashoffset',
  'strokeMiterlimit',
  'opacity',
  'transform',
  'clipPath',
  'clipRule',
  'mask',
  'filter',
  'pointerEvents',
];
const SVG: Record<string, string[]> = {
  svg: ['viewBox', 'xmlns', 'width', 'height', 'preserveAspectRatio', ...SVG_PRESENTATION],
  g: SVG_PRESENTATION,
  defs: [],
  symbol: ['viewBox'],
  use: ['href', 'x', 'y', 'width', 'height'],
  clipPath: ['clipPathUnits'],
  mask: ['maskUnits'],
  circle: ['cx', 'cy', 'r', ...SVG_PRESENTATION],
  ellipse: ['cx', 'cy', 'rx', 'ry', ...SVG_PRESENTATION],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry', ...SVG_PRESENTATION],
  line: ['x1', 'y1', 'x2', 'y2', ...SVG_PRESENTATION],
  path: ['d', ...SVG_PRESENTATION],
  polygon: ['points', ...SVG_PRESENTATION],
  polyline: ['points', ...SVG_PRESENTATION],
  text: ['x', 'y', 'dx', 'dy', 'textAnchor', 'dominantBaseline', ...SVG_PRESENTATION],
  tspan: ['x', 'y', 'dx', 'dy', ...SVG_PRESENTATION],
  linearGradient: ['x1', 'y1', 'x2', 'y2', 'gradientUnits', 'gradientTransform'],
  radialGradient: ['cx', 'cy', 'r', 'fx', 'fy', 'gradientUnits', 'gradientTransform'],
  stop: ['offset', 'stopColor', 'stopOpacity'],
  pattern: ['x', 'y', 'width', 'height', 'patternUnits', 'patternTransform'],
  image: ['href', 'x', 'y', 'width', 'height', 'preserveAspectRatio'],
  foreignObject: ['x', 'y', 'width', 'height'],
  marker: ['markerWidth', 'markerHeight', 'refX', 'refY', 'orient', 'markerUnits'],
  title: [],
};

/** On every element; newer hosts also pass any aria-* and data-* attribute. */
const COMMON = [
  'id',
  'className',
  'style',
  'title',
  'tabIndex',
  'role',
  'aria-label',
  'aria-hidden',
  'data-testid',
  'draggable',
];

/** A property as the DOM attribute React writes for it, compared without case or hyphens (strokeWidth = stroke-width). */
const attributeKey = (property: string): string =>
  ({ htmlFor: 'for', className: 'class' })[property] ?? property.toLowerCase().replace(/-/g, '');

/** Element (lower-cased tag) -> attribute keys it keeps; the page script reads this. */
export function hostWhitelist(): Record<string, string[]> {
  const all: Record<string, string[]> = {};
  for (const tag of NO_EXTRA) all[tag] = [];
  for (const [tag, properties] of Object.entries({ ...WITH_PROPERTIES, ...SVG }))
    all[tag.toLowerCase()] = properties.map(attributeKey);
  return Object.fromEntries(
    Object.entries(all).map(([tag, keys]) => [tag, [...new Set([...keys, ...COMMON.map(attributeKey)])]]),
  );
}

/** Whether Twenty's host passes this JSX property on this element (events are §4.3's, checked elsewhere). */
export function hostKeeps(tag: string, property: string): boolean {
  if (property.startsWith('aria-') || property.startsWith('data-')) return true;
  return (hostWhitelist()[tag.toLowerCase()] ?? []).includes(attributeKey(property));
}

/**
 * The page script that plays the host's filter on #root: an element not in the list becomes a visible "not rendered
 * by Twenty" box, an attribute not in the list is removed (aria-* and data-* pass), and each is recorded in
 * window.__hostRefused and in the #host-refused banner.
 */
export function hostFilterScript(): string {
  return `(() => {
  const allowed = ${JSON.stringify(hostWhitelist())};
  const refused = (globalThis.__hostRefused = []);
  const banner = () => {
    const box = document.getElementById('host-refused');
    box.hidden = refused.length === 0;
    box.textContent = 'Twenty would not render: ' + [...new Set(refused)].join('; ');
  };
  const key = (name) => name.toLowerCase().replace(/-/g, '');
  const keepsAttribute = (element, name) =>
    name.startsWith('aria-') || name.startsWith('data-') || (allowed[element.localName.toLowerCase()] ?? []).includes(key(name));
  const filter = (element) => {
    const tag = element.localName.toLowerCase();
    if (!(tag in allowed)) {
      refused.push('<' + tag + '>');
      const box = document.createElement('div');
      box.className = 'host-refused-element';
      box.textContent = '<' + tag + '> is not rendered by Twenty';
      element.replaceWith(box);
      return;
    }
    for (const { name } of [...element.attributes])
      if (!keepsAttribute(element, name)) {
        refused.push(tag + '[' + name + ']');
        element.removeAttribute(name);
      }
    for (const child of [...element.children]) filter(child);
  };
  const root = document.getElementById('root');
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes' && record.target.isConnected && record.target.hasAttribute(record.attributeName)) {
        if (!keepsAttribute(record.target, record.attributeName)) {
          refused.push(record.target.localName + '[' + record.attributeName + ']');
          record.target.removeAttribute(record.attributeName);
        }
      }
      for (const node of record.addedNodes) if (node.nodeType === 1 && node.isConnected) filter(node);
    }
    banner();
  }).observe(root, { subtree: true, childList: true, attributes: true });
})();`;
}
