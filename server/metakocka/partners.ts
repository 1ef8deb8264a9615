// Partners in Metakocka's own words: get_partner, add_partner, update_partner (API.md §2.2), all on family B.
import type { MetakockaCaller } from './client';
import { MetakockaNotFoundError } from './errors';
import { parseAnswer, parseEach, type UnreadableItem } from './parse';
import {
  mkAddPartnerResultSchema,
  mkPartnerItemsSchema,
  mkPartnerListSchema,
  mkPartnerSchema,
  type MkAddPartnerResultWire,
  type MkPartnerWire,
} from './schemas/partner.schema';
import type { WireObject } from './wire';

export interface PartnerQuery {
  partnerId?: string;
  name?: string;
  taxNumber?: string;
  email?: string;
  phone?: string;
}
/** The add_partner / update_partner `partner` object in wire field names (API.md §2.2). */
export type MkPartnerWriteWire = WireObject;

export interface PartnersApi {
  /** Partners matching any of the fields (name is a contains-match). No hit is an empty list, not an error. */
  getPartner(query: PartnerQuery, options?: { showDiscount?: boolean }): Promise<MkPartnerWire[]>;
  /**
   * Every partner, each passed through `map` as it is read (a register of 20,000 is one answer of about 16 MB: only the
   * mapped partners are kept). get_partner without a filter lists all; its paging is not trusted (API.md §2.2).
   * A partner that does not have the documented shape goes to `onUnreadable` and the listing goes on; without it, it
   * fails the listing.
   */
  listPartners<T = MkPartnerWire>(
    pageSize?: number,
    map?: (partner: MkPartnerWire) => T,
    onUnreadable?: (item: UnreadableItem) => void,
  ): Promise<T[]>;
  addPartner(partner: MkPartnerWriteWire): Promise<MkAddPartnerResultWire>;
  updatePartner(partner: MkPartnerWriteWire): Promise<MkPartnerWire | null>;
}

const queryBody = (query: PartnerQuery): WireObject => ({
  partner_id: query.partnerId,
  partner_name: query.name,
  partner_tax_number: query.taxNumber,
  partner_email: query.email,
  partner_phone_number: query.phone,
});

// "No partner with such properties." comes as opr_code 2 (API.md §2.2, §6 item 18).
const noHit = (error: unknown) => error instanceof MetakockaNotFoundError && error.oprCode === '2';

export function partnersApi(caller: MetakockaCaller): PartnersApi {
  const fetchPartners = async (body: WireObject): Promise<MkPartnerWire[]> => {
    try {
      return parseAnswer(mkPartnerListSchema, 'get_partner', await caller.call('get_partner', body)).partner_list;
    } catch (error) {
      if (noHit(error)) return [];
      throw error;
    }
  };

  const eachPartner = async (
    body: WireObject,
    each: (partner: MkPartnerWire) => void,
    unreadable: (item: UnreadableItem) => void,
  ): Promise<void> => {
    const read = (items: unknown[]) => {
      const parsed = parseEach(mkPartnerSchema, 'get_partner', 'partner', items);
      parsed.items.forEach(each);
      parsed.unreadable.forEach(unreadable);
    };
    try {
      const rest = await caller.callList('get_partner', body, 'partner_list', (item) => read([item]));
      // Partners the split did not find (a single partner sent as an object, not a list) are in the rest.
      read(parseAnswer(mkPartnerItemsSchema, 'get_partner', rest).partner_list);
    } catch (error) {
      if (!noHit(error)) throw error;
    }
  };

  return {
    async getPartner(query, options) {
      const body = queryBody(query);
      if (Object.values(body).every((value) => value === undefined || value === '')) {
        throw new RangeError(
          'getPartner needs a partner id, name, tax number, e-mail or phone; use listPartners to list all.',
        );
      }
      return fetchPartners({ ...body, show_partner_discount: options?.showDiscount ? 'true' : undefined });
    },

    async listPartners<T>(
      pageSize = 1000,
      map: (partner: MkPartnerWire) => T = (partner) => partner as T,
      onUnreadable?: (item: UnreadableItem) => void,
    ) {
      const seen = new Map<string, T>();
      const unreadableSeen = new Map<string, UnreadableItem>();
      for (let offset = 0; ; offset += pageSize) {
        // By mk_id: a retried answer hands its partners over again. An unreadable partner counts as a row of the page.
        const page = new Map<string, T>();
        const unreadable = new Map<string, UnreadableItem>();
        await eachPartner(
          { limit: String(pageSize), offset: String(offset) },
          (partner) => page.set(partner.mk_id, map(partner)),
          (item) => {
            if (!onUnreadable) throw item.error;
            unreadable.set(item.mkId ?? `#${offset}:${unreadable.size}`, item);
          },
        );
        let fresh = 0;
        for (const [mkId, partner] of page) {
          if (seen.has(mkId)) continue;
          seen.set(mkId, partner);
          fresh += 1;
        }
        for (const [key, item] of unreadable) {
          if (unreadableSeen.has(key)) continue;
          unreadableSeen.set(key, item);
          onUnreadable?.(item);
          fresh += 1;
        }
        const rows = page.size + unreadable.size;
        // A page longer than asked, or one that repeats what we have, means the server ignored paging (API.md §2.2).
        if (rows < pageSize || rows > pageSize || fresh === 0) return [...seen.values()];
      }
    },

    async addPartner(partner) {
      return parseAnswer(mkAddPartnerResultSchema, 'add_partner', await caller.call('add_partner', { partner }));
    },

    async updatePartner(partner) {
      const json = await caller.call('update_partner', { partner });
      // Answers with the updated partner in the get_partner shape (API.md §2.2); accept it listed or at the top level.
      if ('partner_list' in json)
        return parseAnswer(mkPartnerListSchema, 'update_partner', json).partner_list[0] ?? null;
      return 'mk_id' in json ? parseAnswer(mkPartnerSchema, 'update_partner', json) : null;
    },
  };
}
