import { classifyOprFailure } from 'server/metakocka/classify';
import { englishWordsIn } from 'test/support/english-leftovers';

describe('classifyOprFailure', () => {
  it.each([
    // [opr_code, opr_desc, expected code, retryable] — texts from API.md §5.2.
    ['3', 'Invalid secret_key or company_id.', 'MK_AUTH', false],
    ['2', 'Wrong secret_key for company_id 16', 'MK_AUTH', false],
    ['4', 'IP address not allowed for this company.', 'MK_IP_NOT_ALLOWED', false],
    ['5', 'Quote exceeds', 'MK_QUOTA', true],
    ['5', '', 'MK_QUOTA', true],
    ['5', 'Product already on an inventory for that day.', 'MK_REFUSED', false],
    ['2', 'Cannot find document type sales_order with id = 400000012345', 'MK_NOT_FOUND', false],
    ['2', 'No partner with such properties.', 'MK_NOT_FOUND', false],
    ['6', 'Tracking code X not found', 'MK_NOT_FOUND', false],
    ['2', 'Partner data are missing', 'MK_VALIDATION', false],
    ['2', 'Paramether mk_id must be set', 'MK_VALIDATION', false],
    ['6', 'Not valid date for doc_date', 'MK_VALIDATION', false],
    ['8', 'Product with code X not found - unit must be set to add new product', 'MK_VALIDATION', false],
    ['6', "Profit center 'Splet2' doesn't exist.", 'MK_REFUSED', false],
    ['6', "Attribute 'tax' for product with code 'X' or name 'Y' must be set.", 'MK_VALIDATION', false],
    ['1', 'Internal server error.', 'MK_UNKNOWN', false],
    ['77', 'Something new', 'MK_UNKNOWN', false],
  ])('opr_code %s "%s" is %s (retryable %s)', (oprCode, oprDesc, code, retryable) => {
    const error = classifyOprFailure('put_document', oprCode, oprDesc);
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.action.length).toBeGreaterThan(20);
  });

  it('names the field and the allowed values from "Valid values : ..."', () => {
    const error = classifyOprFailure(
      'put_transaction',
      '2',
      "Paramether 'payment_type' has invalid value : Bitcoin. Valid values : Transakcijski račun, Gotovina, PayPal",
    );
    expect(error).toMatchObject({
      code: 'MK_VALIDATION',
      field: 'payment_type',
      allowedValues: ['Transakcijski račun', 'Gotovina', 'PayPal'],
    });
    expect(error.action).toBe(
      'Use one of the values Metakocka accepts for "payment_type": Transakcijski račun, Gotovina, PayPal.',
    );
    // A Slovenian reader gets the same next step in Slovenian, Metakocka's field and values quoted as it wrote them.
    const sl = error.describe('sl').action;
    expect(sl).toBe(
      'Uporabite eno od vrednosti, ki jih Metakocka sprejme za »payment_type«: Transakcijski račun, Gotovina, PayPal.',
    );
    expect(englishWordsIn(sl)).toEqual([]);
  });

  it('words the next step of a refusal without listed values per language, naming the field', () => {
    const error = classifyOprFailure('put_document', '2', 'Value is require for doc_date');
    expect(error.action).toBe('Correct "doc_date" on the record, then retry it from the inbox.');
    const sl = error.describe('sl').action;
    expect(sl).toBe('Na zapisu popravite »doc_date«, nato ga znova poskusite iz nabiralnika težav.');
    expect(englishWordsIn(sl)).toEqual([]);
  });

  it('names the field of a "for <field>" refusal', () => {
    expect(classifyOprFailure('put_document', '6', 'Not valid number for discount_value')).toMatchObject({
      field: 'discount_value',
    });
    expect(classifyOprFailure('put_document', '2', 'Value is require for doc_date')).toMatchObject({
      field: 'doc_date',
    });
  });
});
