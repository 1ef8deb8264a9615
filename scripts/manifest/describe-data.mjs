// Summaries of the data model and its presentation: objects, fields, unique fields, views, navigation, record tabs.
import { keyedBy } from './name-index.mjs';

const describeField = (field, names) => ({
  universalIdentifier: field.universalIdentifier,
  type: field.type,
  label: field.label,
  isNullable: field.isNullable,
  isUnique: field.isUnique,
  isAuditLogged: field.isAuditLogged,
  isUIEditable: field.isUIEditable,
  writability: field.writability,
  options: field.options?.map((option) => option.value),
  relation:
    field.type === 'RELATION' || field.type === 'MORPH_RELATION'
      ? {
          type: field.universalSettings?.relationType,
          target: names.field(field.relationTargetFieldMetadataUniversalIdentifier),
          onDelete: field.universalSettings?.onDelete,
        }
      : undefined,
});

export const describeObjects = (built, names) =>
  keyedBy(
    built.objects ?? [],
    (o) => o.nameSingular,
    (object) => ({
      universalIdentifier: object.universalIdentifier,
      namePlural: object.namePlural,
      labelSingular: object.labelSingular,
      labelPlural: object.labelPlural,
      writability: object.writability,
      readability: object.readability,
      labelIdentifier: names.field(object.labelIdentifierFieldMetadataUniversalIdentifier),
      fields: keyedBy(
        object.fields ?? [],
        (f) => f.name,
        (field) => describeField(field, names),
      ),
    }),
  );

export const describeFieldsOnOtherObjects = (built, names) => {
  const byObject = {};
  for (const field of built.fields ?? []) {
    const object = names.object(field.objectUniversalIdentifier);
    (byObject[object] ??= {})[field.name] = describeField(field, names);
  }
  return byObject;
};

export const describeIndexes = (built, names) => ({
  uniqueFields: [...(built.objects ?? []).flatMap((o) => o.fields ?? []), ...(built.fields ?? [])]
    .filter((field) => field.isUnique)
    .map((field) => names.field(field.universalIdentifier))
    .sort(),
  defined: keyedBy(
    built.indexes ?? [],
    (index) => index.universalIdentifier,
    (index) => ({
      object: names.object(index.objectUniversalIdentifier),
      isUnique: index.isUnique ?? false,
      indexType: index.indexType,
      fields: index.fields.map((f) => names.field(f.fieldUniversalIdentifier)),
    }),
  ),
});

export const describeViews = (built, names) =>
  keyedBy(
    built.views ?? [],
    (view) => names.view(view.universalIdentifier),
    (view) => ({
      universalIdentifier: view.universalIdentifier,
      type: view.type,
      columns: [...(view.fields ?? [])]
        .sort((a, b) => a.position - b.position)
        .map((f) => names.field(f.fieldMetadataUniversalIdentifier)),
      filters: view.filters?.map((f) => ({
        field: names.field(f.fieldMetadataUniversalIdentifier),
        operand: f.operand,
        value: f.value,
      })),
      sorts: view.sorts?.map((s) => ({
        field: names.field(s.fieldMetadataUniversalIdentifier),
        direction: s.direction,
      })),
      groupBy: names.field(view.mainGroupByFieldMetadataUniversalIdentifier),
    }),
  );

export const describeNavigation = (built, names) => {
  const items = built.navigationMenuItems ?? [];
  const folderName = new Map(items.map((item) => [item.universalIdentifier, item.name]));
  return keyedBy(
    items,
    (item) => item.name ?? item.universalIdentifier,
    (item) => ({
      universalIdentifier: item.universalIdentifier,
      type: item.type,
      position: item.position,
      folder:
        item.folderUniversalIdentifier === undefined
          ? undefined
          : (folderName.get(item.folderUniversalIdentifier) ?? item.folderUniversalIdentifier),
      view: names.view(item.viewUniversalIdentifier),
      object: names.object(item.targetObjectUniversalIdentifier),
      pageLayout: names.pageLayout(item.pageLayoutUniversalIdentifier),
      link: item.link,
    }),
  );
};

const describeWidget = (widget, names) => ({
  universalIdentifier: widget.universalIdentifier,
  type: widget.type,
  title: widget.title,
  fieldsView: names.view(widget.configuration?.viewUniversalIdentifier),
  frontComponent: names.frontComponent(widget.configuration?.frontComponentUniversalIdentifier),
});

export const describeTabs = (built, names) =>
  keyedBy(
    built.pageLayoutTabs ?? [],
    (tab) => `${names.pageLayout(tab.pageLayoutUniversalIdentifier)}:${tab.title}`,
    (tab) => ({
      universalIdentifier: tab.universalIdentifier,
      position: tab.position,
      widgets: (tab.widgets ?? []).map((widget) => describeWidget(widget, names)),
    }),
  );

/** The app's own page layouts (the sync console's standalone page) with their tabs and widgets. */
export const describePageLayouts = (built, names) =>
  keyedBy(
    built.pageLayouts ?? [],
    (layout) => layout.name,
    (layout) => ({
      universalIdentifier: layout.universalIdentifier,
      type: layout.type,
      tabs: (layout.tabs ?? []).map((tab) => ({
        universalIdentifier: tab.universalIdentifier,
        title: tab.title,
        layoutMode: tab.layoutMode,
        widgets: (tab.widgets ?? []).map((widget) => describeWidget(widget, names)),
      })),
    }),
  );
