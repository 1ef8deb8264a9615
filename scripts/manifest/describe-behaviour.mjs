// Summaries of what the app may do and run: roles, logic functions with their triggers, front components with where
// they mount, and application variables (their secret flag, never a value).
import { keyedBy } from './name-index.mjs';

export const describeRoles = (built, names) =>
  keyedBy(
    built.roles ?? [],
    (role) => role.label,
    (role) => ({
      universalIdentifier: role.universalIdentifier,
      isApplicationRole: role.universalIdentifier === built.application.defaultRoleUniversalIdentifier,
      all: {
        read: role.canReadAllObjectRecords ?? false,
        update: role.canUpdateAllObjectRecords ?? false,
        softDelete: role.canSoftDeleteAllObjectRecords ?? false,
        destroy: role.canDestroyAllObjectRecords ?? false,
        settings: role.canUpdateAllSettings ?? false,
        tools: role.canAccessAllTools ?? false,
      },
      assignableTo: {
        users: role.canBeAssignedToUsers,
        agents: role.canBeAssignedToAgents,
        apiKeys: role.canBeAssignedToApiKeys,
      },
      objects: keyedBy(
        role.objectPermissions ?? [],
        (p) => names.object(p.objectUniversalIdentifier),
        (p) => ({
          read: p.canReadObjectRecords ?? false,
          update: p.canUpdateObjectRecords ?? false,
          softDelete: p.canSoftDeleteObjectRecords ?? false,
          destroy: p.canDestroyObjectRecords ?? false,
        }),
      ),
      fields: keyedBy(
        role.fieldPermissions ?? [],
        (p) => names.field(p.fieldUniversalIdentifier),
        (p) => ({
          read: p.canReadFieldValue,
          update: p.canUpdateFieldValue,
        }),
      ),
      permissionFlags: (role.permissionFlagUniversalIdentifiers ?? []).map(names.flag).sort(),
    }),
  );

const lifecycleOf = (application, id) =>
  [
    ['postInstall', application.postInstallLogicFunction],
    ['preInstall', application.preInstallLogicFunction],
    ['uninstall', application.uninstallLogicFunction],
    ['healthCheck', application.healthCheckLogicFunction],
  ].find(([, ref]) => ref?.universalIdentifier === id)?.[0];

export const describeFunctions = (built) =>
  keyedBy(
    built.logicFunctions ?? [],
    (fn) => fn.name ?? fn.universalIdentifier,
    (fn) => ({
      universalIdentifier: fn.universalIdentifier,
      source: fn.sourceHandlerPath,
      timeoutSeconds: fn.timeoutSeconds,
      lifecycle: lifecycleOf(built.application, fn.universalIdentifier),
      shouldRunOnVersionUpgrade: fn.shouldRunOnVersionUpgrade,
      triggers: {
        cron: fn.cronTriggerSettings?.pattern,
        route: fn.httpRouteTriggerSettings && {
          path: fn.httpRouteTriggerSettings.path,
          httpMethod: fn.httpRouteTriggerSettings.httpMethod,
          isAuthRequired: fn.httpRouteTriggerSettings.isAuthRequired,
          forwardedRequestHeaders: fn.httpRouteTriggerSettings.forwardedRequestHeaders,
        },
        databaseEvent: fn.databaseEventTriggerSettings && {
          eventName: fn.databaseEventTriggerSettings.eventName,
          updatedFields: fn.databaseEventTriggerSettings.updatedFields,
          batchMode: fn.databaseEventTriggerSettings.batchMode ?? false,
        },
        serverRoute: fn.serverRouteTriggerSettings && { httpMethods: fn.serverRouteTriggerSettings.httpMethods },
        workflowAction: fn.workflowActionTriggerSettings && { label: fn.workflowActionTriggerSettings.label },
        tool: fn.toolTriggerSettings ? true : undefined,
      },
    }),
  );

const mountsOf = (built, id, names) => [
  ...(built.application.settingsFrontComponent?.universalIdentifier === id
    ? [{ kind: 'applicationSettingsPage' }]
    : []),
  ...(built.commandMenuItems ?? [])
    .filter((item) => item.frontComponentUniversalIdentifier === id)
    .map((item) => ({
      kind: 'commandMenuItem',
      label: item.label,
      availabilityType: item.availabilityType,
      object: names.object(item.availabilityObjectUniversalIdentifier),
      isPinned: item.isPinned,
      conditionalAvailabilityExpression: item.conditionalAvailabilityExpression,
    })),
  ...(built.settingsMenuItems ?? [])
    .filter((item) => item.frontComponentUniversalIdentifier === id)
    .map((item) => ({ kind: 'settingsMenuItem', title: item.title, scope: item.scope })),
  ...[
    ...(built.pageLayoutTabs ?? []).flatMap((tab) => (tab.widgets ?? []).map((w) => ({ ...w, tab }))),
    ...(built.pageLayoutWidgets ?? []),
  ]
    .filter((widget) => widget.configuration?.frontComponentUniversalIdentifier === id)
    .map((widget) => ({
      kind: 'pageLayoutWidget',
      title: widget.title,
      tab: widget.tab
        ? `${names.pageLayout(widget.tab.pageLayoutUniversalIdentifier)}:${widget.tab.title}`
        : widget.pageLayoutTabUniversalIdentifier,
    })),
  ...(built.timelineActivityTypes ?? [])
    .filter((type) => type.frontComponentUniversalIdentifier === id)
    .map((type) => ({ kind: 'timelineActivityType', name: type.name })),
];

export const describeFrontComponents = (built, names) =>
  keyedBy(
    built.frontComponents ?? [],
    (fc) => fc.name ?? fc.universalIdentifier,
    (fc) => ({
      universalIdentifier: fc.universalIdentifier,
      source: fc.sourceComponentPath,
      isHeadless: fc.isHeadless ?? false,
      mounts: mountsOf(built, fc.universalIdentifier, names),
    }),
  );

export const describeVariables = (variables = {}) =>
  keyedBy(
    Object.entries(variables),
    ([key]) => key,
    ([, variable]) => ({
      universalIdentifier: variable.universalIdentifier,
      label: variable.label,
      type: variable.type ?? 'TEXT',
      isSecret: variable.isSecret === true,
      isRequired: variable.isRequired ?? false,
      hasDefault: variable.isSecret !== true && variable.value !== undefined,
    }),
  );

/** The AI skills by name; what their content names is checked against the model by test/plugin/skill.test.ts. */
export const describeSkills = (built) =>
  keyedBy(
    built.skills ?? [],
    (skill) => skill.name,
    (skill) => ({
      universalIdentifier: skill.universalIdentifier,
      label: skill.label,
      contentLength: skill.content.length,
    }),
  );

export const describeAgents = (built) =>
  keyedBy(
    built.agents ?? [],
    (agent) => agent.name,
    (agent) => ({
      universalIdentifier: agent.universalIdentifier,
      label: agent.label,
      role: (built.roles ?? []).find((role) => role.universalIdentifier === agent.roleUniversalIdentifier)?.label,
      responseFormat: agent.responseFormat?.type,
    }),
  );
