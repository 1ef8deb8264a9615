// Reads what the harness needs from a built manifest (twenty-sdk build output, APPS.md §7 "Output"): the logic
// functions with their triggers, the lifecycle hooks, application variables and custom objects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestFunction {
  universalIdentifier: string;
  name: string;
  timeoutSeconds?: number;
  handlerName: string;
  builtHandlerPath: string;
  cronTriggerSettings?: { pattern: string };
  databaseEventTriggerSettings?: { eventName: string; updatedFields?: string[]; batchMode?: boolean };
  httpRouteTriggerSettings?: {
    path: string;
    httpMethod: string;
    isAuthRequired: boolean;
    forwardedRequestHeaders?: string[];
  };
  workflowActionTriggerSettings?: Record<string, unknown>;
  toolTriggerSettings?: Record<string, unknown>;
  shouldRunOnVersionUpgrade?: boolean;
}

export interface ManifestHook {
  universalIdentifier: string;
  shouldRunOnVersionUpgrade?: boolean;
  shouldRunSynchronously?: boolean;
}

export interface ManifestObject {
  universalIdentifier: string;
  nameSingular: string;
  namePlural: string;
  labelSingular?: string;
  labelPlural?: string;
  description?: string;
  icon?: string;
}

export interface AppManifest {
  application: {
    universalIdentifier: string;
    displayName?: string;
    applicationVariables?: Record<string, { universalIdentifier: string; value?: string; isSecret?: boolean }>;
    preInstallLogicFunction?: ManifestHook;
    postInstallLogicFunction?: ManifestHook;
    uninstallLogicFunction?: ManifestHook;
    healthCheckLogicFunction?: ManifestHook;
  };
  logicFunctions: ManifestFunction[];
  objects: ManifestObject[];
}

export interface LoadedManifest {
  outputDir: string;
  manifest: AppManifest;
  version: string;
}

export function loadManifest(outputDir: string): LoadedManifest {
  const manifest = JSON.parse(readFileSync(join(outputDir, 'manifest.json'), 'utf8')) as AppManifest;
  const pkg = JSON.parse(readFileSync(join(outputDir, 'package.json'), 'utf8')) as { version?: string };
  return { outputDir, manifest, version: pkg.version ?? '0.0.0' };
}

export const builtModulePath = (loaded: LoadedManifest, fn: ManifestFunction): string =>
  join(loaded.outputDir, fn.builtHandlerPath);

export function functionByName(loaded: LoadedManifest, name: string): ManifestFunction {
  const fn = loaded.manifest.logicFunctions.find((candidate) => candidate.name === name);
  if (!fn) {
    const names = loaded.manifest.logicFunctions.map((candidate) => candidate.name).join(', ');
    throw new Error(
      `No logic function named "${name}" in the built manifest (${loaded.outputDir}). Built functions: ${names || 'none'}.`,
    );
  }
  return fn;
}

export function functionByUniversalIdentifier(
  loaded: LoadedManifest,
  universalIdentifier: string,
): ManifestFunction | undefined {
  return loaded.manifest.logicFunctions.find((candidate) => candidate.universalIdentifier === universalIdentifier);
}

/** Default values of the non-secret application variables (APPS.md §2.1: secrets have no default). */
export function defaultAppVariables(loaded: LoadedManifest): Record<string, string> {
  const variables = loaded.manifest.application.applicationVariables ?? {};
  return Object.fromEntries(
    Object.entries(variables)
      .filter(([, variable]) => !variable.isSecret && typeof variable.value === 'string')
      .map(([name, variable]) => [name, variable.value as string]),
  );
}
