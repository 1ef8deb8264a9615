// Product categories for the products filter: picked from the categories on the products Twenty already holds
// (Metakocka has no category-list call), or typed. A name matches at any level of a product's category tree.
import { useState } from 'react';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { ProductCategoriesAnswer } from 'server/routes/contracts';
import { buttonStyle } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import { controlId, helpId, SettingField } from 'ui/console/setting-field';
import { useRouteCall } from 'ui/console/use-route-call';
import type { Draft } from 'ui/console/use-draft';
import { readValue } from 'ui/shared/read-value';
import { styles } from 'ui/shared/theme';

export function CategoryPicker({ draft, path }: { draft: Draft; path: string }) {
  const { t, number } = useConsoleText();
  const known = useRouteCall<ProductCategoriesAnswer>(SYNC_ROUTES.productCategories, {}, 'GET');
  const [typed, setTyped] = useState('');
  const picked = (draft.value(path) as string[] | undefined) ?? [];
  const names = [...(known?.ok ? known.data.categories.map((category) => category.name) : []), ...picked].filter(
    (name, index, all) => all.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index,
  );
  const countOf = (name: string) =>
    known?.ok ? known.data.categories.find((c) => c.name === name)?.products : undefined;
  const toggle = (name: string) =>
    draft.set(path, picked.includes(name) ? picked.filter((other) => other !== name) : [...picked, name]);
  const add = () => {
    const name = typed.trim();
    if (name && !picked.some((other) => other.toLowerCase() === name.toLowerCase())) draft.set(path, [...picked, name]);
    setTyped('');
  };
  const typedId = `${controlId(path)}-typed`;
  return (
    <SettingField {...draft.fieldProps(path)} group>
      <div style={styles.row} data-testid="category-options">
        {names.length === 0 ? <span>{t('categories.none')}</span> : null}
        {names.map((name, index) => {
          const id = `${controlId(path)}-${index}`;
          const count = countOf(name);
          return (
            <label key={name} htmlFor={id} style={styles.row}>
              <input
                id={id}
                type="checkbox"
                data-testid="category-option"
                data-name={name}
                checked={picked.includes(name)}
                onChange={() => toggle(name)}
              />
              <span>
                {count === undefined ? name : t('categories.withCount', { name, count, products: number(count) })}
              </span>
            </label>
          );
        })}
      </div>
      {known?.ok && known.data.truncated ? (
        <span>
          {t('categories.truncated', { count: known.data.productsRead, read: number(known.data.productsRead) })}
        </span>
      ) : null}
      <div style={styles.row}>
        <label htmlFor={typedId} style={styles.field}>
          <span>{t('categories.type')}</span>
          <input
            id={typedId}
            data-testid="category-typed"
            aria-describedby={helpId(path)}
            style={{ ...styles.input, maxWidth: 260 }}
            value={typed}
            onChange={(event) => setTyped(readValue(event))}
          />
        </label>
        <button
          type="button"
          style={{ ...buttonStyle({ disabled: typed.trim() === '' }), alignSelf: 'flex-end' }}
          disabled={typed.trim() === ''}
          data-testid="category-add"
          onClick={add}
        >
          {t('categories.add')}
        </button>
      </div>
    </SettingField>
  );
}
