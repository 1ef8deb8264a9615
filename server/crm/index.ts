// The Twenty gateway bundle a sync step receives: one repository per object the sync reads or writes.
import { createCompaniesRepo, type CompaniesRepo } from './companies';
import { createCrmGateway, type CrmGateway, type CrmGatewayConfig } from './gateway';
import { createOpportunitiesRepo, type OpportunitiesRepo } from './opportunities';
import { createPeopleRepo, type PeopleRepo } from './people';
import { createProductsRepo, type ProductsRepo } from './products';
import { createDocumentRepos, type DocumentRepos } from './sales-documents';
import { createSyncIssuesRepo, type SyncIssuesRepo } from './sync-issues';
import { createSyncRunsRepo, type SyncRunsRepo } from './sync-runs';
import { createWarehousesRepo, type WarehousesRepo } from './warehouses';

export interface Crm {
  gateway: CrmGateway;
  companies: CompaniesRepo;
  people: PeopleRepo;
  products: ProductsRepo;
  /** Stock by warehouse, as the last complete products sync counted it. */
  warehouses: WarehousesRepo;
  /** Sales documents and their lines. */
  salesDocuments: DocumentRepos;
  opportunities: OpportunitiesRepo;
  syncIssues: SyncIssuesRepo;
  syncRuns: SyncRunsRepo;
}

export function createCrm(input: CrmGatewayConfig | CrmGateway): Crm {
  const gateway = 'request' in input ? input : createCrmGateway(input);
  return {
    gateway,
    companies: createCompaniesRepo(gateway),
    people: createPeopleRepo(gateway),
    products: createProductsRepo(gateway),
    warehouses: createWarehousesRepo(gateway),
    salesDocuments: createDocumentRepos(gateway),
    opportunities: createOpportunitiesRepo(gateway),
    syncIssues: createSyncIssuesRepo(gateway),
    syncRuns: createSyncRunsRepo(gateway),
  };
}

export * from './errors';
export type { AttachmentRecord, AttachmentWrite, AttachmentsRepo, FileUploader, UploadedFile } from './attachments';
export type { CompanyRecord, CompanyDraft } from './companies';
export type { PersonRecord, PersonDraft } from './people';
export type { OpportunityRecord, OpportunitiesRepo } from './opportunities';
export type { ProductRecord, ProductDraft } from './products';
export type { WarehouseRecord, WarehouseDraft } from './warehouses';
export type {
  DocumentRepos,
  SalesDocumentDraft,
  SalesDocumentLineDraft,
  SalesDocumentLineRecord,
  SalesDocumentRecord,
} from './sales-documents';
export type { SyncIssueRecord, SyncIssueDraft } from './sync-issues';
export type { SyncRunRecord, SyncRunDraft } from './sync-runs';
