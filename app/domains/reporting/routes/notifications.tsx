import { Heading } from "@digdir/designsystemet-react";
import { redirect, useLoaderData } from "react-router";
import type { Route } from "./+types/notifications";
import { metaTitle } from "~/kit/ui/meta";
import { NotificationList } from "~/domains/reporting/ui/reporting-due";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { markNotificationsRead } from "~/domains/reporting/mutations.server";
import { listNotifications } from "~/domains/reporting/queries.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  if (!context.user) throw new AppError("forbidden");
  return { notifications: await listNotifications({ municipalityId: context.municipality.id, userId: context.user.id, limit: 100 }) };
});

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request);
  if (!context.user) throw new AppError("forbidden");
  await markNotificationsRead({ municipalityId: context.municipality.id, userId: context.user.id });
  const back = form.get("redirectTo");
  return redirect(back === "/dashboard" ? "/dashboard" : "/notifications");
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("reporting.notifications.heading"));

export default function NotificationsPage() {
  const t = useT();
  const { notifications } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("reporting.notifications.heading")}
      </Heading>
      <NotificationList notifications={notifications} />
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
