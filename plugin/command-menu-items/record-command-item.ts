// The record commands appear on both companies and people (issue #5 item 5); one front component serves both and
// reads the selected object from Twenty's context (useSelectedObjectMetadata), so the items differ only in object.
import { STANDARD_OBJECT, type CommandMenuItemConfig } from 'twenty-sdk/define';

import {
  EXCLUDE_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  INCLUDE_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  RESYNC_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  UNLINK_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';

export type RecordCommandName = 'resync' | 'unlink' | 'exclude' | 'include';

const COMMANDS: Record<
  RecordCommandName,
  { label: string; shortLabel: string; frontComponentUniversalIdentifier: string }
> = {
  resync: {
    label: 'Resync with Metakocka',
    shortLabel: 'Resync',
    frontComponentUniversalIdentifier: RESYNC_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  },
  unlink: {
    label: 'Unlink from Metakocka',
    shortLabel: 'Unlink',
    frontComponentUniversalIdentifier: UNLINK_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  },
  exclude: {
    label: 'Exclude from Metakocka sync',
    shortLabel: 'Exclude',
    frontComponentUniversalIdentifier: EXCLUDE_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  },
  include: {
    label: 'Include in Metakocka sync again',
    shortLabel: 'Include',
    frontComponentUniversalIdentifier: INCLUDE_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  },
};

export const recordCommandItem = (
  object: 'company' | 'person',
  command: RecordCommandName,
  universalIdentifier: string,
): CommandMenuItemConfig => ({
  universalIdentifier,
  ...COMMANDS[command],
  availabilityType: 'RECORD_SELECTION',
  availabilityObjectUniversalIdentifier: STANDARD_OBJECT[object].universalIdentifier,
});
