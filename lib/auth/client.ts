"use client";
// Better Auth's browser client: sign-up, sign-in and sign-out forms call it.
import { createAuthClient } from "better-auth/react";
import { adminClient } from "better-auth/client/plugins";

export const authClient = createAuthClient({ plugins: [adminClient()] });
