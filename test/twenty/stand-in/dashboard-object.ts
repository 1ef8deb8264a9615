/**
 * The standard `dashboard` object (issue 19 item 1, UI-SURFACES.md §1.6): not in the captured field inventory, so its
 * fields are the recorded schema's. contract/core-schema.full.graphql `type Dashboard` (line 6371): id, createdAt,
 * updatedAt, deletedAt, `title: String`, `position: Position!`, `pageLayoutId: UUID`, createdBy, updatedBy,
 * searchVector (the system fields every object has), and `attachments` and `timelineActivities`, the relations of
 * contract example i1's `dashboard` (no note or task targets there). `DashboardCreateInput` (line 6787) makes every field
 * optional; `dashboards`, `createDashboards(data, upsert)` and `createDashboard` (lines 52321, 52494–52495) are the
 * generic record operations the stand-in serves for any object. The universal identifier is twenty-sdk's
 * STANDARD_OBJECT.dashboard.
 */
import { randomUUID } from 'node:crypto';
import { installMorphTargets } from './manifest-model';
import { addField, newObject, systemFields, type DataModel, type FieldMeta } from './model';

export const DASHBOARD_OBJECT_UID = '20202020-3840-4b6d-9425-0c5188b05ca8';

const field = (name: string, label: string, type: string): FieldMeta => ({
  id: randomUUID(),
  name,
  label,
  type,
  isNullable: true,
  isUnique: false,
  isSystem: false,
  defaultValue: undefined,
});

export function addDashboardObject(model: DataModel): void {
  const dashboard = newObject({
    nameSingular: 'dashboard',
    namePlural: 'dashboards',
    labelSingular: 'Dashboard',
    labelPlural: 'Dashboards',
    isCustom: false,
    universalIdentifier: DASHBOARD_OBJECT_UID,
  });
  for (const system of systemFields()) addField(dashboard, system);
  addField(dashboard, field('title', 'Title', 'TEXT'));
  addField(dashboard, field('pageLayoutId', 'Page layout', 'UUID'));
  model.add(dashboard);
  installMorphTargets(model, dashboard, ['attachment', 'timelineActivity']);
}
