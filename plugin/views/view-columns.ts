// Turns [view-field id, field id] pairs into visible view columns in the order given. Not an entity file.
type Column = readonly [viewFieldUniversalIdentifier: string, fieldUniversalIdentifier: string];

export const columns = (pairs: readonly Column[]) =>
  pairs.map(([universalIdentifier, fieldMetadataUniversalIdentifier], position) => ({
    universalIdentifier,
    fieldMetadataUniversalIdentifier,
    position,
    isVisible: true,
    size: 180,
  }));
