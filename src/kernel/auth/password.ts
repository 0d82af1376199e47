import bcrypt from "bcryptjs";

const ROUNDS = process.env.NODE_ENV === "test" ? 4 : 10;

/** bcrypt (pure JS, no native build): slow on purpose; tests use the minimum cost to stay fast. */
export const hashPassword = (plain: string) => bcrypt.hash(plain, ROUNDS);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

/** A real bcrypt hash compared against when the account does not exist, so timing does not reveal accounts. */
const DUMMY_HASH = bcrypt.hashSync("not-a-real-password", ROUNDS);
export const verifyPasswordOrDummy = async (plain: string, hash: string | undefined) =>
  (await bcrypt.compare(plain, hash ?? DUMMY_HASH)) && hash !== undefined;
