// Reads an input's value from a change event. In Twenty's worker (Remote DOM) the value arrives in event.detail,
// in a plain browser in event.target (the same helper as Twenty's document-generator example).
import type { SyntheticEvent } from 'react';

export function readValue(event: SyntheticEvent<HTMLElement> | Event): string {
  const object = event as { detail?: { value?: unknown }; target?: { value?: unknown } };
  const value = object.detail?.value ?? object.target?.value;
  return typeof value === 'string' ? value : '';
}
