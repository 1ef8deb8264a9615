// How long a Metakocka company id and secret key can be: the settings pages check these before sending, and the
// server refuses longer values (server/credentials/validation.ts), both naming the limit.
export const COMPANY_ID_MAX_DIGITS = 12;
export const SECRET_KEY_MAX_LENGTH = 200;
