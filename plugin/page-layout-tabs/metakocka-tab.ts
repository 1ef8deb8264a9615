// Builds the "Metakocka" record-page tab: one FIELDS widget showing the object's Metakocka fields through the
// fields-widget view the app ships for it (plugin/views/*-metakocka-fields.view.ts). Later front-component widgets
// (record panels) join the same tab with definePageLayoutWidget and this tab's universal identifier; widgets are
// ordered by their place in the array (the SDK deprecates explicit vertical-list positions).
// Not an entity file.
import { PageLayoutTabLayoutMode, WidgetType } from 'twenty-sdk/define';

// After the standard tabs (home, timeline, tasks, notes, files, emails, calendar).
const TAB_POSITION = 900;

export const metakockaTab = (ids: {
  tab: string;
  widget: string;
  pageLayout: string;
  object: string;
  fieldsView: string;
}) => ({
  universalIdentifier: ids.tab,
  pageLayoutUniversalIdentifier: ids.pageLayout,
  title: 'Metakocka',
  position: TAB_POSITION,
  icon: 'IconPlugConnected',
  layoutMode: PageLayoutTabLayoutMode.VERTICAL_LIST,
  widgets: [
    {
      universalIdentifier: ids.widget,
      title: 'Metakocka',
      type: WidgetType.FIELDS,
      objectUniversalIdentifier: ids.object,
      configuration: { configurationType: 'FIELDS' as const, viewUniversalIdentifier: ids.fieldsView },
    },
  ],
});
