/** Resolving partner / receiver of put_document and update_document (API.md §3.1 "Referencing an existing partner", §6 item 10). */
import { MkFail } from '../store/mk-fail';
import type { SandboxStore } from '../store/store';
import type { PartyRef } from '../store/types';
import { filled, type Body } from '../values/body';
import { createPartner, newAddress } from './partners';

/** A resolved party; `commit` performs the creations it needs, after the whole request has been validated. */
export interface PartyDraft {
  commit(): PartyRef;
}

export function draftParty(store: SandboxStore, b: Body, key: string): PartyDraft {
  const mkId = filled(b, 'mk_id');
  if (mkId === undefined) {
    // A full inline partner without ids creates a NEW partner every time (API.md §3.1, §6 item 10; RH live).
    if (!filled(b, 'customer')) throw new MkFail('2', 'Partner data are missing');
    return {
      commit: () => {
        const p = createPartner(store, b);
        return { partnerMkId: p.mkId, addressMkId: p.addresses[0]!.mkId };
      },
    };
  }
  const partner = store.partners.get(mkId);
  if (!partner) throw new MkFail('2', `Partner with mk_id ${mkId} does not exist (${key}).`);
  const addressId = filled(b, 'mk_address_id');
  if (addressId !== undefined) {
    if (!partner.addresses.some((a) => a.mkId === addressId)) {
      throw new MkFail('2', `Address with mk_address_id ${addressId} does not belong to partner ${mkId} (${key}).`);
    }
    return { commit: () => ({ partnerMkId: mkId, addressMkId: addressId }) };
  }
  const street = filled(b, 'street');
  // mk_id alone is refused (API.md §3.1, live RH).
  if (!filled(b, 'customer') || street === undefined) {
    throw new MkFail('2', 'Partner must have mk_address_id or customer and street for address identification.');
  }
  const known = partner.addresses.find((a) => a.street.toLocaleLowerCase('sl') === street.toLocaleLowerCase('sl'));
  if (known) return { commit: () => ({ partnerMkId: mkId, addressMkId: known.mkId }) };
  return {
    commit: () => {
      const address = newAddress(store, b, 'Dobava');
      partner.addresses.push(address);
      store.partners.reindex(partner);
      return { partnerMkId: mkId, addressMkId: address.mkId };
    },
  };
}
