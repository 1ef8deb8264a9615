// A report that reads one object page by page and folds each page into figures it can save (issue 19 step 2): the
// same fold runs inline and as a job, so a report's figures do not depend on how it ran. A job keeps the saved figures
// and the read cursor together in one checkpoint (one kv entry, written at once), so a job killed mid-way resumes from
// its last checkpoint and counts no page twice.
import { OBJECT_NAMES } from 'plugin/constants/names';

import type { ReportParameters } from './parameters';
import type { ReadCost, ReportReader } from './reader';
import type { AnyPass, PagedPass, ReportContext, ReportTemplate } from './template';

export const definePass = <S, Saved>(pass: PagedPass<S, Saved>): AnyPass => pass as unknown as AnyPass;

export interface PassCheckpoint {
  /** The cursor of the next page; null before the first page and after the last. */
  after: string | null;
  done: boolean;
  pages: number;
  figures: unknown;
  /** Open sync issues per record id the report may read, and the count on the records used so far. */
  issueLinks: Record<string, number>;
  openIssues: number;
  cost: ReadCost;
}

const LINK_OF: Record<string, 'salesDocumentId' | 'productId'> = {
  metakockaSalesDocument: 'salesDocumentId',
  metakockaProduct: 'productId',
};

/** The open sync issues on the template's objects, counted per linked record id; `total` counts them all. */
export async function openIssueLinks(
  reader: ReportReader,
  template: ReportTemplate,
): Promise<{ links: Record<string, number>; total: number }> {
  const links: Record<string, number> = {};
  let total = 0;
  if (template.objects.length === 0) return { links, total };
  await reader.eachPage<{ salesDocumentId: string | null; productId: string | null }>(
    OBJECT_NAMES.syncIssue,
    'salesDocumentId productId',
    { and: [{ status: { eq: 'OPEN' } }, { recordObject: { in: [...template.objects] } }] },
    (page) =>
      page.forEach((issue) => {
        total += 1;
        const linked = template.objects.map((object) => issue[LINK_OF[object]!]).find(Boolean);
        if (linked) links[linked] = (links[linked] ?? 0) + 1;
      }),
  );
  return { links, total };
}

export const issuesOn = (links: Record<string, number>, ids: Iterable<string>): number =>
  [...new Set(ids)].reduce((sum, id) => sum + (links[id] ?? 0), 0);

export async function beginPass(
  template: ReportTemplate,
  pass: AnyPass,
  ctx: ReportContext,
  params: ReportParameters,
): Promise<PassCheckpoint> {
  const { links } = await openIssueLinks(ctx.reader, template);
  const figures = pass.save(await pass.start(ctx, params));
  const cost = { calls: ctx.reader.calls(), read: ctx.reader.recordsRead() };
  return { after: null, done: false, pages: 0, figures, issueLinks: links, openIssues: 0, cost };
}

export interface AdvanceLimits {
  /** Stop (not done) once this many Twenty calls have been made in this advance. */
  maxCalls?: number;
  /** Hand the checkpoint over every this many pages; `keep` answers false when the job is no longer this run's. */
  every?: number;
  keep?: (checkpoint: PassCheckpoint) => Promise<boolean>;
}

/** Reads pages from the checkpoint's cursor, folding each, until the last page or a limit; answers the new checkpoint,
 * or null when `keep` said the job is no longer this run's (nothing of this run is to be saved then). */
export async function advancePass(
  pass: AnyPass,
  ctx: ReportContext,
  params: ReportParameters,
  from: PassCheckpoint,
  limits: AdvanceLimits = {},
): Promise<PassCheckpoint | null> {
  const figures = pass.revive(from.figures);
  const startCalls = ctx.reader.calls();
  let { after, pages, openIssues } = from;
  const snapshot = (done: boolean): PassCheckpoint => ({
    ...from,
    after,
    done,
    pages,
    openIssues,
    figures: pass.save(figures),
    cost: { calls: ctx.reader.calls(), read: ctx.reader.recordsRead() },
  });
  for (;;) {
    const page = await ctx.reader.page<unknown>(pass.object, pass.selection, pass.filter(params), after);
    openIssues += issuesOn(from.issueLinks, await pass.fold(ctx, params, figures, page.records));
    pages += 1;
    after = page.after;
    if (after === null) return snapshot(true);
    if (limits.maxCalls !== undefined && ctx.reader.calls() - startCalls >= limits.maxCalls) return snapshot(false);
    if (limits.every && limits.keep && pages % limits.every === 0 && !(await limits.keep(snapshot(false)))) return null;
  }
}

export const finishPass = (pass: AnyPass, ctx: ReportContext, params: ReportParameters, checkpoint: PassCheckpoint) =>
  pass.finish(ctx, params, pass.revive(checkpoint.figures));
