// The error catalogue renders the sentences users read; the classes converted to it say exactly what they said before.
import { z } from 'zod';
import {
  CredentialEndpointChangedError,
  CredentialInputError,
  EndpointChangedError,
  EndpointNotAllowedError,
  OrganisationCredentialsMissingError,
  PersonalCredentialRequiredError,
} from 'server/credentials/errors';
import { CrmValidationError } from 'server/crm/errors';
import { englishWordsIn } from 'test/support/english-leftovers';
import { errorCatalogue, errorCodes, renderError } from 'server/error-catalogue';
import {
  MetakockaAnswerTooLargeError,
  MetakockaAuthError,
  MetakockaItemUnreadableError,
  MetakockaUnavailableError,
  MetakockaUnknownError,
  MetakockaValidationError,
  MetakockaWriteUncertainError,
} from 'server/metakocka/errors';
import { SettingsInvalidError } from 'server/settings/store';
import { AmbiguousMatchError, RecordExcludedError } from 'server/sync/errors';
import { WorkflowWritesOffError } from 'server/routes/documents';
import { DocumentRefusedError } from 'server/sync/documents/model/errors';

describe('renderError', () => {
  it('fills named parameters into the English message', () => {
    expect(renderError('MK_PARTNER_GONE', { mkId: '1001' })).toBe('Metakocka partner 1001 no longer exists.');
    expect(renderError('MK_PARTNER_GONE', { mkId: '1001' }, 'en')).toBe('Metakocka partner 1001 no longer exists.');
  });

  it('leaves a missing parameter visible instead of throwing while an error is being raised', () => {
    expect(renderError('MK_PARTNER_GONE')).toBe('Metakocka partner {mkId} no longer exists.');
  });

  it('gives every code a meaning, a check, an action and a message', () => {
    const thin = errorCodes.filter((code) => {
      const { meaning, check, action, message } = errorCatalogue.en[code];
      return [meaning, check, action].some((text) => text.length <= 10) || message === '';
    });
    expect(thin).toEqual([]);
  });
});

