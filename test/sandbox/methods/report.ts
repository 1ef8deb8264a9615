/** report (family B): the answer is the raw file; errors come as JSON (API.md §2.5 "report", §5.1). */
import { MkFail } from '../store/mk-fail';
import { filled, items, text } from '../values/body';
import type { MethodHandler } from './types';

/** A minimal, valid one-page PDF naming the document, so a client can check the bytes and the content type. */
function tinyPdf(title: string): Uint8Array {
  const safe = title.replace(/[()\\]/g, '').replace(/[^\x20-\x7e]/g, '?');
  const stream = `BT /F1 14 Tf 72 760 Td (${safe}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

/**
 * Report ids the sandbox can print, with the document types each prints. OFF/docs/report_concept.md and print_examples.md
 * publish only 38, "bill report" for a bill document (API.md §2.5 "report"); the sandbox treats every sales_bill_* type as
 * a bill. Other ids (each company's reports for offers/orders are found with `dump_for_report_rest`, report_concept.md)
 * are refused, so a client cannot rely on an id the sandbox merely tolerates. Refusal texts are UNCONFIRMED.
 */
const PRINTABLE: Readonly<Record<string, (docType: string) => boolean>> = {
  '38': (docType) => docType.startsWith('sales_bill_'),
};

export const report: MethodHandler = ({ store, body }) => {
  const mkId = filled(body, 'mk_id');
  if (mkId === undefined) throw new MkFail('2', 'Paramether mk_id must be set');
  const reportId = filled(body, 'report_id');
  if (reportId === undefined) throw new MkFail('2', 'Paramether report_id must be set');
  const doc = store.documents.get(mkId);
  if (!doc) throw new MkFail('2', `Cannot find document with id = ${mkId}`);
  const prints = PRINTABLE[reportId];
  if (!prints) throw new MkFail('2', `Report with id = ${reportId} does not exist`);
  if (!prints(doc.docType)) throw new MkFail('2', `Report ${reportId} cannot print document type ${doc.docType}`);
  const type = items(body, 'params').find((p) => text(p, 'type') === 'REPORT_TYPE');
  const format = type ? (text(type, 'value') ?? 'PDF') : 'PDF';
  // Other formats exist (XLS, CSV, ...); the sandbox renders only PDF and says so.
  if (format !== 'PDF') throw new MkFail('2', `The Metakocka sandbox renders REPORT_TYPE PDF only, not ${format}.`);
  return { file: { contentType: 'application/pdf', data: tinyPdf(`${doc.docType} ${doc.countCode}`) } };
};
