// A Metakocka product (API.md §2.3 product_list): pulled from Metakocka, so only the app writes it.
import { defineObject, MetadataWritability } from 'twenty-sdk/define';

import {
  currencyField,
  booleanField,
  dateTimeField,
  decimalField,
  jsonField,
  oneToManyField,
  textField,
} from 'plugin/fields/field-builders';
import { OBJECT_NAMES, PRODUCT_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineObject({
  universalIdentifier: ID.PRODUCT_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: OBJECT_NAMES.product.singular,
  namePlural: OBJECT_NAMES.product.plural,
  labelSingular: 'Metakocka product',
  labelPlural: 'Metakocka products',
  description: 'A product or service from Metakocka, with its default prices and stock.',
  icon: 'IconPackage',
  isSearchable: true,
  isUICreatable: false,
  writability: MetadataWritability.APPLICATION,
  labelIdentifierFieldMetadataUniversalIdentifier: ID.PRODUCT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    textField({ universalIdentifier: ID.PRODUCT_NAME_FIELD_UNIVERSAL_IDENTIFIER, name: F.name, label: 'Name' }),
    textField(
      {
        universalIdentifier: ID.PRODUCT_METAKOCKA_ID_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.metakockaId,
        label: 'Metakocka ID',
      },
      {
        isUnique: true,
        description: 'mk_id of the product in Metakocka; the binding and upsert key.',
        icon: 'IconKey',
      },
    ),
    textField(
      { universalIdentifier: ID.PRODUCT_CODE_FIELD_UNIVERSAL_IDENTIFIER, name: F.code, label: 'Code' },
      { icon: 'IconBarcode' },
    ),
    textField({ universalIdentifier: ID.PRODUCT_UNIT_FIELD_UNIVERSAL_IDENTIFIER, name: F.unit, label: 'Unit' }),
    currencyField(
      { universalIdentifier: ID.PRODUCT_NET_PRICE_FIELD_UNIVERSAL_IDENTIFIER, name: F.netPrice, label: 'Net price' },
      { description: 'Price without VAT from the default price list.' },
    ),
    currencyField(
      {
        universalIdentifier: ID.PRODUCT_GROSS_PRICE_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.grossPrice,
        label: 'Gross price',
      },
      { description: 'Price with VAT from the default price list.' },
    ),
    jsonField(
      {
        universalIdentifier: ID.PRODUCT_PRICE_LISTS_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.priceLists,
        label: 'Price lists',
      },
      { description: 'Every price list with its prices and quantity breaks, amounts as decimal strings.' },
    ),
    decimalField({
      universalIdentifier: ID.PRODUCT_VAT_RATE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.vatRate,
      label: 'VAT rate (%)',
    }),
    textField({
      universalIdentifier: ID.PRODUCT_VAT_CODE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.vatCode,
      label: 'VAT code',
    }),
    textField({
      universalIdentifier: ID.PRODUCT_CATEGORY_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.category,
      label: 'Category',
    }),
    booleanField({
      universalIdentifier: ID.PRODUCT_ESHOP_SYNC_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.eshopSync,
      label: 'Sold in e-shop',
    }),
    decimalField(
      { universalIdentifier: ID.PRODUCT_STOCK_TOTAL_FIELD_UNIVERSAL_IDENTIFIER, name: F.stockTotal, label: 'Stock' },
      { notAudited: true, description: 'Amount in stock over all warehouses.' },
    ),
    jsonField(
      {
        universalIdentifier: ID.PRODUCT_STOCK_BY_WAREHOUSE_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.stockByWarehouse,
        label: 'Stock by warehouse',
      },
      { notAudited: true },
    ),
    booleanField(
      { universalIdentifier: ID.PRODUCT_IS_ACTIVE_FIELD_UNIVERSAL_IDENTIFIER, name: F.isActive, label: 'Active' },
      { defaultValue: true },
    ),
    booleanField(
      {
        universalIdentifier: ID.PRODUCT_OUT_OF_SYNC_SCOPE_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.outOfSyncScope,
        label: 'Outside sync filters',
      },
      {
        defaultValue: false,
        notAudited: true,
        description:
          'The product filters leave this product out: it is kept as last synced and no longer updated (D63).',
      },
    ),
    textField(
      { universalIdentifier: ID.PRODUCT_SYNC_HASH_FIELD_UNIVERSAL_IDENTIFIER, name: F.syncHash, label: 'Sync hash' },
      {
        notAudited: true,
        description: 'Hash of what the sync last wrote; tells the sync’s own writes from user edits.',
      },
    ),
    dateTimeField(
      {
        universalIdentifier: ID.PRODUCT_LAST_SYNCED_AT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.lastSyncedAt,
        label: 'Last synced',
      },
      { notAudited: true },
    ),
    oneToManyField(
      {
        universalIdentifier: ID.PRODUCT_SALES_DOCUMENT_LINES_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.salesDocumentLines,
        label: 'Document lines',
      },
      {
        targetObject: ID.SALES_DOCUMENT_LINE_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SALES_DOCUMENT_LINE_PRODUCT_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    oneToManyField(
      {
        universalIdentifier: ID.PRODUCT_SYNC_ISSUES_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.syncIssues,
        label: 'Sync issues',
      },
      {
        targetObject: ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SYNC_ISSUE_PRODUCT_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
  ],
});
