// The data model a Twenty admin installs, read from the built manifest and checked against names and types written
// out by hand here (CONTRACTS.md "Object and field API names"), not derived from plugin/constants.
import { loadBuiltManifest, type BuiltManifest } from 'test/plugin/built-manifest';
import { indexManifest } from 'test/plugin/manifest-index';

const EXPECTED_OBJECTS: Record<string, { plural: string; fields: Record<string, string> }> = {
  metakockaProduct: {
    plural: 'metakockaProducts',
    fields: {
      name: 'TEXT',
      metakockaId: 'TEXT',
      code: 'TEXT',
      unit: 'TEXT',
      netPrice: 'CURRENCY',
      grossPrice: 'CURRENCY',
      priceLists: 'RAW_JSON',
      vatRate: 'NUMERIC',
      vatCode: 'TEXT',
      category: 'TEXT',
      eshopSync: 'BOOLEAN',
      stockTotal: 'NUMERIC',
      stockByWarehouse: 'RAW_JSON',
      isActive: 'BOOLEAN',
      outOfSyncScope: 'BOOLEAN',
      syncHash: 'TEXT',
      lastSyncedAt: 'DATE_TIME',
      salesDocumentLines: 'RELATION',
      syncIssues: 'RELATION',
    },
  },
  metakockaSalesDocument: {
    plural: 'metakockaSalesDocuments',
    fields: {
      name: 'TEXT',
      metakockaId: 'TEXT',
      documentType: 'SELECT',
      countCode: 'TEXT',
      buyerOrder: 'TEXT',
      status: 'TEXT',
      statusKey: 'TEXT',
      documentDate: 'DATE',
      dueDate: 'DATE',
      currency: 'TEXT',
      netTotal: 'CURRENCY',
      vatTotal: 'CURRENCY',
      grossTotal: 'CURRENCY',
      paidTotal: 'CURRENCY',
      vatBreakdown: 'RAW_JSON',
      pdfUrl: 'LINKS',
      metakockaUrl: 'LINKS',
      isIssued: 'BOOLEAN',
      isDeletedInMetakocka: 'BOOLEAN',
      outOfSyncScope: 'BOOLEAN',
      company: 'RELATION',
      person: 'RELATION',
      opportunity: 'RELATION',
      sourceDocument: 'RELATION',
      derivedDocuments: 'RELATION',
      lines: 'RELATION',
      syncIssues: 'RELATION',
      syncHash: 'TEXT',
      lastSyncedAt: 'DATE_TIME',
    },
  },
  metakockaSalesDocumentLine: {
    plural: 'metakockaSalesDocumentLines',
    fields: {
      name: 'TEXT',
      metakockaRowKey: 'TEXT',
      salesDocument: 'RELATION',
      product: 'RELATION',
      code: 'TEXT',
      quantity: 'NUMERIC',
      unit: 'TEXT',
      unitPrice: 'CURRENCY',
      discountPercent: 'NUMERIC',
      vatCode: 'TEXT',
      vatRate: 'NUMERIC',
      lineNet: 'CURRENCY',
      lineGross: 'CURRENCY',
      lineNumber: 'NUMBER',
    },
  },
  metakockaSyncRun: {
    plural: 'metakockaSyncRuns',
    fields: {
      name: 'TEXT',
      stream: 'SELECT',
      direction: 'SELECT',
      trigger: 'SELECT',
      status: 'SELECT',
      startedAt: 'DATE_TIME',
      finishedAt: 'DATE_TIME',
      createdCount: 'NUMBER',
      updatedCount: 'NUMBER',
      unchangedCount: 'NUMBER',
      deletedCount: 'NUMBER',
      failedCount: 'NUMBER',
      skippedCount: 'NUMBER',
      apiCallsMetakocka: 'NUMBER',
      apiCallsTwenty: 'NUMBER',
      apiCallsByMethod: 'RAW_JSON',
      checkpoint: 'TEXT',
      recordsDone: 'NUMBER',
      recordsEstimated: 'NUMBER',
      isDryRun: 'BOOLEAN',
      issuesLastSeen: 'RELATION',
      issuesRaised: 'RELATION',
      settingsSnapshot: 'RAW_JSON',
      errorSummary: 'TEXT',
      plan: 'RAW_JSON',
    },
  },
  metakockaSyncIssue: {
    plural: 'metakockaSyncIssues',
    fields: {
      name: 'TEXT',
      kind: 'SELECT',
      severity: 'SELECT',
      status: 'SELECT',
      stream: 'SELECT',
      recordObject: 'TEXT',
      recordId: 'TEXT',
      recordLink: 'LINKS',
      metakockaId: 'TEXT',
      errorClass: 'TEXT',
      errorCode: 'TEXT',
      message: 'TEXT',
      messageParams: 'RAW_JSON',
      suggestedAction: 'TEXT',
      attempts: 'NUMBER',
      firstSeenAt: 'DATE_TIME',
      lastSeenAt: 'DATE_TIME',
      conflictField: 'TEXT',
      twentyValue: 'TEXT',
      metakockaValue: 'TEXT',
      twentyChangedAt: 'DATE_TIME',
      metakockaChangedAt: 'DATE_TIME',
      issueKey: 'TEXT',
      company: 'RELATION',
      person: 'RELATION',
      product: 'RELATION',
      salesDocument: 'RELATION',
      causeKey: 'TEXT',
      firstRun: 'RELATION',
      ignoredFingerprint: 'TEXT',
      ignoredReason: 'TEXT',
      lastRun: 'RELATION',
      recordName: 'TEXT',
      resolution: 'RAW_JSON',
    },
  },
  metakockaCredential: {
    plural: 'metakockaCredentials',
    fields: {
      // `name` is added by the SDK build to every object that does not declare one (twenty-sdk objectFields).
      name: 'TEXT',
      label: 'TEXT',
      workspaceMember: 'RELATION',
      ownerWorkspaceMemberId: 'TEXT',
      companyId: 'TEXT',
      encryptedSecret: 'TEXT',
      lastVerifiedAt: 'DATE_TIME',
      status: 'SELECT',
    },
  },
  metakockaAuditEntry: {
    plural: 'metakockaAuditEntries',
    fields: {
      name: 'TEXT',
      action: 'TEXT',
      actorWorkspaceMemberId: 'TEXT',
      target: 'TEXT',
      detail: 'TEXT',
      before: 'TEXT',
      after: 'TEXT',
      at: 'DATE_TIME',
    },
  },
  metakockaReport: {
    plural: 'metakockaReports',
    fields: {
      name: 'TEXT',
      source: 'TEXT',
      format: 'SELECT',
      file: 'FILES',
      fileName: 'TEXT',
      generatedAt: 'DATE_TIME',
      rowCount: 'NUMBER',
      parameters: 'RAW_JSON',
      requestedBy: 'TEXT',
      dataAsOf: 'DATE_TIME',
    },
  },
  metakockaSavedReport: {
    plural: 'metakockaSavedReports',
    fields: {
      name: 'TEXT',
      template: 'TEXT',
      parameters: 'RAW_JSON',
      schedule: 'RAW_JSON',
      savedBy: 'TEXT',
      scheduledBy: 'TEXT',
      scheduledAt: 'DATE_TIME',
      lastSlot: 'DATE_TIME',
      lastReportId: 'TEXT',
    },
  },
  metakockaWarehouse: {
    plural: 'metakockaWarehouses',
    fields: {
      name: 'TEXT',
      mark: 'TEXT',
      stockUnits: 'NUMERIC',
      productsInStock: 'NUMBER',
      lastSyncedAt: 'DATE_TIME',
    },
  },
};

