// Domain errors. Domain code throws these without knowing about HTTP; lib/http/error-status.ts maps each
// code to its status, so a missing row is a 404 and never a 500.

export interface FieldError {
  /** Where the problem is, e.g. `tasks[7].title`. */
  path: string;
  message: string;
}

export type AppErrorCode =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_large"
  | "unsupported_media_type"
  | "rate_limited";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly errors?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends AppError {
  constructor(message: string, errors?: FieldError[]) {
    super("invalid", message, errors);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in to continue.") {
    super("unauthorized", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "You are not allowed to do this.") {
    super("forbidden", message);
  }
}

export class NotFoundError extends AppError {
  constructor(what = "resource") {
    super("not_found", `The ${what} does not exist.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super("conflict", message);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string) {
    super("too_large", message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message = "Send the body as JSON with Content-Type: application/json.") {
    super("unsupported_media_type", message);
  }
}
