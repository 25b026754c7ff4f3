// Turns a Better Auth client error into a sentence that tells the user what happened and what to do next.
// Matched on status and Better Auth's error codes, falling back to the server's own message.

export interface AuthClientError {
  status: number;
  code?: string;
  message?: string;
}

export const WRONG_CREDENTIALS = "Wrong email or password. Check them and try again.";
export const TOO_MANY_ATTEMPTS = "Too many attempts. Wait a few seconds and try again.";
export const EMAIL_TAKEN = "An account with this email already exists. Sign in instead.";
export const NETWORK_ERROR = "Tickboard could not be reached. Check your connection and try again.";

export function authErrorMessage(error: AuthClientError): string {
  if (error.status === 429) return TOO_MANY_ATTEMPTS;
  switch (error.code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return WRONG_CREDENTIALS;
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return EMAIL_TAKEN;
    case "INVALID_EMAIL":
      return "That email address doesn't look right. Check it and try again.";
    case "PASSWORD_TOO_SHORT":
      return "That password is too short. Use at least 8 characters.";
    case "PASSWORD_TOO_LONG":
      return "That password is too long. Use at most 128 characters.";
  }
  if (error.status === 401) return WRONG_CREDENTIALS;
  if (error.status >= 500) return "Something went wrong on our side. Try again in a moment.";
  return error.message ? `${error.message.replace(/\.?$/, ".")} Check the form and try again.` : "That didn't work. Check the form and try again.";
}
