// Reads an answer with its zod schema; an answer that does not fit becomes MK_UNKNOWN naming the field, not the value.
import type { z } from 'zod';

import { MetakockaUnknownError } from './errors';

export function parseAnswer<S extends z.ZodType>(schema: S, method: string, json: unknown): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  const where = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(answer)'}: ${issue.message}`)
    .join('; ');
  return failUnreadable(method, where);
}

function failUnreadable(method: string, where: string): never {
  throw new MetakockaUnknownError(method, '0', `the answer does not have the documented shape (${where})`);
}
