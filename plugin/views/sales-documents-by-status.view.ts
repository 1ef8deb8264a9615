// "Sales documents by status": documents ordered by their Metakocka status, newest first within a status.
// Sorted rather than grouped: Twenty groups only by SELECT fields, and Metakocka statuses are named per company
// (API.md §2.8 "Status"), so `status` is text.
import { defineView, ViewSortDirection, ViewType } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { columns } from 'plugin/views/view-columns';

export default defineView({
  universalIdentifier: ID.SALES_DOCUMENTS_BY_STATUS_VIEW_UNIVERSAL_IDENTIFIER,
  name: 'Sales documents by status',
  objectUniversalIdentifier: ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  type: ViewType.TABLE,
  icon: 'IconFileInvoice',
  position: 0,
  fields: columns([
    [
      ID.SALES_DOCUMENTS_BY_STATUS_VIEW_FIELD_NAME_UNIVERSAL_IDENTIFIER,
      ID.SALES_DOCUMENT_NAME_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.SALES_DOCUMENTS_BY_STATUS_VIEW_FIELD_DOCUMENT_TYPE_UNIVERSAL_IDENTIFIER,
      ID.SALES_DOCUMENT_DOCUMENT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.SALES_DOCUMENTS_BY_STATUS_VIEW_FIELD_STATUS_UNIVERSAL_IDENTIFIER,
      ID.SALES_DOCUMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.SALES_DOCUMENTS_BY_STATUS_VIEW_FIELD_DOCUMENT_DATE_UNIVERSAL_IDENTIFIER,
      ID.SALES_DOCUMENT_DOCUMENT_DATE_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.SALES_DOCUMENTS_BY_STATUS_VIEW_FIELD_COMPANY_UNIVERSAL_IDENTIFIER,
      ID.SALES_DOCUMENT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.SALES_DOCUMENTS_BY_STATUS_VIEW_FIELD_GROSS_TOTAL_UNIVERSAL_IDENTIFIER,
      ID.SALES_DOCUMENT_GROSS_TOTAL_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.SALES_DOCUMENTS_BY_STATUS_VIEW_FIELD_PAID_TOTAL_UNIVERSAL_IDENTIFIER,
      ID.SALES_DOCUMENT_PAID_TOTAL_FIELD_UNIVERSAL_IDENTIFIER,
    ],
    [
      ID.SALES_DOCUMENTS_BY_STATUS_VIEW_FIELD_IS_ISSUED_UNIVERSAL_IDENTIFIER,
      ID.SALES_DOCUMENT_IS_ISSUED_FIELD_UNIVERSAL_IDENTIFIER,
    ],
  ]),
  sorts: [
    {
      universalIdentifier: ID.SALES_DOCUMENTS_BY_STATUS_VIEW_SORT_STATUS_UNIVERSAL_IDENTIFIER,
      fieldMetadataUniversalIdentifier: ID.SALES_DOCUMENT_STATUS_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.ASC,
    },
    {
      universalIdentifier: ID.SALES_DOCUMENTS_BY_STATUS_VIEW_SORT_DOCUMENT_DATE_UNIVERSAL_IDENTIFIER,
      fieldMetadataUniversalIdentifier: ID.SALES_DOCUMENT_DOCUMENT_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      direction: ViewSortDirection.DESC,
    },
  ],
});
