// Wraps a front component so it renders once the member's language is known (one route call per mount), and nothing
// before: no English flash for a Slovenian member. Every front component is defined through it
// (test/plugin/front-components-in-language.test.ts).
import type { ComponentType } from 'react';

import { useT } from 'ui/shared/i18n';

export function inLanguage<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function InLanguage(props: P) {
    return useT().ready ? <Component {...props} /> : null;
  }
  InLanguage.displayName = `InLanguage(${Component.displayName ?? Component.name})`;
  return InLanguage;
}
