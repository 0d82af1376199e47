import type { Services } from "../../kernel/context.ts";
import type { DemoLogin } from "../../kernel/system.ts";
import { hashPassword } from "../../kernel/auth/password.ts";

/** Demo data for a fresh database: an admin, a shop and a customer with some wallet money. */
export async function seedPrintDemo({ db }: Services): Promise<DemoLogin[]> {
  const password = "print-demo-123";
  const passwordHash = await hashPassword(password);
  await db.printUser.createMany({
    data: [
      { username: "admin", fullName: "Print Admin", email: "admin@print.demo", passwordHash, role: "admin" },
      { username: "shop1", fullName: "Shop Keeper", email: "shop@print.demo", phone: "9000000001", passwordHash, role: "shopkeeper",
        shopName: "Print Shop 1", lat: 12.9716, long: 77.5946, address: "123 Main St", isOpen: true },
      { username: "customer", fullName: "Demo Customer", email: "customer@print.demo", phone: "9000000002", passwordHash, role: "customer", referralCode: "DEMO1234" },
    ],
  });
  await db.printAppDownloads.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
  return [
    { system: "print", role: "admin", login: "admin", password },
    { system: "print", role: "shopkeeper", login: "shop1", password },
    { system: "print", role: "customer", login: "customer", password },
  ];
}
