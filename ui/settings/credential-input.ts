// What the settings pages check before sending a company id or a secret key: the same limits the server holds
// (plugin/constants/credential-limits.ts), said in the user's language, so a pasted page of text is called too long
// instead of "contains spaces".
import { COMPANY_ID_MAX_DIGITS, SECRET_KEY_MAX_LENGTH } from 'plugin/constants/credential-limits';
import type { MessageId } from 'ui/shared/i18n';

export interface InputProblem {
  message: MessageId;
  action: MessageId;
  values: Record<string, string | number>;
}

export function companyIdProblem(value: string): InputProblem | null {
  const text = value.trim();
  if (/^\d+$/.test(text) && text.length > COMPANY_ID_MAX_DIGITS)
    return {
      message: 'input.companyId.tooLong',
      action: 'input.companyId.copyAgain',
      values: { length: text.length, max: COMPANY_ID_MAX_DIGITS },
    };
  if (!/^\d+$/.test(text))
    return { message: 'input.companyId.notNumber', action: 'input.companyId.copyAgain', values: {} };
  return null;
}

/** An empty key is no problem where the stored one is kept (the settings page); `required` says it must be typed. */
export function secretKeyProblem(value: string, required: boolean): InputProblem | null {
  const text = value.trim();
  if (text.length > SECRET_KEY_MAX_LENGTH)
    return {
      message: 'input.secretKey.tooLong',
      action: 'input.secretKey.copyAgain',
      values: { length: text.length, max: SECRET_KEY_MAX_LENGTH },
    };
  if (/\s/.test(text)) return { message: 'input.secretKey.spaces', action: 'input.secretKey.copyAgain', values: {} };
  if (required && text === '')
    return { message: 'input.secretKey.empty', action: 'input.secretKey.copyAgain', values: {} };
  return null;
}
