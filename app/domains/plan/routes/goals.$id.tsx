import { actorOf } from "~/kit/context";
import { Alert, Breadcrumbs, Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import type { Route } from "./+types/goals.$id";
import { RegisterBenefitLinks } from "~/domains/benefits/ui";
import { PostForm } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import type { MessageKey } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { can, canEditBenefit } from "~/kit/permissions";
import { getBenefitMapForGoal } from "~/domains/benefits/index.server";
import { formatPeriod, GoalTree, SavedNotice } from "~/domains/plan/ui/components";
import { FormErrorAlert } from "~/kit/ui/alerts";
import { metaTitle } from "~/kit/ui/meta";
import { deleteGoal, type GoalSnapshot } from "~/domains/plan/mutations.server";
import { getGoalById, getStrategyById, listGoalTree, listMeasuresForGoal } from "~/domains/plan/queries.server";
import { versionSchema } from "~/domains/plan/schema";
import { findGoalPath } from "~/domains/plan/tree";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";
import { parseInput } from "~/kit/validation";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const goal = await getGoalById({ municipalityId, id: params.id });
  const strategy = await getStrategyById({ municipalityId, id: goal.strategyId });
  const tree = await listGoalTree({ municipalityId, strategyId: strategy.id });
  const path = findGoalPath(tree, goal.id);
  const node = path.at(-1);
  if (!node) throw new AppError("not_found");
  const measures = await listMeasuresForGoal({ municipalityId, goalId: goal.id });
  const benefitMap = await getBenefitMapForGoal({ municipalityId, goalId: goal.id });
  return {
    canEdit: can(context.principal, "plan.edit"),
    goal: {
      id: goal.id,
      number: goal.number,
      title: goal.title,
      description: goal.description,
      indicator: goal.indicator,
      version: goal.version,
      parentId: goal.parentId,
    },
    strategy: { id: strategy.id, title: strategy.title, periodFrom: strategy.periodFrom, periodTo: strategy.periodTo },
    ancestors: path.slice(0, -1).map((a) => ({ id: a.id, number: a.number, title: a.title })),
    children: node.children,
    measures,
    benefitMap: {
      measures: benefitMap.measures.length,
      benefits: benefitMap.benefits.length,
      editableMeasures: benefitMap.measures.filter((m) => canEditBenefit(context.principal, m)).map(({ id, code, title }) => ({ id, code, title })),
    },
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "plan.edit" });
  if (form.get("intent") !== "delete") throw new AppError("bad_request");
  const deleted = await deleteGoal({
    municipalityId: context.municipality.id,
    principal: context.principal,
    id: params.id,
    version: parseInput(versionSchema, form.get("version")),
    actor: actorOf(context),
  });
  return redirect(deleted.parentId ? `/goals/${deleted.parentId}?deleted=1` : `/strategies/${deleted.strategyId}?deleted=1`);
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  metaTitle(matches, (t) => (loaderData ? `${loaderData.goal.number} ${loaderData.goal.title}` : t("plan.goals.title")));

