/**
 * Dates as Metakocka writes and accepts them (API.md §1.5): calendar dates are kept as 'YYYY-MM-DD' in
 * Europe/Ljubljana; timestamps as epoch ms and written with the real Ljubljana offset.
 */
export type Ymd = string; // 'YYYY-MM-DD', a Ljubljana calendar day

function validYmd(y: number, m: number, d: number): Ymd | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Document dates on writes: only 'dd.mm.yyyy' or 'yyyy-mm-dd+02:00' (literal +02:00, also in winter).
 * Live probes rejected a bare date, +00:00, +01:00, +0200 and full timestamps (API.md §1.5, §6 item 3).
 */
export function parseDocumentDate(input: unknown): Ymd | null {
  if (typeof input !== 'string') return null;
  let m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(input);
  if (m) return validYmd(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})\+02:00$/.exec(input);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/**
 * Search filters doc_date_from/to: MCP's live test shows +01:00 accepted there too, unlike document writes
 * (API.md §1.5), so filters take either offset and dd.mm.yyyy.
 */
export function parseFilterDate(input: unknown): Ymd | null {
  if (typeof input !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})\+0[12]:00$/.exec(input);
  if (m) return validYmd(Number(m[1]), Number(m[2]), Number(m[3]));
  return parseDocumentDate(input);
}

/** Timestamp filters (last_change_from/to): ISO with seconds optional and an explicit offset (API.md §1.5 table). */
export function parseTimestamp(input: unknown): number | null {
  if (typeof input !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-])(\d{2}):(\d{2})$/.exec(input);
  if (!m) return null;
  if (!validYmd(Number(m[1]), Number(m[2]), Number(m[3]))) return null;
  const [h, mi, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? '0')];
  if (h > 23 || mi > 59 || s > 59) return null;
  const offsetMin = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), h, mi, s) - offsetMin * 60_000;
}

/** Wire form of a document date: the date plus a fixed '+02:00', even in winter (API.md §1.5). */
export const wireDate = (ymd: Ymd): string => `${ymd}+02:00`;

/** Dotted form used by mark_paid[].date and legacy fields: 'dd.mm.yyyy' (API.md §1.5). */
export const wireDottedDate = (ymd: Ymd): string => `${ymd.slice(8, 10)}.${ymd.slice(5, 7)}.${ymd.slice(0, 4)}`;

/**
 * Europe/Ljubljana offset by the EU rule (summer time from the last Sunday of March 01:00 UTC to the last Sunday of
 * October 01:00 UTC), computed arithmetically because Intl formatting is too slow for seeding 50,000 documents.
 */
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

export function ljubljanaOffsetMinutes(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  return ms >= lastSundayUtc(year, 2) && ms < lastSundayUtc(year, 9) ? 120 : 60;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The Ljubljana calendar day of an instant. */
export function ymdInLjubljana(ms: number): Ymd {
  return new Date(ms + ljubljanaOffsetMinutes(ms) * 60_000).toISOString().slice(0, 10);
}

/**
 * Timestamps such as created_ts: '2023-06-14T14:30:04+02:00'. The documented examples are summer times; the
 * sandbox writes the true Ljubljana offset (+01:00 in winter) so that a client must read the offset, not assume it.
 */
export function wireTimestamp(ms: number): string {
  const offset = ljubljanaOffsetMinutes(ms);
  const local = new Date(Math.floor(ms / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
  return `${local}+${pad(offset / 60)}:00`;
}
