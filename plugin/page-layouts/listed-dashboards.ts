// The DASHBOARD copy of a chart page (UI-SURFACES.md §1.6): the same tab and widgets under identifiers of their own,
// found by name (X_PAGE_LAYOUT…_UNIVERSAL_IDENTIFIER → X_LISTED_PAGE_LAYOUT…_UNIVERSAL_IDENTIFIER), so a chart
// changed on the sidebar page changes on the listed dashboard too. Not an entity file.
import { definePageLayout, PageLayoutType } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';

type PageLayout = Parameters<typeof definePageLayout>[0];

const IDENTIFIERS = ID as Record<string, string>;
const NAMES = new Map(Object.entries(IDENTIFIERS).map(([name, value]) => [value, name]));

function listedId(universalIdentifier: string): string {
  const name = NAMES.get(universalIdentifier) ?? universalIdentifier;
  const listed =
    IDENTIFIERS[
      name.replace(/_PAGE_LAYOUT(_TAB|_WIDGET)?_UNIVERSAL_IDENTIFIER$/, '_LISTED_PAGE_LAYOUT$1_UNIVERSAL_IDENTIFIER')
    ];
  if (!listed) throw new Error(`plugin/constants/universal-identifiers.ts has no listed copy of ${name}.`);
  return listed;
}

export const listedDashboard = (page: PageLayout): PageLayout => ({
  ...page,
  // The name is the dashboard record's title in Twenty's list, and distinct from the sidebar page's.
  name: `${page.name} dashboard`,
  universalIdentifier: listedId(page.universalIdentifier),
  type: PageLayoutType.DASHBOARD,
  tabs: page.tabs?.map((tab) => ({
    ...tab,
    universalIdentifier: listedId(tab.universalIdentifier),
    widgets: tab.widgets?.map((widget) => ({ ...widget, universalIdentifier: listedId(widget.universalIdentifier) })),
  })),
});
