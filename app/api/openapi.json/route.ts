import { json } from "@/lib/http/json";
import { openApiDocument } from "@/lib/http/openapi/catalog";
import { route } from "@/lib/http/route";

export const GET = route({
  auth: "public",
  async handler() {
    return json(openApiDocument());
  },
});
