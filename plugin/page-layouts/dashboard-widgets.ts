// Builders for the dashboards' GRAPH widgets (UI-SURFACES.md §1.3, §1.7): every chart names its object and reads the
// fields the sync keeps for it, so no chart needs a filter (chart-filter values are unconfirmed, §1.3) and money is
// always split by currency. Not an entity file.
import {
  AggregateOperations,
  definePageLayout,
  NavigationMenuItemType,
  ObjectRecordGroupByDateGranularity,
  PageLayoutTabLayoutMode,
  PageLayoutType,
} from 'twenty-sdk/define';

import { METAKOCKA_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';

type Widget = NonNullable<NonNullable<Parameters<typeof definePageLayout>[0]['tabs']>[number]['widgets']>[number];

type Cell = { row: number; column: number; rowSpan?: number; columnSpan?: number };

const at = ({ row, column, rowSpan = 6, columnSpan = 6 }: Cell) => ({
  layoutMode: PageLayoutTabLayoutMode.GRID as const,
  row,
  column,
  rowSpan,
  columnSpan,
});

interface Base {
  universalIdentifier: string;
  title: string;
  object: string;
  cell: Cell;
}

const graph = (base: Base, configuration: Record<string, unknown>): Widget => ({
  universalIdentifier: base.universalIdentifier,
  title: base.title,
  type: 'GRAPH',
  objectUniversalIdentifier: base.object,
  position: at(base.cell),
  configuration: configuration as Widget['configuration'],
});

/** One number: how many records have a flag set (COUNT_TRUE on a boolean the sync keeps). */
export const countTrue = (base: Base, field: string) =>
  graph(base, {
    configurationType: 'AGGREGATE_CHART',
    aggregateOperation: AggregateOperations.COUNT_TRUE,
    aggregateFieldMetadataUniversalIdentifier: field,
  });

/** A SUM of a money field, one slice per currency (its currencyCode sub-field), so currencies never add up. */
export const moneyByCurrency = (base: Base, moneyField: string) =>
  graph(base, {
    configurationType: 'PIE_CHART',
    aggregateOperation: AggregateOperations.SUM,
    aggregateFieldMetadataUniversalIdentifier: moneyField,
    groupByFieldMetadataUniversalIdentifier: moneyField,
    groupBySubFieldName: 'currencyCode',
    displayLegend: true,
  });

/** Bars along a field (a date by month, a select, a relation), split by a second field or sub-field. */
export const bars = (
  base: Base,
  spec: {
    operation: AggregateOperations;
    aggregate: string;
    primary: string;
    primarySubField?: string;
    byMonth?: boolean;
    /** Ljubljana days: the trends page's day fields are already Ljubljana dates (D79). */
    byDay?: boolean;
    secondary?: string;
    secondarySubField?: string;
    line?: boolean;
    horizontal?: boolean;
    orderByValue?: boolean;
  },
) =>
  graph(base, {
    configurationType: spec.line ? 'LINE_CHART' : 'BAR_CHART',
    aggregateOperation: spec.operation,
    aggregateFieldMetadataUniversalIdentifier: spec.aggregate,
    primaryAxisGroupByFieldMetadataUniversalIdentifier: spec.primary,
    ...(spec.primarySubField ? { primaryAxisGroupBySubFieldName: spec.primarySubField } : {}),
    ...(spec.byMonth ? { primaryAxisDateGranularity: ObjectRecordGroupByDateGranularity.MONTH } : {}),
    ...(spec.byDay ? { primaryAxisDateGranularity: ObjectRecordGroupByDateGranularity.DAY } : {}),
    ...(spec.orderByValue ? { primaryAxisOrderBy: 'VALUE_DESC' } : {}),
    ...(spec.secondary ? { secondaryAxisGroupByFieldMetadataUniversalIdentifier: spec.secondary } : {}),
    ...(spec.secondarySubField ? { secondaryAxisGroupBySubFieldName: spec.secondarySubField } : {}),
    ...(spec.line ? {} : { groupMode: 'STACKED', ...(spec.horizontal ? { layout: 'HORIZONTAL' } : {}) }),
    timezone: 'Europe/Ljubljana',
    firstDayOfTheWeek: 1,
    displayLegend: true,
  });

/** A standalone dashboard page of one tab in a 12-column grid. */
export const dashboard = (ids: { layout: string; tab: string }, name: string, widgets: Widget[]) => ({
  universalIdentifier: ids.layout,
  name,
  type: PageLayoutType.STANDALONE_PAGE,
  tabs: [
    {
      universalIdentifier: ids.tab,
      title: name,
      position: 0,
      layoutMode: PageLayoutTabLayoutMode.GRID,
      widgets,
    },
  ],
});

/** Its entry in the Metakocka sidebar folder (UI-SURFACES.md §1.5: `/page/:pageLayoutId`). */
export const dashboardInFolder = (item: {
  universalIdentifier: string;
  name: string;
  icon: string;
  position: number;
  pageLayoutUniversalIdentifier: string;
}) => ({
  ...item,
  type: NavigationMenuItemType.PAGE_LAYOUT,
  folderUniversalIdentifier: METAKOCKA_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
});
