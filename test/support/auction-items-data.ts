import type { TestApp } from "./test-app.ts";
import { unique } from "./unique.ts";

/** Item extras inserted directly for the item tests: categories, images, dimension rows, won items. */
export async function auctionCategory(app: TestApp, label = unique("Category")) {
  return app.services.db.auctionCategory.create({ data: { label } });
}

/** An image (a stored-file row; the bytes do not matter for listing) attached to an item. */
export async function auctionItemImage(app: TestApp, itemId: number, weight = 0) {
  const file = await app.services.db.auctionFile.create({
    data: { filename: "vase.jpg", mime: "image/jpeg", size: 10, storageKey: unique("auction/test/vase").replace(/\W/g, "_") },
  });
  await app.services.db.auctionItemImage.create({ data: { itemId, fileId: file.id, weight } });
  return file;
}

export async function auctionItemDimension(app: TestApp, itemId: number, fields: Record<string, unknown> = {}) {
  return app.services.db.auctionItemDimension.create({ data: { itemId, height: "30", width: "15", depth: "15.5", weight: "2.5", unit: "cm", ...fields } });
}

/** Marks an item sold to a client with a paddle number (as the sale results would). */
export async function sellItem(app: TestApp, itemId: number, winnerId: number, hammer = "250.00", bidderNumber = "12345") {
  return app.services.db.auctionItem.update({
    where: { id: itemId },
    data: { status: "sold", hammerPrice: hammer, winnerId, winnerBidderNumber: bidderNumber, winnerKind: "floor" },
  });
}
