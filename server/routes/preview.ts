// The impact-preview routes (issue 16 item 2): start a preview of a settings change, read its progress and report,
// cancel it. Each parses its request with the contract's schema, builds the sync runtime and calls one server function.
import type { RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import {
  previewIdRequest,
  previewStartRequest,
  type PreviewAnswer,
  type ProductCategoriesAnswer,
} from 'server/routes/contracts';
import { credentialRouteDeps } from 'server/routes/route-context';
import { SettingsInvalidError } from 'server/settings/store';
import { cancelPreview, previewStatus, startPreview } from 'server/sync/preview/preview';
import { productCategories } from 'server/sync/products/categories';
import { syncRuntimeFrom } from 'server/sync/sync-runtime';
import type { z } from 'zod';

/** The request parsed with its schema; a wrong one is refused like a wrong settings change (422 naming the field). */
function parsed<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body ?? {}, { reportInput: true });
  if (result.success) return result.data;
  throw new SettingsInvalidError(result.error.issues, 'Correct the request and send it again.', 'request');
}

export async function startPreviewRoute(request: RouteRequest, app: AppRuntime) {
  const body = parsed(previewStartRequest, request.body);
  const memberId = await credentialRouteDeps(request, app).memberId();
  return startPreview(syncRuntimeFrom(app), body, memberId);
}

export const previewStatusRoute = (request: RouteRequest, app: AppRuntime): Promise<PreviewAnswer> =>
  previewStatus(syncRuntimeFrom(app), request.query.previewId || undefined);

export const cancelPreviewRoute = (request: RouteRequest, app: AppRuntime): Promise<PreviewAnswer> =>
  cancelPreview(syncRuntimeFrom(app), parsed(previewIdRequest, request.body).previewId);

export const productCategoriesRoute = (_request: RouteRequest, app: AppRuntime): Promise<ProductCategoriesAnswer> =>
  productCategories(syncRuntimeFrom(app).crm.gateway);
