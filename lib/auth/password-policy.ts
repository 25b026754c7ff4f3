// Password length limits: Better Auth enforces them (lib/auth/config.ts), the sign-up form explains them.
export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
