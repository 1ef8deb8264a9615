// Document and opportunity commands act on exactly one record. The SDK build rewrites the source text that follows
// the property name below into Twenty's expression string (a regex over every loaded file in twenty-sdk's build
// plugin; APPS.md §1 defineCommandMenuItem). Found by test/plugin/command-menu-items: it ships a constant's NAME
// as the expression, and re-quotes a string literal written after ": ", so the expression stays in the JS form
// the build expects; it becomes "numberOfSelectedRecords == 1" and is never evaluated.
import { numberOfSelectedRecords, type CommandMenuItemConfig } from 'twenty-sdk/define';

export const oneRecordItem = (item: {
  universalIdentifier: string;
  label: string;
  shortLabel: string;
  objectUniversalIdentifier: string;
  frontComponentUniversalIdentifier: string;
}): CommandMenuItemConfig => ({
  universalIdentifier: item.universalIdentifier,
  label: item.label,
  shortLabel: item.shortLabel,
  availabilityType: 'RECORD_SELECTION',
  availabilityObjectUniversalIdentifier: item.objectUniversalIdentifier,
  conditionalAvailabilityExpression: numberOfSelectedRecords === 1,
  frontComponentUniversalIdentifier: item.frontComponentUniversalIdentifier,
});
