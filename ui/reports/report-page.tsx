// The report page (issue 19 step 3): pick a template and the parameters it declares, run it with your own permissions,
// and see its table and chart with what the figures rest on ("data as of", open sync issues); export the same report
// as CSV or XLSX; save it for reuse, and (managers) schedule its delivery; the KPIs against their targets. A parameter the server refuses is shown as its sentence, in the member's language, naming it.
import { useCallback, useEffect, useState } from 'react';

import type { ReportTemplateId } from 'plugin/constants/report-labels';
import type { ReportResult } from 'server/reports/report';
import type { ReportJobView, ReportTemplateSummary } from 'server/routes/contracts';
import { ExportButtons } from 'ui/reports/export-buttons';
import { KpiPanel } from 'ui/reports/kpi-panel';
import { ParameterFields } from 'ui/reports/parameter-form';
import { readTemplates, runReport, type ParameterValues } from 'ui/reports/report-client';
import { ReportChart } from 'ui/reports/report-chart';
import { ReportFacts } from 'ui/reports/report-facts';
import { ReportJob } from 'ui/reports/report-job';
import { ReportTable } from 'ui/reports/report-table';
import { SavedReports } from 'ui/reports/saved-reports';
import { useReportText } from 'ui/reports/use-report-text';
import { Button, Field, Form } from 'ui/shared/form';
import { readValue } from 'ui/shared/read-value';
import { Failed, Loading, Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

type Templates =
  | { state: 'loading' }
  | { state: 'failed'; message: string; action: string }
  | { state: 'done'; templates: ReportTemplateSummary[] };

/** The last twelve months up to this one in Ljubljana: what a period starts as. */
function lastTwelveMonths(now = new Date()): { from: string; to: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Ljubljana',
    year: 'numeric',
    month: '2-digit',
  })
    .format(now)
    .split('-')
    .map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 12, 1));
  return {
    from: `${start.getUTCFullYear()}-${String(start.getUTCMonth() + 1).padStart(2, '0')}`,
    to: `${year}-${String(month).padStart(2, '0')}`,
  };
}

const startingValues = (template: ReportTemplateSummary): ParameterValues =>
  template.parameters.some((spec) => spec.name === 'period') ? { period: lastTwelveMonths() } : {};

export function ReportPage() {
  const { t, labels } = useReportText();
  const [templates, setTemplates] = useState<Templates>({ state: 'loading' });
  const [templateId, setTemplateId] = useState<ReportTemplateId | null>(null);
  const [values, setValues] = useState<ParameterValues>({});
  const [running, setRunning] = useState(false);
  const [refusal, setRefusal] = useState<OutcomeValue>(null);
  const [answer, setAnswer] = useState<{ report: ReportResult; parameters: ParameterValues; job?: string } | null>(
    null,
  );
  const [job, setJob] = useState<{ view: ReportJobView; joined: boolean; parameters: ParameterValues } | null>(null);
  const jobDone = useCallback(
    (report: ReportResult) => {
      if (!job) return;
      setAnswer({ report, parameters: job.parameters, job: job.view.jobId });
      setJob(null);
    },
    [job],
  );

  useEffect(() => {
    void readTemplates().then((result) => {
      if (!result.ok) return setTemplates({ state: 'failed', message: result.error, action: result.action });
      setTemplates({ state: 'done', templates: result.data.templates });
      const first = result.data.templates[0]!;
      setTemplateId(first.id);
      setValues(startingValues(first));
    });
  }, []);

  if (templates.state === 'loading') return <Loading />;
  if (templates.state === 'failed') return <Failed message={templates.message} action={templates.action} />;
  const template = templates.templates.find((candidate) => candidate.id === templateId) ?? templates.templates[0]!;

  const pick = (id: string) => {
    const next = templates.templates.find((candidate) => candidate.id === id)!;
    setTemplateId(next.id);
    setValues(startingValues(next));
    setAnswer(null);
    setJob(null);
    setRefusal(null);
  };
  const run = async (id: string, parameters: ParameterValues) => {
    setRunning(true);
    setRefusal(null);
    setJob(null);
    const result = await runReport(id, parameters);
    setRunning(false);
    setAnswer(null);
    if (!result.ok) setRefusal({ ok: false, text: result.error, action: result.action });
    else if (result.data.mode === 'inline') setAnswer({ report: result.data.report, parameters });
    else setJob({ view: result.data.job, joined: result.data.joined, parameters });
  };

  const title = labels.titles[template.id];
  return (
    <div style={{ ...styles.page, maxWidth: 1100 }} data-testid="report-page">
      <header>
        <h1 style={styles.title}>{t('title')}</h1>
        <p style={styles.subtitle}>{t('subtitle')}</p>
      </header>
      <section style={styles.section} aria-labelledby="report-form-title">
        <h2 style={styles.sectionTitle} id="report-form-title">
          {t('form.title')}
        </h2>
        <Form onSubmit={() => void run(template.id, values)}>
          <Field label={t('form.template')}>
            {(control) => (
              <select
                {...control}
                data-testid="report-template"
                style={styles.input}
                value={template.id}
                onChange={(event) => pick(readValue(event))}
              >
                {templates.templates.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {labels.titles[candidate.id]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <ParameterFields
            specs={template.parameters}
            values={values}
            onChange={(name, value) => setValues({ ...values, [name]: value })}
          />
          <div>
            <Button kind="primary" submit busy={running} label={t('form.run')} testId="report-run" />
          </div>
        </Form>
        <div data-testid="report-refusal">
          <Outcome outcome={refusal} />
        </div>
      </section>
      <KpiPanel />
      <SavedReports
        template={template.id}
        parameters={values}
        onRun={(saved) => {
          setTemplateId(saved.template as ReportTemplateId);
          setValues(saved.parameters as ParameterValues);
          void run(saved.template, saved.parameters as ParameterValues);
        }}
      />
      {running ? <Loading /> : null}
      {job && !running ? (
        <ReportJob
          template={template.id}
          parameters={job.parameters}
          started={job.view}
          joined={job.joined}
          onDone={jobDone}
        />
      ) : null}
      {answer && !running ? (
        <section
          style={styles.section}
          aria-labelledby="report-result-title"
          data-testid="report-result"
          data-template={answer.report.template}
        >
          <h2 style={styles.sectionTitle} id="report-result-title">
            {title}
          </h2>
          <ReportFacts report={answer.report} />
          <ExportButtons template={answer.report.template} parameters={answer.parameters} job={answer.job} />
          {answer.report.rows.length > 0 ? <ReportChart report={answer.report} /> : null}
          <ReportTable report={answer.report} title={title} />
        </section>
      ) : null}
    </div>
  );
}
