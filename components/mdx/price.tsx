import { describePrice, priceKeys, type PriceKey } from '@/lib/site-config';

/** A price written in copy always comes from the site config, so every page shows the same figure. */
export function Price({ item }: { item: string }) {
  if (!(priceKeys as string[]).includes(item)) {
    throw new Error(`<Price item="${item}" />: unknown price key. Use one of: ${priceKeys.join(', ')}`);
  }
  return <span className="font-semibold whitespace-nowrap">{describePrice(item as PriceKey)}</span>;
}