export default function GoalDetails() {
  const t = useT();
  const { goal, strategy, ancestors, children, measures, benefitMap, canEdit } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const failure = result && result.ok === false ? result : undefined;
  const [params] = useSearchParams();
  const currentVersion = (failure?.details?.current as GoalSnapshot | undefined)?.version ?? goal.version;
  const confirmDelete = canEdit && params.has("delete") && children.length === 0;
  return (
    <div className="stack">
      <Breadcrumbs aria-label={t("plan.breadcrumbs")}>
        <Breadcrumbs.List>
          <Breadcrumbs.Item>
            <Breadcrumbs.Link asChild>
              <Link to="/goals">{t("plan.goals.title")}</Link>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
          <Breadcrumbs.Item>
            <Breadcrumbs.Link asChild>
              <Link to={`/strategies/${strategy.id}`}>{strategy.title}</Link>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
          {ancestors.map((a) => (
            <Breadcrumbs.Item key={a.id}>
              <Breadcrumbs.Link asChild>
                <Link to={`/goals/${a.id}`}>
                  {a.number} {a.title}
                </Link>
              </Breadcrumbs.Link>
            </Breadcrumbs.Item>
          ))}
          <Breadcrumbs.Item>
            <Breadcrumbs.Link asChild>
              <Link to={`/goals/${goal.id}`} aria-current="page">
                {goal.number} {goal.title}
              </Link>
            </Breadcrumbs.Link>
          </Breadcrumbs.Item>
        </Breadcrumbs.List>
      </Breadcrumbs>
      <Heading level={1} data-size="lg">
        {goal.number} {goal.title}
      </Heading>
      <SavedNotice show={params.has("saved")} />
      <SavedNotice show={params.has("deleted")} messageKey="plan.goal.deleted" />
      <FormErrorAlert error={failure ? (failure.formError ?? Object.values(failure.fieldErrors)[0]) : null} />
      {canEdit ? (
        <div className="row">
          <Button asChild variant="secondary">
            <Link to={`/goals/${goal.id}/edit`}>{t("plan.goal.edit")}</Link>
          </Button>
          <Button asChild variant="secondary">
            <Link to={`/goals/new?strategyId=${strategy.id}&parentId=${goal.id}`}>{t("plan.goal.addChild")}</Link>
          </Button>
          {children.length === 0 ? (
            <Button asChild variant="tertiary" data-color="danger">
              <Link to="?delete=1">{t("plan.goal.delete")}</Link>
            </Button>
          ) : null}
        </div>
      ) : null}
      <Paragraph>
        <Link to={`/goals/${goal.id}/history`}>{t("plan.history")}</Link>
      </Paragraph>
      {canEdit && children.length > 0 ? <Paragraph className="muted">{t("plan.goal.delete.blocked")}</Paragraph> : null}
      {confirmDelete ? (
        <Alert data-color="danger">
          <div className="stack">
            <Heading level={2} data-size="xs">
              {t("plan.goal.delete.title")}
            </Heading>
            <Paragraph>{t("plan.goal.delete.body", { title: `${goal.number} ${goal.title}`, count: measures.length })}</Paragraph>
            <PostForm className="row" replace>
              <input type="hidden" name="intent" value="delete" />
              <input type="hidden" name="version" value={currentVersion} />
              <Button type="submit" data-color="danger">
                {t("plan.goal.delete.confirm")}
              </Button>
              <Button asChild variant="tertiary">
                <Link to={`/goals/${goal.id}`}>{t("action.cancel")}</Link>
              </Button>
            </PostForm>
          </div>
        </Alert>
      ) : null}
      <dl className="grid-2">
        <div>
          <dt>
            <strong>{t("plan.goal.strategy")}</strong>
          </dt>
          <dd>
            <Link to={`/strategies/${strategy.id}`}>{strategy.title}</Link> ({formatPeriod(t, strategy.periodFrom, strategy.periodTo)})
          </dd>
        </div>
        <div>
          <dt>
            <strong>{t("plan.goal.indicator")}</strong>
          </dt>
          <dd>{goal.indicator ?? <span className="muted">{t("plan.notSet")}</span>}</dd>
        </div>
      </dl>
      {goal.description ? (
        <section className="stack" aria-labelledby="goal-description">
          <Heading level={2} data-size="md" id="goal-description">
            {t("plan.goal.description")}
          </Heading>
          <Paragraph style={{ whiteSpace: "pre-line" }}>{goal.description}</Paragraph>
        </section>
      ) : null}
      <section className="stack" aria-labelledby="goal-measures">
        <Heading level={2} data-size="md" id="goal-measures">
          {t("plan.goal.measures")}
        </Heading>
        {measures.length === 0 ? (
          <Alert data-color="warning">{t("plan.goal.noMeasures.notice")}</Alert>
        ) : (
          <div className="table-wrap">
            <Table>
              <caption className="visually-hidden">{t("plan.goal.measures")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("plan.goal.measure.code")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("plan.goal.measure.title")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("plan.goal.measure.status")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {measures.map((m) => (
                  <Table.Row key={m.id}>
                    <Table.Cell>{m.code}</Table.Cell>
                    <Table.Cell>
                      <Link to={`/measures/${m.id}`}>{m.title}</Link>
                    </Table.Cell>
                    <Table.Cell>{t(`plan.measureStatus.${m.status}` as MessageKey)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </section>
      <section className="stack" aria-labelledby="goal-benefit-map">
        <Heading level={2} data-size="md" id="goal-benefit-map">
          {t("benefitMap.goal.section")}
        </Heading>
        {benefitMap.benefits === 0 ? (
          <>
            <Paragraph>{benefitMap.measures === 0 ? t("benefitMap.empty.goalNoMeasures") : t("benefitMap.empty.goal")}</Paragraph>
            <RegisterBenefitLinks measures={benefitMap.editableMeasures} />
          </>
        ) : (
          <Paragraph>{t("benefitMap.goal.count", { benefits: benefitMap.benefits, measures: benefitMap.measures })}</Paragraph>
        )}
        <Paragraph>
          <Link to={`/goals/${goal.id}/benefit-map`}>{t("benefitMap.goal.link")}</Link>
        </Paragraph>
      </section>
      <section className="stack" aria-labelledby="goal-children">
        <Heading level={2} data-size="md" id="goal-children">
          {t("plan.goal.children")}
        </Heading>
        {children.length > 0 ? <GoalTree nodes={children} label={t("plan.goal.children")} /> : <Paragraph>{t("plan.goal.noChildren")}</Paragraph>}
      </section>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
