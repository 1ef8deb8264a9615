// Turns a non-zero opr_code and its text into one error class. The code alone is not enough (API.md §5.2):
// 2 covers malformed requests and missing records, 5 is quota but also a business refusal, 6 is business rules.
import {
  MetakockaAuthError,
  MetakockaIpNotAllowedError,
  MetakockaNotFoundError,
  MetakockaQuotaError,
  MetakockaRefusedError,
  MetakockaUnknownError,
  MetakockaValidationError,
  type MetakockaOprFailure,
} from './errors';

const CREDENTIAL = '(secret[_ ]?key|company[_ ]?id|api[_ ]?key)';
const WRONG = '(invalid|wrong|not valid|incorrect|unknown|napačen|napačna)';
const AUTH_TEXT = new RegExp(`${WRONG}.*${CREDENTIAL}|${CREDENTIAL}.*${WRONG}|authenticat|unauthori[sz]ed`, 'i');
const IP_TEXT = /\bIP\b.*(not allowed|ni dovoljen)|(not allowed|ni dovoljen).*\bIP\b/i;
const QUOTA_TEXT = /quot[ae]|too many|limit.*(exceed|reached)|preveč klicev/i;
// "Profit center 'X' doesn't exist." is a refused setting, not a missing record, so only these phrasings mean "no such record".
const NOT_FOUND_TEXT =
  /cannot find|can't find|not found|no partner with such properties|does not exist|ne obstaja|no \w+ found/i;
const INVALID_TEXT = /not valid|invalid|must be set|is require|require for|missing|obvezno|must be valid/i;
// "Paramether 'status_code' has invalid value : X. Valid values : a, b" (OFF; the typo is Metakocka's).
const FIELD_PATTERNS = [
  /param[e]?t?h?er\s+'?([\w.]+)'?/i,
  /\bfor\s+'?([a-z][\w.]*)'?\s*$/i,
  /attribute\s+'([\w.]+)'/i,
  /polje\s+([\w.]+)/i,
];
const VALID_VALUES = /valid values\s*:\s*(.+)$/is;

export function parseFieldName(text: string): string | undefined {
  for (const pattern of FIELD_PATTERNS) {
    const match = pattern.exec(text.trim());
    if (match?.[1]) return match[1];
  }
  return undefined;
}

export function parseAllowedValues(text: string): string[] | undefined {
  const list = VALID_VALUES.exec(text)?.[1];
  if (!list) return undefined;
  const values = list
    .split(/[,;]/)
    .map((value) => value.trim().replace(/[.\s]+$/, ''))
    .filter((value) => value !== '');
  return values.length ? values : undefined;
}

export function classifyOprFailure(
  method: string,
  oprCode: string,
  oprDesc: string,
  companyId?: string,
): MetakockaOprFailure {
  const code = oprCode.trim();
  const text = oprDesc.trim();
  if (code === '3' || (AUTH_TEXT.test(text) && !/param/i.test(text)))
    return new MetakockaAuthError(method, code, text, companyId);
  if (code === '4' || IP_TEXT.test(text)) return new MetakockaIpNotAllowedError(method, code, text);
  // Code 5 is documented as "Quote exceeds", but OFF shows it for a business refusal too (API.md §5.2).
  if (code === '5' && (text === '' || QUOTA_TEXT.test(text))) return new MetakockaQuotaError(method, code, text);
  if (code !== '0' && QUOTA_TEXT.test(text) && /quot/i.test(text)) return new MetakockaQuotaError(method, code, text);
  const allowed = parseAllowedValues(text);
  if (allowed) return new MetakockaValidationError(method, code, text, parseFieldName(text), allowed);
  // opr_code 8: "Product with code X not found - unit must be set to add new product" (API.md §2.5).
  if (code === '8') return new MetakockaValidationError(method, code, text, 'unit', undefined);
  if (NOT_FOUND_TEXT.test(text) && !/param/i.test(text)) return new MetakockaNotFoundError(method, code, text);
  if (code === '2' || ((code === '6' || code === '5') && INVALID_TEXT.test(text))) {
    return new MetakockaValidationError(method, code, text, parseFieldName(text), undefined);
  }
  if (code === '6' || code === '5' || /^400\d$/.test(code)) return new MetakockaRefusedError(method, code, text);
  // 1 = "unknown internal server error"; unknown codes are permanent, never retried automatically (API.md §5.2).
  return new MetakockaUnknownError(method, code, text);
}
