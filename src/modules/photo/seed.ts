import type { Services } from "../../kernel/context.ts";
import type { DemoLogin } from "../../kernel/system.ts";
import { hashPassword } from "../../kernel/auth/password.ts";

/** Demo data for a fresh database: one operator with photographers, projects, participants, photos and purchases. */
export async function seedPhotoDemo({ db }: Services): Promise<DemoLogin[]> {
  const password = "photo-demo-123";
  const passwordHash = await hashPassword(password);
  const operator = await db.photoOperator.create({ data: { name: "Demo Studio", email: "operator@photo.demo", passwordHash, timezone: "Europe/Berlin" } });
  await db.photoPhotographer.create({ data: { operatorId: operator.id, name: "Paula Lens", email: "photographer@photo.demo", passwordHash } });
  return [
    { system: "photo", role: "operator", login: "operator@photo.demo", password },
    { system: "photo", role: "photographer", login: "photographer@photo.demo", password },
  ];
}
