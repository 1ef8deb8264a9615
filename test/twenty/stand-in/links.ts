/**
 * Links normalisation (README "Server-side normalisation"; a4, a11, l2, u1):
 * absolute URLs become origin + path with lower-cased scheme/host and no trailing slash (the query string and
 * fragment are dropped, as the README states); values without a scheme are stored as sent; invalid URLs are
 * INVALID_URL; with no primary URL the first secondary link is promoted; a label without a URL is dropped.
 */
import { errors } from './errors';

export interface LinksValue {
  primaryLinkUrl: string | null;
  primaryLinkLabel: string | null;
  secondaryLinks: Array<{ url: string; label: string }> | null;
}

export function normaliseUrl(value: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw errors.invalidUrl();
    }
    if (!url.hostname) throw errors.invalidUrl();
    const path = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
    return `${url.protocol}//${url.host}${path}`;
  }
  // l2: "not a url at all" is refused; a bare host such as "beta-contract.example.com" is kept verbatim (a1, a4).
  if (/\s/.test(value) || !/^[^./]+\.[^/]+/.test(value)) throw errors.invalidUrl();
  try {
    new URL(`https://${value}`);
  } catch {
    throw errors.invalidUrl();
  }
  return value;
}

export function normaliseLinks(
  input: Record<string, unknown>,
  path: string,
  textOf: (v: unknown, p: string) => string | null,
): LinksValue {
  const url = textOf(input.primaryLinkUrl, `${path}.primaryLinkUrl`);
  const label = textOf(input.primaryLinkLabel, `${path}.primaryLinkLabel`);
  const rawSecondary = input.secondaryLinks;
  let secondary: Array<{ url: string; label: string }> = [];
  if (rawSecondary != null) {
    if (!Array.isArray(rawSecondary)) throw errors.invalidValue(rawSecondary, 'JSON array', `${path}.secondaryLinks`);
    secondary = rawSecondary.map((item, i) => {
      if (typeof item !== 'object' || item === null)
        throw errors.invalidValue(item, 'link', `${path}.secondaryLinks[${i}]`);
      const link = item as Record<string, unknown>;
      const itemUrl = textOf(link.url, `${path}.secondaryLinks.url`);
      if (itemUrl === null) throw errors.invalidUrl();
      return { url: normaliseUrl(itemUrl), label: textOf(link.label, `${path}.secondaryLinks.label`) ?? '' };
    });
  }
  let primaryUrl = url === null ? null : normaliseUrl(url);
  let primaryLabel = primaryUrl === null ? null : label;
  if (primaryUrl === null && secondary.length > 0) {
    const promoted = secondary.shift()!;
    primaryUrl = promoted.url;
    primaryLabel = promoted.label || null;
  }
  return {
    primaryLinkUrl: primaryUrl,
    primaryLinkLabel: primaryLabel,
    secondaryLinks: secondary.length ? secondary : null,
  };
}
