// axe-core (the accessibility engine browsers' dev tools use) run inside a preview page: the serious and critical
// violations within one element, the bar every screen is held to (issue 15).
import { readFileSync } from 'node:fs';

import type { Page } from 'playwright-core';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

type Finding = { id: string; impact: string | null; nodes: string[] };

export async function seriousViolations(page: Page, within = '#root'): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async (within) => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<any> } }).axe;
    const result = await axe.run({ include: [within] }, { resultTypes: ['violations'] });
    return (result.violations as Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>)
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, within);
}
