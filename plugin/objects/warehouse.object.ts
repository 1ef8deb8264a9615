// A Metakocka warehouse with the stock the last complete products sync counted in it, so a chart can show stock by
// warehouse (issue 19): a product keeps its warehouse rows as JSON, which a chart cannot group.
import { defineObject, MetadataWritability } from 'twenty-sdk/define';

import { dateTimeField, decimalField, integerField, textField } from 'plugin/fields/field-builders';
import { OBJECT_NAMES, WAREHOUSE_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineObject({
  universalIdentifier: ID.WAREHOUSE_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: OBJECT_NAMES.warehouse.singular,
  namePlural: OBJECT_NAMES.warehouse.plural,
  labelSingular: 'Metakocka warehouse',
  labelPlural: 'Metakocka warehouses',
  description: 'A Metakocka warehouse and the stock in it, as of the last complete products sync.',
  icon: 'IconBuildingWarehouse',
  isSearchable: true,
  isUICreatable: false,
  isUIEditable: false,
  writability: MetadataWritability.APPLICATION,
  labelIdentifierFieldMetadataUniversalIdentifier: ID.WAREHOUSE_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    textField({ universalIdentifier: ID.WAREHOUSE_NAME_FIELD_UNIVERSAL_IDENTIFIER, name: F.name, label: 'Name' }),
    textField(
      { universalIdentifier: ID.WAREHOUSE_MARK_FIELD_UNIVERSAL_IDENTIFIER, name: F.mark, label: 'Mark' },
      { isUnique: true, description: 'The warehouse mark in Metakocka; the upsert key.', icon: 'IconKey' },
    ),
    decimalField(
      { universalIdentifier: ID.WAREHOUSE_STOCK_UNITS_FIELD_UNIVERSAL_IDENTIFIER, name: F.stockUnits, label: 'Stock' },
      { notAudited: true, description: 'Units in stock over all products (any unit of measure).' },
    ),
    integerField(
      {
        universalIdentifier: ID.WAREHOUSE_PRODUCTS_IN_STOCK_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.productsInStock,
        label: 'Products in stock',
      },
      { notAudited: true, description: 'Products with more than zero in this warehouse.' },
    ),
    dateTimeField(
      {
        universalIdentifier: ID.WAREHOUSE_LAST_SYNCED_AT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.lastSyncedAt,
        label: 'Last synced',
      },
      { notAudited: true, description: 'When a products sync last changed these figures.' },
    ),
  ],
});
