// A Metakocka sales document: offer, order, invoice or credit note (API.md §2.8), linked to the company, person and
// opportunity it belongs to and to the document it was made from (offer → order → invoice).
// Users may draft documents in Twenty; fields only Metakocka can know (ids, totals, status, links) are app-only.
import { defineObject, STANDARD_OBJECT } from 'twenty-sdk/define';

import {
  booleanField,
  currencyField,
  dateField,
  dateTimeField,
  jsonField,
  linksField,
  manyToOneField,
  oneToManyField,
  selectField,
  textField,
} from 'plugin/fields/field-builders';
import { OBJECT_NAMES, SALES_DOCUMENT_FIELDS as F } from 'plugin/constants/names';
import { DOCUMENT_TYPE_SPEC } from 'plugin/constants/select-options';
import * as ID from 'plugin/constants/universal-identifiers';

const fromMetakocka = { appOnly: true } as const;

export default defineObject({
  universalIdentifier: ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: OBJECT_NAMES.salesDocument.singular,
  namePlural: OBJECT_NAMES.salesDocument.plural,
  labelSingular: 'Sales document',
  labelPlural: 'Sales documents',
  description: 'An offer, order, invoice or credit note in Metakocka.',
  icon: 'IconFileInvoice',
  isSearchable: true,
  labelIdentifierFieldMetadataUniversalIdentifier: ID.SALES_DOCUMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    textField({ universalIdentifier: ID.SALES_DOCUMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER, name: F.name, label: 'Name' }),
    textField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_METAKOCKA_ID_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.metakockaId,
        label: 'Metakocka ID',
      },
      {
        ...fromMetakocka,
        isUnique: true,
        icon: 'IconKey',
        description: 'mk_id of the document; the binding and upsert key.',
      },
    ),
    selectField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_DOCUMENT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.documentType,
        label: 'Type',
      },
      DOCUMENT_TYPE_SPEC,
    ),
    textField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_COUNT_CODE_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.countCode,
        label: 'Number',
      },
      { ...fromMetakocka, description: 'The document number Metakocka assigned (count_code).' },
    ),
    textField({
      universalIdentifier: ID.SALES_DOCUMENT_BUYER_ORDER_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.buyerOrder,
      label: 'Buyer order number',
    }),
    textField(
      { universalIdentifier: ID.SALES_DOCUMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER, name: F.status, label: 'Status' },
      { ...fromMetakocka, description: 'Status as named in the company’s Metakocka register (status_code).' },
    ),
    textField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_STATUS_KEY_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.statusKey,
        label: 'Status key',
      },
      { ...fromMetakocka, description: 'Metakocka’s stable status key (status_desc), e.g. new_order, shipped.' },
    ),
    dateField({
      universalIdentifier: ID.SALES_DOCUMENT_DOCUMENT_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.documentDate,
      label: 'Document date',
    }),
    dateField({
      universalIdentifier: ID.SALES_DOCUMENT_DUE_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.dueDate,
      label: 'Due date',
    }),
    textField({
      universalIdentifier: ID.SALES_DOCUMENT_CURRENCY_FIELD_UNIVERSAL_IDENTIFIER,
      name: F.currency,
      label: 'Currency',
    }),
    currencyField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_NET_TOTAL_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.netTotal,
        label: 'Net total',
      },
      fromMetakocka,
    ),
    currencyField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_VAT_TOTAL_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.vatTotal,
        label: 'VAT total',
      },
      fromMetakocka,
    ),
    currencyField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_GROSS_TOTAL_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.grossTotal,
        label: 'Gross total',
      },
      fromMetakocka,
    ),
    currencyField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_PAID_TOTAL_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.paidTotal,
        label: 'Paid',
      },
      fromMetakocka,
    ),
    jsonField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_VAT_BREAKDOWN_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.vatBreakdown,
        label: 'VAT breakdown',
      },
      { ...fromMetakocka, description: 'Base and VAT per rate, amounts as decimal strings.' },
    ),
    linksField(
      { universalIdentifier: ID.SALES_DOCUMENT_PDF_URL_FIELD_UNIVERSAL_IDENTIFIER, name: F.pdfUrl, label: 'PDF' },
      fromMetakocka,
    ),
    linksField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_METAKOCKA_URL_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.metakockaUrl,
        label: 'Open in Metakocka',
      },
      fromMetakocka,
    ),
    booleanField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_IS_ISSUED_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.isIssued,
        label: 'Issued (locked)',
      },
      {
        ...fromMetakocka,
        description: 'An issued invoice cannot change in Metakocka, so the sync never pushes edits to it.',
      },
    ),
    booleanField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_IS_DELETED_IN_METAKOCKA_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.isDeletedInMetakocka,
        label: 'Deleted in Metakocka',
      },
      fromMetakocka,
    ),
    booleanField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_OUT_OF_SYNC_SCOPE_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.outOfSyncScope,
        label: 'Outside sync filters',
      },
      {
        ...fromMetakocka,
        notAudited: true,
        description:
          'The document filters (types, dates) leave this document out: it is kept as last synced and no longer updated (D63).',
      },
    ),
    manyToOneField(
      { universalIdentifier: ID.SALES_DOCUMENT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER, name: F.company, label: 'Company' },
      {
        targetObject: STANDARD_OBJECT.company.universalIdentifier,
        targetField: ID.COMPANY_METAKOCKA_SALES_DOCUMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    manyToOneField(
      { universalIdentifier: ID.SALES_DOCUMENT_PERSON_FIELD_UNIVERSAL_IDENTIFIER, name: F.person, label: 'Person' },
      {
        targetObject: STANDARD_OBJECT.person.universalIdentifier,
        targetField: ID.PERSON_METAKOCKA_SALES_DOCUMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    manyToOneField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.opportunity,
        label: 'Opportunity',
      },
      {
        targetObject: STANDARD_OBJECT.opportunity.universalIdentifier,
        targetField: ID.OPPORTUNITY_METAKOCKA_SALES_DOCUMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    manyToOneField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_SOURCE_DOCUMENT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.sourceDocument,
        label: 'Made from',
      },
      {
        targetObject: ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SALES_DOCUMENT_DERIVED_DOCUMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    oneToManyField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_DERIVED_DOCUMENTS_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.derivedDocuments,
        label: 'Made into',
      },
      {
        targetObject: ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SALES_DOCUMENT_SOURCE_DOCUMENT_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    oneToManyField(
      { universalIdentifier: ID.SALES_DOCUMENT_LINES_FIELD_UNIVERSAL_IDENTIFIER, name: F.lines, label: 'Lines' },
      {
        targetObject: ID.SALES_DOCUMENT_LINE_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SALES_DOCUMENT_LINE_SALES_DOCUMENT_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    oneToManyField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_SYNC_ISSUES_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.syncIssues,
        label: 'Sync issues',
      },
      {
        targetObject: ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
        targetField: ID.SYNC_ISSUE_SALES_DOCUMENT_FIELD_UNIVERSAL_IDENTIFIER,
      },
    ),
    textField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_SYNC_HASH_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.syncHash,
        label: 'Sync hash',
      },
      { ...fromMetakocka, notAudited: true },
    ),
    dateTimeField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_LAST_SYNCED_AT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.lastSyncedAt,
        label: 'Last synced',
      },
      { ...fromMetakocka, notAudited: true },
    ),
  ],
});
