// "Link to Metakocka partner" (D40): the one way a user binds a company or person to an existing partner, by its
// partner code or tax number, through the manager-only link route ({ object, recordId, partnerCode | taxNumber } ->
// { ok, detail } or { error, action } naming the record that holds the partner).
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { callCommandRoute, type CommandClient } from 'ui/commands/command-client';
import type { CommandText } from 'ui/commands/messages';
import { failureOutcome, show, type CommandHost, type CommandOutcome } from 'ui/commands/outcome';
import { isRecordObject } from 'ui/commands/record-commands';

export type LinkBy = 'code' | 'tax';

export async function linkPartnerCommand(
  client: CommandClient,
  host: CommandHost,
  t: CommandText,
  objectNameSingular: string | null | undefined,
  recordId: string,
  by: LinkBy,
  value: string,
): Promise<CommandOutcome> {
  if (!isRecordObject(objectNameSingular)) return { variant: 'warning', message: t('select.wrongObject') };
  const text = value.trim();
  if (text === '') return { variant: 'warning', message: t('link.empty') };
  const body = {
    object: objectNameSingular,
    recordId,
    ...(by === 'code' ? { partnerCode: text } : { taxNumber: text }),
  };
  const out = await callCommandRoute<{ detail?: unknown }>(client, SYNC_ROUTES.linkPartner, body);
  if (!out.ok) return show(host, failureOutcome(t, out));
  return show(host, {
    variant: 'success',
    message: typeof out.data?.detail === 'string' ? out.data.detail : t('done'),
  });
}