const PARTNER_FIELDS = {
  metakockaPartnerId: 'TEXT',
  metakockaPartnerCode: 'TEXT',
  metakockaTaxNumber: 'TEXT',
  metakockaVatPayer: 'BOOLEAN',
  metakockaSyncStatus: 'SELECT',
  metakockaLastSyncedAt: 'DATE_TIME',
  metakockaLink: 'LINKS',
  metakockaDeliveryAddresses: 'RAW_JSON',
  metakockaSyncHash: 'TEXT',
  metakockaSyncExcluded: 'BOOLEAN',
  metakockaSalesDocuments: 'RELATION',
  metakockaSyncIssues: 'RELATION',
};
const EXPECTED_STANDARD_OBJECT_FIELDS: Record<string, Record<string, string>> = {
  company: PARTNER_FIELDS,
  person: { ...PARTNER_FIELDS, metakockaContactId: 'TEXT' },
  opportunity: { metakockaSyncStatus: 'SELECT', metakockaSalesDocuments: 'RELATION' },
  workspaceMember: { metakockaCredentials: 'RELATION' },
};

const UNIQUE_BINDING_FIELDS = [
  'company.metakockaPartnerId',
  'person.metakockaPartnerId',
  'person.metakockaContactId',
  'metakockaProduct.metakockaId',
  'metakockaSalesDocument.metakockaId',
  'metakockaSalesDocumentLine.metakockaRowKey',
  'metakockaSyncIssue.issueKey',
  'metakockaCredential.ownerWorkspaceMemberId',
  'metakockaWarehouse.mark',
];

