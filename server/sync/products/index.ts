// The products stream: Metakocka → Twenty only (Metakocka is the system of record); a full scan, then deletions.
import { deactivateMissingProducts, type ProductDeletionCursor } from './deletions';
import type { StreamDescriptor } from '../stream';
import { pullProductsPage, type ProductScanCursor } from './pull';

export const productsStream: StreamDescriptor = {
  name: 'products',
  direction: 'PULL',
  async step(ctx) {
    const cursor = ctx.state.cursor as Partial<ProductScanCursor> | ProductDeletionCursor;
    if (cursor.phase === 'deletions') return deactivateMissingProducts(ctx, cursor as ProductDeletionCursor);
    const scan = cursor as Partial<ProductScanCursor>;
    return pullProductsPage(ctx, {
      phase: 'scan',
      offset: scan.offset ?? 0,
      seenActive: scan.seenActive ?? 0,
      stock: scan.stock ?? {},
    });
  },
};
