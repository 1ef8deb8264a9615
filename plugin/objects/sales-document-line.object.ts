// One line of a sales document (API.md §2.8 product_list rows). Its key `<document mk_id>:<mk_row_id>` is unique, so a
// re-pulled document updates its lines in place instead of duplicating them.
import { defineObject, OnDeleteAction } from 'twenty-sdk/define';

import { currencyField, decimalField, integerField, manyToOneField, textField } from 'plugin/fields/field-builders';
import { OBJECT_NAMES, SALES_DOCUMENT_LINE_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineObject({
  universalIdentifier: ID.SALES_DOCUMENT_LINE_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: OBJECT_NAMES.salesDocumentLine.singular,
  namePlural: OBJECT_NAMES.salesDocumentLine.plural,
  labelSingular: 'Sales document line',
  labelPlural: 'Sales document lines',
  description: 'A product or service line of a Metakocka sales document.',
  icon: 'IconListDetails',
  isSearchable: false,
  labelIdentifierFieldMetadataUniversalIdentifier: ID.SALES_DOCUMENT_LINE_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    textField({
      universalIdentifier: ID.SALES_DOCUMENT_LINE_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.name,
      label: 'Name',
    }),
    textField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_LINE_METAKOCKA_ROW_KEY_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.metakockaRowKey,
        label: 'Metakocka row key',
      },
      {
        appOnly: true,
        isUnique: true,
        icon: 'IconKey',
        description: '<document mk_id>:<mk_row_id>; the binding and upsert key.',
      },
    ),
    manyToOneField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_LINE_SALES_DOCUMENT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.salesDocument,
        label: 'Document',
      },
      {
        targetObject: ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SALES_DOCUMENT_LINES_FIELD_UNIVERSAL_IDENTIFIER,
        // A line means nothing without its document.
        onDelete: OnDeleteAction.CASCADE,
      },
    ),
    manyToOneField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_LINE_PRODUCT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.product,
        label: 'Product',
      },
      {
        targetObject: ID.PRODUCT_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.PRODUCT_SALES_DOCUMENT_LINES_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    textField({
      universalIdentifier: ID.SALES_DOCUMENT_LINE_CODE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.code,
      label: 'Code',
    }),
    decimalField({
      universalIdentifier: ID.SALES_DOCUMENT_LINE_QUANTITY_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.quantity,
      label: 'Quantity',
    }),
    textField({
      universalIdentifier: ID.SALES_DOCUMENT_LINE_UNIT_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.unit,
      label: 'Unit',
    }),
    currencyField({
      universalIdentifier: ID.SALES_DOCUMENT_LINE_UNIT_PRICE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.unitPrice,
      label: 'Unit price (net)',
    }),
    decimalField({
      universalIdentifier: ID.SALES_DOCUMENT_LINE_DISCOUNT_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.discountPercent,
      label: 'Discount (%)',
    }),
    textField({
      universalIdentifier: ID.SALES_DOCUMENT_LINE_VAT_CODE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.vatCode,
      label: 'VAT code',
    }),
    decimalField({
      universalIdentifier: ID.SALES_DOCUMENT_LINE_VAT_RATE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.vatRate,
      label: 'VAT rate (%)',
    }),
    currencyField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_LINE_LINE_NET_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.lineNet,
        label: 'Line net',
      },
      { appOnly: true, description: 'As Metakocka computed it; never recomputed in Twenty.' },
    ),
    currencyField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_LINE_LINE_GROSS_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.lineGross,
        label: 'Line gross',
      },
      { appOnly: true, description: 'As Metakocka computed it; never recomputed in Twenty.' },
    ),
    integerField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_LINE_LINE_NUMBER_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.lineNumber,
        label: 'Line number',
      },
      { description: 'Order of the line in the document (1 = first).' },
    ),
  ],
});
