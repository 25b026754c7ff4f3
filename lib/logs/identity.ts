// Tenant identity of execution logs across the migration (seed 000, P2.A). Legacy users were brought over
// with their old integer as their Better Auth id ("42"), so a legacy row with user_id 42 belongs to the
// tenant whose id is exactly "42" — the decimal text Postgres gives for `user_id::text`: no sign for
// positives, no leading zeros, inside the INTEGER range.

const INT4_MIN = -2_147_483_648;
const INT4_MAX = 2_147_483_647;

/** The legacy integer a tenant id stands for, or null when the id is not the decimal text of an INTEGER. */
export function legacyUserId(userId: string): number | null {
  if (!/^(0|-?[1-9]\d{0,9})$/.test(userId)) return null;
  const n = Number(userId);
  return n >= INT4_MIN && n <= INT4_MAX ? n : null;
}