// [many-to-one side (holds the key), one-to-many side]
const RELATIONS: Array<[string, string]> = [
  ['metakockaSalesDocument.company', 'company.metakockaSalesDocuments'],
  ['metakockaSalesDocument.person', 'person.metakockaSalesDocuments'],
  ['metakockaSalesDocument.opportunity', 'opportunity.metakockaSalesDocuments'],
  ['metakockaSalesDocument.sourceDocument', 'metakockaSalesDocument.derivedDocuments'],
  ['metakockaSalesDocumentLine.salesDocument', 'metakockaSalesDocument.lines'],
  ['metakockaSalesDocumentLine.product', 'metakockaProduct.salesDocumentLines'],
  ['metakockaSyncIssue.company', 'company.metakockaSyncIssues'],
  ['metakockaSyncIssue.person', 'person.metakockaSyncIssues'],
  ['metakockaSyncIssue.product', 'metakockaProduct.syncIssues'],
  ['metakockaSyncIssue.salesDocument', 'metakockaSalesDocument.syncIssues'],
  ['metakockaCredential.workspaceMember', 'workspaceMember.metakockaCredentials'],
  ['metakockaSyncIssue.firstRun', 'metakockaSyncRun.issuesRaised'],
  ['metakockaSyncIssue.lastRun', 'metakockaSyncRun.issuesLastSeen'],
];

// Rewritten by the sync on (nearly) every run: kept off the record timelines.
const NOT_AUDIT_LOGGED = [
  'company.metakockaSyncHash',
  'company.metakockaLastSyncedAt',
  'company.metakockaSyncStatus',
  'person.metakockaSyncHash',
  'person.metakockaLastSyncedAt',
  'person.metakockaSyncStatus',
  'opportunity.metakockaSyncStatus',
  'metakockaProduct.syncHash',
  'metakockaProduct.lastSyncedAt',
  'metakockaProduct.stockTotal',
  'metakockaProduct.stockByWarehouse',
  'metakockaProduct.outOfSyncScope',
  'metakockaSalesDocument.outOfSyncScope',
  'metakockaSalesDocument.syncHash',
  'metakockaSalesDocument.lastSyncedAt',
  'metakockaSyncRun.status',
  'metakockaSyncRun.recordsDone',
  'metakockaSyncRun.checkpoint',
  'metakockaSyncRun.createdCount',
  'metakockaSyncRun.apiCallsMetakocka',
  'metakockaSyncIssue.attempts',
  'metakockaSyncIssue.lastSeenAt',
];

// Values only Metakocka knows: users cannot edit them, only the app can write them.
const APP_WRITABLE_FIELDS = [
  'metakockaSalesDocument.metakockaId',
  'metakockaSalesDocument.countCode',
  'metakockaSalesDocument.status',
  'metakockaSalesDocument.grossTotal',
  'metakockaSalesDocument.paidTotal',
  'metakockaSalesDocument.pdfUrl',
  'metakockaSalesDocument.isIssued',
  'metakockaSalesDocumentLine.metakockaRowKey',
  'metakockaSalesDocumentLine.lineGross',
  'metakockaSalesDocument.syncHash',
  // Bindings, sync hashes and the exclusion flag (D40): set by the sync and the guarded record actions only.
  'company.metakockaPartnerId',
  'company.metakockaSyncHash',
  'company.metakockaSyncExcluded',
  'person.metakockaPartnerId',
  'person.metakockaContactId',
  'person.metakockaSyncHash',
  'person.metakockaSyncExcluded',
];
const APP_WRITABLE_OBJECTS = [
  'metakockaCredential',
  'metakockaAuditEntry',
  'metakockaSyncRun',
  'metakockaSyncIssue',
  'metakockaProduct',
];

let manifest: BuiltManifest;
let model: ReturnType<typeof indexManifest>;

beforeAll(async () => {
  manifest = await loadBuiltManifest();
  model = indexManifest(manifest);
}, 600_000);

describe('objects', () => {
  it.each(Object.entries(EXPECTED_OBJECTS))('%s has exactly the expected fields and types', (name, expected) => {
    const object = model.object(name);
    expect(object.namePlural).toBe(expected.plural);
    const actual = Object.fromEntries(
      object.fields.map((field: { name: string; type: string }) => [field.name, field.type]),
    );
    expect(actual).toEqual(expected.fields);
  });

  it('defines no object beyond the expected ones', () => {
    expect(manifest.objects.map((object) => object.nameSingular).sort()).toEqual(Object.keys(EXPECTED_OBJECTS).sort());
  });

  it('labels every object by a text field of its own', () => {
    for (const object of manifest.objects) {
      const label = object.fields.find(
        (field: { universalIdentifier: string }) =>
          field.universalIdentifier === object.labelIdentifierFieldMetadataUniversalIdentifier,
      );
      expect({ object: object.nameSingular, type: label?.type }).toEqual({ object: object.nameSingular, type: 'TEXT' });
    }
  });
});

