// alerts-cron in each recipient's language (issue 15 item 1 "Done when": a member's own language choice changes the
// tasks sent to them, and no one else's). Two recipients of the same cause: the member who chose Slovenian gets a task
// worded in Slovenian, the issue's message and next step included (from its code and parameters); the manager, who
// follows the workspace’s English, gets the English task.
import { ALERT_ROUTES, LANGUAGE_ROUTES } from 'plugin/constants/route-paths';
import { renderAction, renderError } from 'server/error-catalogue';
import { MANAGER } from 'test/e2e/sync-world';
import { MEMBER, useAlertWorld } from 'test/e2e/alerts-world';
import { englishWordsIn } from 'test/support/english-leftovers';

const alerts = useAlertWorld();
const { world } = alerts;
const AUTH = { company: 'id', companyId: '5522', oprCode: 1, method: 'get_partner_list' };

async function alertPass() {
  const summary = (await world().harness.cron('alerts-cron')) as { alerted: string[]; digest: string };
  await world().drain();
  return summary;
}

const taskOf = (memberId: string) => alerts.tasks().find((task) => task.assigneeId === memberId);
const bodyText = (task: { bodyV2?: { markdown?: string } | null; body?: string | null }) =>
  task.bodyV2?.markdown ?? task.body ?? '';

describe('alert tasks in each recipient’s language', () => {
  it('words the task of the member who chose Slovenian in Slovenian, and leaves the other recipient’s English', async () => {
    await alerts.route(ALERT_ROUTES.save, { recipients: [MANAGER.workspaceMemberId, MEMBER.workspaceMemberId] });
    // The member chooses Slovenian for themselves, as on their own screen.
    expect((await alerts.route(LANGUAGE_ROUTES.mineSave, { language: 'sl' }, MEMBER)).status).toBe(200);
    await alerts.openIssue({ message: renderError('MK_AUTH', AUTH), messageParams: AUTH });

    await alertPass();

    const english = taskOf(MANAGER.workspaceMemberId);
    const slovenian = taskOf(MEMBER.workspaceMemberId);
    expect(english.title).toBe('Metakocka: the partners sync is stopped (MK_AUTH)');
    expect(bodyText(english)).toContain(renderError('MK_AUTH', AUTH));
    expect(slovenian.title).not.toBe(english.title);
    expect(bodyText(slovenian)).toContain(renderError('MK_AUTH', AUTH, 'sl'));
    expect(bodyText(slovenian)).toContain(renderAction('MK_AUTH', AUTH, 'sl'));
    expect(englishWordsIn(`${slovenian.title}\n${bodyText(slovenian)}`)).toEqual([]);
  });
});
