// A readable table of records whose columns are not known in advance (a dry run's plan, a preview's examples): one
// column per key, values as text, nested values as "key: value" pairs, never raw JSON.
import { consoleStyles } from 'ui/console/console-styles';
import { styles } from 'ui/shared/theme';

export const MAX_COLUMNS = 8;

/** The text a cell shows for a value of any shape. */
export function cellText(value: unknown, none: string): string {
  if (value === null || value === undefined || value === '') return none;
  if (Array.isArray(value)) return value.map((item) => cellText(item, none)).join(', ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([key, inner]) => `${key}: ${cellText(inner, none)}`)
      .join('; ');
  return String(value);
}

/** Every key the rows use, in first-seen order, at most MAX_COLUMNS of them. */
export function columnsOf(rows: Array<Record<string, unknown>>): string[] {
  const keys: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
  return keys.slice(0, MAX_COLUMNS);
}

export function DataTable({
  rows,
  caption,
  none,
  heading = (key) => key,
  testId,
}: {
  rows: Array<Record<string, unknown>>;
  caption: string;
  none: string;
  heading?: (key: string) => string;
  testId: string;
}) {
  const columns = columnsOf(rows);
  return (
    <div style={consoleStyles.scroll}>
      <table style={styles.table} data-testid={testId}>
        <caption style={{ ...consoleStyles.subTitle, textAlign: 'left' }}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} style={styles.cell}>
                {heading(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} data-testid={`${testId}-row`}>
              {columns.map((column) => (
                <td key={column} style={styles.cell}>
                  {cellText(row[column], none)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
