import { Heading } from "@digdir/designsystemet-react";
import type { Route } from "./+types/dashboard";
import { useT } from "~/hooks";
import { requireContext } from "~/modules/auth/guard.server";
import { withLoader } from "~/utils/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  await requireContext(request);
  return null;
});

export default function Dashboard() {
  const t = useT();
  return (
    <Heading level={1} data-size="lg">
      {t("nav.dashboard")}
    </Heading>
  );
}
