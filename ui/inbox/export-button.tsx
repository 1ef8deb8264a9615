// "Export as CSV": the server writes the filtered list to a file on a report record and answers with its link, which
// is shown to open (a front component cannot hand the browser a file itself; UI-SURFACES.md §4.2).
import { useState } from 'react';

import type { InboxExportAnswer, InboxFilter, InboxSort } from 'server/routes/contracts';
import { exportCsv } from 'ui/inbox/inbox-client';
import { useInboxText } from 'ui/inbox/use-inbox-text';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

export function ExportButton({ filter, sort }: { filter: InboxFilter; sort: InboxSort }) {
  const { t } = useInboxText();
  const [busy, setBusy] = useState(false);
  const [file, setFile] = useState<InboxExportAnswer | null>(null);
  const [failure, setFailure] = useState<OutcomeValue>(null);
  const run = async () => {
    setBusy(true);
    setFailure(null);
    const answer = await exportCsv(filter, sort);
    setBusy(false);
    if (answer.ok) setFile(answer.data);
    else setFailure({ ok: false, text: answer.error, action: answer.action });
  };
  return (
    <div style={styles.row} data-testid="inbox-export">
      <button type="button" style={styles.button} disabled={busy} data-testid="export-csv" onClick={() => void run()}>
        {t('export.csv')}
      </button>
      {file ? (
        <span role="status" data-testid="export-done" data-rows={file.rowCount}>
          {`${t('export.done', { count: file.rowCount })} `}
          <a href={file.fileUrl} target="_blank" rel="noopener noreferrer" data-testid="export-link">
            {t('export.download', { file: file.fileName })}
          </a>
          {file.truncated ? ` ${t('export.truncated', { count: file.rowCount })}` : ''}
        </span>
      ) : null}
      <Outcome outcome={failure} />
    </div>
  );
}
