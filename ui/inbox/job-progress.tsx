// Follows a bulk action's background job: a progress bar while it runs, then its final count.
import { useEffect, useState } from 'react';

import type { InboxJob } from 'server/routes/contracts';
import { TallyLines } from 'ui/inbox/action-bar';
import { readJob } from 'ui/inbox/inbox-client';
import { useInboxText } from 'ui/inbox/use-inbox-text';
import { styles } from 'ui/shared/theme';

const POLL_MS = 1500;

export function JobProgress({ jobId, onFinished }: { jobId: string; onFinished: () => void }) {
  const { t } = useInboxText();
  const [job, setJob] = useState<InboxJob | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const answer = await readJob(jobId);
      if (!live) return;
      if (answer.ok) setJob(answer.data);
      if (answer.ok && answer.data.state !== 'running') onFinished();
      else timer = setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [jobId, onFinished]);
  if (!job) return null;
  return (
    <section style={styles.section} data-testid="inbox-job" data-state={job.state} aria-live="polite">
      {job.state === 'running' ? (
        <>
          <progress value={job.processed} max={Math.max(job.total, 1)} aria-label={t('job.progress')} />
          <div>{t('job.running', { processed: job.processed, total: job.total })}</div>
        </>
      ) : (
        <div>{t('job.done', { processed: job.processed, total: job.total })}</div>
      )}
      {job.state === 'failed' ? (
        <div style={styles.error} role="alert">
          {t('job.failed', { failure: job.failure ?? '' })}
        </div>
      ) : null}
      {job.state !== 'running' ? <TallyLines tally={job} /> : null}
    </section>
  );
}