describe('fields on standard objects', () => {
  it.each(Object.entries(EXPECTED_STANDARD_OBJECT_FIELDS))(
    '%s gets exactly the expected Metakocka fields',
    (objectName, expected) => {
      const actual = Object.fromEntries(
        manifest.fields
          .filter((field) => model.objectName(field.objectUniversalIdentifier) === objectName)
          .map((field) => [field.name, field.type]),
      );
      expect(actual).toEqual(expected);
    },
  );
});

describe('binding fields', () => {
  it('has a unique index on every binding field and on nothing else', () => {
    const unique = model.fields.filter((field) => field.isUnique).map((field) => `${field.objectName}.${field.name}`);
    expect(unique.sort()).toEqual([...UNIQUE_BINDING_FIELDS].sort());
  });

  it('does not make the Metakocka id a sync issue merely mentions unique', () => {
    expect(model.field('metakockaSyncIssue.metakockaId').isUnique).toBeFalsy();
  });
});

describe('relations', () => {
  it.each(RELATIONS)('%s and %s point at each other', (manyPath, onePath) => {
    const many = model.field(manyPath);
    const one = model.field(onePath);
    expect(many.universalSettings.relationType).toBe('MANY_TO_ONE');
    expect(one.universalSettings.relationType).toBe('ONE_TO_MANY');
    expect(model.fieldPath(many.relationTargetFieldMetadataUniversalIdentifier)).toBe(onePath);
    expect(model.fieldPath(one.relationTargetFieldMetadataUniversalIdentifier)).toBe(manyPath);
    expect(model.objectName(many.relationTargetObjectMetadataUniversalIdentifier)).toBe(one.objectName);
    expect(model.objectName(one.relationTargetObjectMetadataUniversalIdentifier)).toBe(many.objectName);
  });

  it('has no relation field without a matching other side', () => {
    const relationPaths = model.fields
      .filter((field) => field.type === 'RELATION')
      .map((field) => `${field.objectName}.${field.name}`);
    expect(relationPaths.sort()).toEqual(RELATIONS.flat().sort());
  });

  it('deletes a document’s lines with it, and clears links when a company goes', () => {
    expect(model.field('metakockaSalesDocumentLine.salesDocument').universalSettings.onDelete).toBe('CASCADE');
    expect(model.field('metakockaSalesDocument.company').universalSettings.onDelete).toBe('SET_NULL');
  });
});

describe('what the sync owns', () => {
  it.each(NOT_AUDIT_LOGGED)('%s is not audit-logged', (path) => {
    expect(model.field(path).isAuditLogged).toBe(false);
  });

  it('keeps business fields a user would want in the timeline audit-logged', () => {
    for (const path of [
      'company.metakockaPartnerId',
      'company.metakockaTaxNumber',
      'metakockaSalesDocument.paidTotal',
    ]) {
      expect(model.field(path).isAuditLogged).not.toBe(false);
    }
  });

  it.each(APP_WRITABLE_FIELDS)('%s is writable by the app only', (path) => {
    expect(model.field(path).writability).toBe('APPLICATION');
    expect(model.field(path).isUIEditable).toBe(false);
  });

  it.each(APP_WRITABLE_OBJECTS)('%s is writable by the app only', (name) => {
    expect(model.object(name).writability).toBe('APPLICATION');
  });

  it('lets users draft documents and lines (type, dates, relations, quantities stay editable)', () => {
    expect(model.object('metakockaSalesDocument').writability ?? 'OPEN').toBe('OPEN');
    for (const path of [
      'metakockaSalesDocument.documentType',
      'metakockaSalesDocument.documentDate',
      'metakockaSalesDocumentLine.quantity',
    ]) {
      expect(model.field(path).writability ?? 'OPEN').toBe('OPEN');
    }
  });

  it('hides per-user credentials from users entirely', () => {
    expect(model.object('metakockaCredential').readability).toBe('APPLICATION');
  });
});

describe('document type options', () => {
  it('offers the seven sales document types, named after Metakocka’s doc_type', () => {
    const values = model
      .field('metakockaSalesDocument.documentType')
      .options.map((option: { value: string }) => option.value);
    expect(values.sort()).toEqual(
      [
        'SALES_OFFER',
        'SALES_ORDER',
        'SALES_BILL_DOMESTIC',
        'SALES_BILL_FOREIGN',
        'SALES_BILL_RETAIL',
        'SALES_BILL_PREPAID',
        'SALES_BILL_CREDIT_NOTE',
      ].sort(),
    );
  });

  it('offers open, resolved and ignored as issue states, open by default', () => {
    const status = model.field('metakockaSyncIssue.status');
    expect(status.options.map((option: { value: string }) => option.value)).toEqual(['OPEN', 'RESOLVED', 'IGNORED']);
    expect(status.defaultValue).toBe("'OPEN'");
  });
});
