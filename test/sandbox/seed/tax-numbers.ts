/** Valid-looking VAT numbers: the check digits follow each country's published rule, so a validating client accepts them. */
import type { Prng } from '../values/prng';

/** SI: 8 digits, first non-zero; weights 8..2 over the first seven, check = 11 - sum mod 11 (10 is invalid, 11 becomes 0). */
export function slovenianVat(prng: Prng): string {
  for (;;) {
    const d = [prng.int(1, 9), ...Array.from({ length: 6 }, () => prng.int(0, 9))];
    const sum = d.reduce((acc, x, i) => acc + x * (8 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    return `SI${d.join('')}${check === 11 ? 0 : check}`;
  }
}

export function isValidSlovenianVat(vat: string): boolean {
  const m = /^SI([1-9]\d{7})$/.exec(vat);
  if (!m) return false;
  const d = m[1]!.split('').map(Number);
  const sum = d.slice(0, 7).reduce((acc, x, i) => acc + x * (8 - i), 0);
  const check = 11 - (sum % 11);
  return check !== 10 && (check === 11 ? 0 : check) === d[7];
}

/** HR: OIB, 11 digits, ISO 7064 MOD 11,10. */
export function croatianVat(prng: Prng): string {
  const d = Array.from({ length: 10 }, () => prng.int(0, 9));
  let a = 10;
  for (const x of d) {
    a = (a + x) % 10;
    if (a === 0) a = 10;
    a = (a * 2) % 11;
  }
  const check = (11 - a) % 10;
  return `HR${d.join('')}${check}`;
}

/** AT: "ATU" + 8 digits; the eighth is a Luhn-like check over the first seven. */
export function austrianVat(prng: Prng): string {
  const d = Array.from({ length: 7 }, () => prng.int(0, 9));
  const s = d.reduce((acc, x, i) => {
    if (i % 2 === 0) return acc + x;
    const y = x * 2;
    return acc + Math.floor(y / 10) + (y % 10);
  }, 0);
  const check = (96 - s) % 10;
  return `ATU${d.join('')}${(check + 10) % 10}`;
}
