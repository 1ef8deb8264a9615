// Report parameters (issue 19 step 3): what a template accepts, as data, and their validation. A parameter that cannot
// be used is refused naming it (REPORT_PARAMETER_INVALID), before anything is read from Twenty.
import { type DocumentType } from 'plugin/constants/select-options';
import { catalogued, SyncError } from 'server/errors';

import { monthsFrom } from './calendar';

export type ParameterName = 'period' | 'currency' | 'customer' | 'productCategory' | 'documentTypes' | 'lowStockOnly';

export interface ParameterSpec {
  name: ParameterName;
  required?: boolean;
  /** For documentTypes: the types the template can report on (its default when none are given). */
  choices?: readonly DocumentType[];
}

export interface Period {
  /** First month, YYYY-MM, in Europe/Ljubljana. */
  from: string;
  /** Last month, YYYY-MM, included. */
  to: string;
}

export interface ReportParameters {
  period?: Period;
  currency?: string;
  customer?: string;
  productCategory?: string;
  documentTypes?: DocumentType[];
  lowStockOnly?: boolean;
}

/** What is wrong with a parameter: a key of REPORT_PARAMETER_INVALID's terms, worded in each language there. */
export type ParameterProblem =
  | 'from-format'
  | 'to-format'
  | 'order'
  | 'too-long'
  | 'currency'
  | 'no-types'
  | 'types'
  | 'not-object'
  | 'not-taken'
  | 'required'
  | 'customer'
  | 'category'
  | 'boolean';

export class ReportParameterError extends SyncError {
  readonly code = 'REPORT_PARAMETER_INVALID';
  readonly retryable = false;
  constructor(
    readonly parameter: ParameterName | string,
    readonly problem: ParameterProblem,
    values: Record<string, string | number> = {},
  ) {
    // The parameter and the problem stay keys, so the refusal can be worded in the member's language (describe).
    super(
      catalogued('REPORT_PARAMETER_INVALID', { ...values, parameter, problem }),
      'Correct the named parameter and run the report again.',
    );
  }
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_MONTHS = 120;
const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

function period(raw: unknown): Period {
  const value = (raw ?? {}) as Partial<Period>;
  if (typeof value.from !== 'string' || !MONTH.test(value.from))
    throw new ReportParameterError('period', 'from-format');
  if (typeof value.to !== 'string' || !MONTH.test(value.to)) throw new ReportParameterError('period', 'to-format');
  if (value.to < value.from) throw new ReportParameterError('period', 'order', { from: value.from, to: value.to });
  if (monthsFrom(value.from, value.to).length > MAX_MONTHS)
    throw new ReportParameterError('period', 'too-long', { max: MAX_MONTHS });
  return { from: value.from, to: value.to };
}

function currency(raw: unknown): string {
  if (typeof raw !== 'string' || !/^[A-Z]{3}$/.test(raw) || !KNOWN_CURRENCIES.has(raw))
    throw new ReportParameterError('currency', 'currency', { value: String(raw) });
  return raw;
}

function documentTypes(raw: unknown, choices: readonly DocumentType[]): DocumentType[] {
  if (!Array.isArray(raw) || raw.length === 0) throw new ReportParameterError('documentTypes', 'no-types');
  const unknown = raw.filter((type) => !choices.includes(type as DocumentType));
  if (unknown.length > 0)
    throw new ReportParameterError('documentTypes', 'types', {
      value: unknown.join(', '),
      allowed: choices.join(', '),
    });
  return [...new Set(raw as DocumentType[])];
}

/** The parameters a template may take, checked; unknown ones are refused so a typing error is not silently ignored. */
export function validateParameters(specs: readonly ParameterSpec[], raw: unknown): ReportParameters {
  const input = (raw ?? {}) as Record<string, unknown>;
  if (typeof input !== 'object' || Array.isArray(input)) throw new ReportParameterError('parameters', 'not-object');
  for (const name of Object.keys(input))
    if (!specs.some((spec) => spec.name === name) && input[name] !== undefined && input[name] !== null)
      throw new ReportParameterError(name, 'not-taken');
  const out: ReportParameters = {};
  for (const spec of specs) {
    const value = input[spec.name];
    if (value === undefined || value === null || value === '') {
      if (spec.required) throw new ReportParameterError(spec.name, 'required');
      if (spec.name === 'documentTypes' && spec.choices) out.documentTypes = [...spec.choices];
      continue;
    }
    switch (spec.name) {
      case 'period':
        out.period = period(value);
        break;
      case 'currency':
        out.currency = currency(value);
        break;
      case 'customer':
        if (typeof value !== 'string' || !UUID.test(value)) throw new ReportParameterError('customer', 'customer');
        out.customer = value.toLowerCase();
        break;
      case 'productCategory':
        if (typeof value !== 'string' || value.trim().length > 200)
          throw new ReportParameterError('productCategory', 'category');
        out.productCategory = value.trim();
        break;
      case 'documentTypes':
        out.documentTypes = documentTypes(value, spec.choices ?? []);
        break;
      case 'lowStockOnly':
        if (typeof value !== 'boolean') throw new ReportParameterError('lowStockOnly', 'boolean');
        out.lowStockOnly = value;
        break;
    }
  }
  return out;
}