describe('errors rendered from the catalogue read as before', () => {
  it.each([
    [
      new MetakockaUnavailableError('timeout', 'get_partner', 503, 'ECONNRESET'),
      'Metakocka did not answer in time during get_partner (HTTP 503) (ECONNRESET).',
    ],
    [
      new MetakockaUnavailableError('unreachable', 'product_list'),
      'Metakocka could not be reached (no connection to the server) during product_list.',
    ],
    [
      new MetakockaAnswerTooLargeError('partner_list', 32 * 2 ** 20),
      "Metakocka's answer to partner_list is larger than 32 MiB (33554432 bytes), the most the app reads from one " +
        'answer; it was not read, and nothing from it was saved.',
    ],
    [
      new MetakockaAuthError('get_partner', '3', 'bad', '42'),
      'Metakocka refused company id 42 or its secret key (opr_code 3) during get_partner.',
    ],
    [
      new MetakockaAuthError('get_partner', '3', 'bad'),
      'Metakocka refused the company id or its secret key (opr_code 3) during get_partner.',
    ],
    [
      new MetakockaValidationError('put_document', '2', 'Valid values : A, B', 'doc_type', ['A', 'B']),
      'Metakocka rejected a value of doc_type (opr_code 2) during put_document: Valid values : A, B',
    ],
    [
      new MetakockaValidationError('put_document', '2', 'wrong', undefined, undefined),
      'Metakocka rejected a value (opr_code 2) during put_document: wrong',
    ],
    [
      new MetakockaUnknownError('get_document', '', '?'),
      'Metakocka failed with an unexpected answer (opr_code none) during get_document: ?',
    ],
    [
      new MetakockaItemUnreadableError('product_list', 'product', null, { field: 'amount', problem: 'number' }),
      "Metakocka's product (without an mk_id) in the product_list answer cannot be read (amount: not a number); it " +
        'was left out, the rest was synced.',
    ],
    [
      new MetakockaWriteUncertainError('put_document', 'document', new MetakockaUnavailableError('timeout', 'put')),
      'The answer to put_document was lost (timeout); Metakocka may or may not have saved it.',
    ],
    [new CrmValidationError('bad email', 'INVALID'), 'Twenty refused the data: bad email (INVALID).'],
    [
      new AmbiguousMatchError({ what: 'partner', countCode: 'ACME', taxNumber: 'SI12345678' }, ['a', 'b']),
      'Partner ACME (tax number SI12345678) matches 2 existing Twenty records (a, b); nothing was created or bound.',
    ],
    [
      new AmbiguousMatchError({ what: 'email', email: 'a@b.si' }, ['a']),
      'E-mail a@b.si matches 1 existing Twenty record (a); nothing was created or bound.',
    ],
    [
      new RecordExcludedError('company'),
      'This company is excluded from the Metakocka sync, so it was not resynced; nothing was read or written.',
    ],
    [
      new PersonalCredentialRequiredError('m1', 'none saved'),
      'Your organisation requires your own Metakocka credential for actions you start, and member m1 has no usable one ' +
        '(none saved).',
    ],
    [
      new OrganisationCredentialsMissingError(['companyId', 'secretKey']),
      'Metakocka is not configured: the company id and the secret key are not set.',
    ],
    [new OrganisationCredentialsMissingError(['secretKey']), 'Metakocka is not configured: the secret key is not set.'],
    [
      new EndpointNotAllowedError('https://x.example', 'METAKOCKA_ALLOWED_ENDPOINTS'),
      "https://x.example is not one of Metakocka's own hosts and is not listed in METAKOCKA_ALLOWED_ENDPOINTS, so no " +
        'Metakocka key is sent there.',
    ],
    [
      new EndpointChangedError('https://a', 'https://b'),
      'The stored Metakocka secret key was saved for https://a; the app never sends it to https://b.',
    ],
    [
      new CredentialEndpointChangedError('m1', null, 'https://b'),
      'The stored credential of member m1 was saved for an unrecorded endpoint; Metakocka is now reached at https://b, ' +
        'so it is not sent there.',
    ],
    [
      new SettingsInvalidError(
        z
          .object({ a: z.number().max(1) })
          .strict()
          .safeParse({ a: 5, b: 1 }).error?.issues ?? [],
      ),
      'The sync settings are not valid: a: Too big: expected number to be <=1; (document): Unrecognized key: "b".',
    ],
    [
      new CredentialInputError('otherCompany', { workspaceCompanyId: '4411', companyId: '9999' }),
      'This workspace syncs Metakocka company 4411; a key for company 9999 cannot act on it (Metakocka ids are per ' +
        'company).',
    ],
    [
      new DocumentRefusedError('NOT_SUPPORTED', 'deleteOrdersOnly', { what: 'typed' }),
      "Metakocka's API cannot delete offers, invoices or credit notes; it can for sales orders only.",
    ],
    [
      new WorkflowWritesOffError(),
      'Workflow steps may not write to Metakocka: a manager turned this off (sync setting ' +
        'workflows.allowMetakockaWrites); nothing was sent.',
    ],
    [
      new CredentialInputError('companyIdDigits'),
      'The company id must be the number Metakocka shows under Settings → API (digits only).',
    ],
  ])('%s', (error, message) => {
    expect(error.message).toBe(message);
    expect(errorCodes).toContain(error.code);
    // Told again in Slovenian from its code and parameters: every placeholder filled, no English left.
    // Another system's own words (Metakocka's opr_desc, Twenty's error, a validator's finding) are quoted as written.
    const sl = error.describe('sl');
    const foreign = ['oprDesc', 'detail', 'problems'].map((name) => String(error.params?.[name] ?? '')).filter(Boolean);
    const own = (text: string) => foreign.reduce((rest, words) => rest.replace(words, ' '), text);
    expect(
      [sl.message, sl.action].filter((text) => /\{\w+\}/.test(text) || englishWordsIn(own(text)).length > 0),
    ).toEqual([]);
    expect(error.describe('en')).toEqual({ message, action: error.action });
  });
});
