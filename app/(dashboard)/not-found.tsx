// 404 inside the signed-in shell (e.g. /admin for someone who isn't an administrator): header and nav stay.
// Only the root not-found may export metadata, so the title is set with React's <title>.
import { NotFoundMessage } from "@/components/ui/not-found-message";

export default function DashboardNotFound() {
  return (
    <>
      <title>Page not found · Tickboard</title>
      <NotFoundMessage />
    </>
  );
}
