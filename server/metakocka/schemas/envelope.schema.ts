// The status block mixed into every answer (API.md §1.3). Success comes with opr_code "0" or, on some partner
// calls, with no opr_code at all; both are accepted.
import { z } from 'zod';

import { mkText } from './fields';

export const mkEnvelopeSchema = z.looseObject({
  opr_code: mkText.optional(),
  opr_desc: mkText.optional(),
  opr_code_app: mkText.optional(),
  opr_desc_app: mkText.optional(),
  error_desc: mkText.optional(),
  opr_time_ms: mkText.optional(),
});
export type MkEnvelopeWire = z.infer<typeof mkEnvelopeSchema>;

export const isSuccessEnvelope = (envelope: MkEnvelopeWire): boolean =>
  envelope.opr_code === undefined ? envelope.error_desc === undefined : envelope.opr_code.trim() === '0';

/** The best error text: opr_desc, then the application text, then error_desc (API.md §1.3). */
export const envelopeErrorText = (envelope: MkEnvelopeWire): string =>
  [envelope.opr_desc, envelope.opr_desc_app, envelope.error_desc]
    .filter((text) => text && text.trim() !== '')
    .join(' / ');
