// Stock flags the native Stock dashboard counts (issue 19 step 2): a chart can count TRUE values but cannot compare
// two fields, so "below minimum" and "in the e-shop without stock" are kept as booleans next to the stock figures.
import { compare, parseDecimal, ZERO } from 'server/money/decimal';

export interface ProductStockFlags {
  isBelowMinimum: boolean;
  isEshopWithoutStock: boolean;
}

type Amount = string | number | null | undefined;

const decimalOf = (value: Amount) => (value === null || value === undefined ? null : parseDecimal(String(value)));

/** Flags from the stock total, Metakocka's min_stock (API.md §3.2) and the e-shop flag; no stock figure, no flag. */
export function stockFlags(input: { stockTotal: Amount; minStock: Amount; eshopSync: boolean | null | undefined }) {
  const stock = decimalOf(input.stockTotal);
  const min = decimalOf(input.minStock);
  const flags: ProductStockFlags = {
    // A minimum of 0 (Metakocka's default) sets no minimum.
    isBelowMinimum: stock !== null && min !== null && compare(min, ZERO) > 0 && compare(stock, min) < 0,
    isEshopWithoutStock: input.eshopSync === true && stock !== null && compare(stock, ZERO) <= 0,
  };
  return flags;
}
