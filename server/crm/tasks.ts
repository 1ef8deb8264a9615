// Twenty tasks the app hands to people (alerts and digests), each linked to the record it is about through a task
// target. Ids come from the caller (deterministic), and both writes are upserts, so a retried alert adds nothing.
import type { CrmGateway } from './gateway';

/** The app's own objects a task may point at; a custom object is a morph target `target<Object>` (stand-in i2). */
export type TaskTargetObject = 'metakockaSyncIssue' | 'metakockaSyncRun' | 'metakockaReport';

export interface TaskDraft {
  id: string;
  title: string;
  /** Markdown; Twenty turns it into the task's rich-text body. */
  bodyMarkdown: string;
  assigneeId: string;
  dueAt: string;
  target: { object: TaskTargetObject; id: string } | null;
}

const CREATE_TASKS = `mutation CreateMetakockaTasks($data: [TaskCreateInput!]!) {
  createTasks(data: $data, upsert: true) { id } }`;
const CREATE_TASK_TARGETS = `mutation CreateMetakockaTaskTargets($data: [TaskTargetCreateInput!]!) {
  createTaskTargets(data: $data, upsert: true) { id } }`;

const targetField = (object: TaskTargetObject) => `target${object.charAt(0).toUpperCase()}${object.slice(1)}Id`;

/** Two calls for any number of tasks up to 200 (Twenty's batch cap). */
export async function createTasks(gateway: CrmGateway, drafts: TaskDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  await gateway.request(CREATE_TASKS, {
    data: drafts.map((draft) => ({
      id: draft.id,
      title: draft.title,
      bodyV2: { markdown: draft.bodyMarkdown },
      assigneeId: draft.assigneeId,
      dueAt: draft.dueAt,
      status: 'TODO',
    })),
  });
  const targets = drafts.filter((draft) => draft.target !== null);
  if (targets.length === 0) return;
  await gateway.request(CREATE_TASK_TARGETS, {
    data: targets.map((draft) => ({
      id: draft.id,
      taskId: draft.id,
      [targetField(draft.target!.object)]: draft.target!.id,
    })),
  });
}
