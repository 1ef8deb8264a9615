// The language this component last rendered in (useT sets it), for callRoute: a call is not a hook, yet a call that
// nobody answered must be told in the member's language like every other failure.
import type { Language } from 'plugin/constants/plural';

let spoken: Language = 'en';

export const speak = (language: Language): void => {
  spoken = language;
};

export const spokenLanguage = (): Language => spoken;
