// Words of reports in the user's language (issue 19 steps 3-4): column headers, template titles and the values a
// report writes as keys (aging buckets, conversion stages, streams). Both the exported files (made on the server) and
// the report page (ui/reports) show them, and ui/ may import values only from plugin/constants, so they live here and
// import nothing.
import type { Language } from './plural';

/** Every report template, in the order the report page lists them (server/reports/templates.ts runs them). */
export const REPORT_TEMPLATE_IDS = [
  'sales-by-month',
  'sales-by-customer',
  'sales-by-product',
  'conversion',
  'receivables-aging',
  'stock',
  'sync-health',
] as const;
export type ReportTemplateId = (typeof REPORT_TEMPLATE_IDS)[number];

export type ReportLanguage = Language;

export interface ReportLabels {
  titles: Record<ReportTemplateId, string>;
  columns: Record<string, string>;
  values: Record<string, string>;
  yes: string;
  no: string;
}

const en: ReportLabels = {
  titles: {
    'sales-by-month': 'Sales by month',
    'sales-by-customer': 'Sales by customer',
    'sales-by-product': 'Sales by product',
    conversion: 'Offers to orders to invoices',
    'receivables-aging': 'Overdue invoices by age',
    stock: 'Stock and low stock',
    'sync-health': 'Sync health',
  },
  columns: {
    month: 'Month',
    currency: 'Currency',
    documents: 'Documents',
    revenue: 'Revenue (net)',
    customer: 'Customer',
    code: 'Code',
    product: 'Product',
    quantity: 'Quantity',
    stage: 'Stage',
    converted: 'Continued',
    rate: 'Rate (%)',
    bucket: 'Days past due',
    open: 'Open amount',
    category: 'Category',
    stock: 'Stock',
    minimum: 'Minimum stock',
    shortfall: 'Shortfall',
    belowMinimum: 'Below minimum',
    stream: 'Stream',
    runs: 'Runs',
    succeeded: 'Succeeded',
    failed: 'Failed',
    records: 'Records',
    recordsFailed: 'Records failed',
    metakockaCalls: 'Metakocka calls',
    twentyCalls: 'Twenty calls',
    openIssues: 'Open issues',
  },
  values: {
    'not-due': 'Not yet due',
    '0-30': '0–30 days',
    '31-60': '31–60 days',
    '61-90': '61–90 days',
    'over-90': 'Over 90 days',
    offers: 'Offers',
    orders: 'Orders',
    invoices: 'Invoices',
    PARTNERS: 'Partners',
    PRODUCTS: 'Products',
    STOCK: 'Stock',
    DOCUMENTS: 'Sales documents',
  },
  yes: 'Yes',
  no: 'No',
};

const sl: ReportLabels = {
  titles: {
    'sales-by-month': 'Prodaja po mesecih',
    'sales-by-customer': 'Prodaja po kupcih',
    'sales-by-product': 'Prodaja po izdelkih',
    conversion: 'Od ponudb do naročil in računov',
    'receivables-aging': 'Zapadle terjatve po starosti',
    stock: 'Zaloga in nizka zaloga',
    'sync-health': 'Stanje sinhronizacije',
  },
  columns: {
    month: 'Mesec',
    currency: 'Valuta',
    documents: 'Dokumenti',
    revenue: 'Prihodki (neto)',
    customer: 'Kupec',
    code: 'Šifra',
    product: 'Izdelek',
    quantity: 'Količina',
    stage: 'Faza',
    converted: 'Nadaljevani',
    rate: 'Delež (%)',
    bucket: 'Dni po zapadlosti',
    open: 'Odprti znesek',
    category: 'Kategorija',
    stock: 'Zaloga',
    minimum: 'Minimalna zaloga',
    shortfall: 'Manjko',
    belowMinimum: 'Pod minimumom',
    stream: 'Tok',
    runs: 'Zagoni',
    succeeded: 'Uspešni',
    failed: 'Neuspešni',
    records: 'Zapisi',
    recordsFailed: 'Neuspešni zapisi',
    metakockaCalls: 'Klici Metakocke',
    twentyCalls: 'Klici Twentyja',
    openIssues: 'Odprte težave',
  },
  values: {
    'not-due': 'Še ni zapadlo',
    '0-30': '0–30 dni',
    '31-60': '31–60 dni',
    '61-90': '61–90 dni',
    'over-90': 'Nad 90 dni',
    offers: 'Ponudbe',
    orders: 'Naročila',
    invoices: 'Računi',
    PARTNERS: 'Partnerji',
    PRODUCTS: 'Izdelki',
    STOCK: 'Zaloga',
    DOCUMENTS: 'Prodajni dokumenti',
  },
  yes: 'Da',
  no: 'Ne',
};

export const REPORT_LABELS: Record<ReportLanguage, ReportLabels> = { en, sl };
