// Writes the OpenAPI document to a file (for `npm run lint:openapi`), built exactly as GET /api/openapi.json
// builds it.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { openApiDocument } from "@/lib/http/openapi/catalog";

const out = process.argv[2] ?? ".openapi/openapi.json";
await mkdir(path.dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(openApiDocument(), null, 2));
console.log(`wrote ${out}`);
