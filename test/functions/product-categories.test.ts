// product-categories (route /metakocka/sync/settings/product-categories): the names the product filter can pick,
// read from the products already in Twenty (Metakocka has no category list), every level of each path, counted.
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { ProductCategoriesAnswer } from 'server/routes/contracts';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 40 });
const PATH = `/s${SYNC_ROUTES.productCategories}`;
const MEMBER = { workspaceMemberId: '3b2e9f14-5c6d-4e7f-8a9b-0c1d2e3f4a09', flags: [] }; // no Manage Metakocka

describe('product-categories', () => {
  it('lists every category level on the synced products with how many products carry it, most used first', async () => {
    expect((await world().harness.route(PATH, { method: 'GET', as: MANAGER })).body).toEqual({
      categories: [],
      productsRead: 0,
      truncated: false,
    });
    await world().sync({ streams: ['products'] });

    const reply = await world().harness.route(PATH, { method: 'GET', as: MANAGER });

    expect(reply.status).toBe(200);
    const answer = reply.body as ProductCategoriesAnswer;
    const expected = new Map<string, number>();
    for (const product of world().sandbox.store.products.list())
      for (const label of new Set(product.categories.flat())) expected.set(label, (expected.get(label) ?? 0) + 1);
    expect(Object.fromEntries(answer.categories.map((c) => [c.name, c.products]))).toEqual(
      Object.fromEntries(expected),
    );
    expect(answer.productsRead).toBe(40);
    expect(answer.truncated).toBe(false);
    const counts = answer.categories.map((c) => c.products);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('refuses a member without Manage Metakocka', async () => {
    expect((await world().harness.route(PATH, { method: 'GET', as: MEMBER })).status).toBe(403);
  });
});
