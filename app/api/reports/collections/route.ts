import { json } from "@/lib/http/json";
import { route } from "@/lib/http/route";
import { collectionCreateSchema, collectionJson, createCollection, listCollections } from "@/lib/reports";

export const GET = route({
  auth: "user",
  async handler({ db, user }) {
    const collections = await listCollections(db, user.id);
    return json({ collections: collections.map(collectionJson) });
  },
});

export const POST = route({
  auth: "user",
  body: collectionCreateSchema,
  async handler({ db, user, body }) {
    return json({ collection: collectionJson(await createCollection(db, user.id, body)) }, 201);
  },
});
