// Words of exported reports in the user's language (issue 19 step 4): column headers, template titles and the values
// a report writes as keys (aging buckets, conversion stages, streams). The report page has its own catalogue
// (ui/reports/messages.ts); files are made on the server, so they need these.
import type { ReportTemplateId } from './template';

export type ReportLanguage = 'en' | 'sl';

interface Labels {
  titles: Record<ReportTemplateId, string>;
  columns: Record<string, string>;
  values: Record<string, string>;
  yes: string;
  no: string;
}

const en: Labels = {
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

const sl: Labels = {
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

export const REPORT_LABELS: Record<ReportLanguage, Labels> = { en, sl };
