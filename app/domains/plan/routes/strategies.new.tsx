import { actorOf } from "~/kit/context";
import { Button, Heading } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData } from "react-router";
import type { Route } from "./+types/strategies.new";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { StrategyFormFields, strategyFieldLabels } from "~/domains/plan/ui/components";
import { metaTitle } from "~/kit/ui/meta";
import { createStrategy } from "~/domains/plan/mutations.server";
import { strategyInputSchema } from "~/domains/plan/schema";
import { readFormInput } from "~/kit/form";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  await requireContext(request, { capability: "plan.edit" });
  return null;
});

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "plan.edit" });
  const created = await createStrategy({
    municipalityId: context.municipality.id,
    principal: context.principal,
    input: readFormInput({ form, texts: Object.keys(strategyInputSchema.shape) }),
    actor: actorOf(context),
  });
  return redirect(`/strategies/${created.id}?saved=1`);
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("plan.strategy.new.title"));

export default function NewStrategy() {
  const t = useT();
  const result = useActionData<typeof action>();
  const state = result && result.ok === false ? result : undefined;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("plan.strategy.new.title")}
      </Heading>
      <FormErrorSummary state={state} labels={strategyFieldLabels(t)} />
      <PostForm className="stack form-narrow" noValidate>
        <StrategyFormFields state={state} />
        <div className="row">
          <Button type="submit">{t("plan.strategy.create")}</Button>
          <Button asChild variant="tertiary">
            <Link to="/strategies">{t("action.cancel")}</Link>
          </Button>
        </div>
      </PostForm>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
