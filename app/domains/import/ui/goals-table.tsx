import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import { PostForm } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import type { ImportReview } from "~/domains/import/view.server";
import { SourceList } from "./review-parts";

/** The draft goals: number, title, parent and source; each can be corrected or removed while in review. */
export function GoalsTable({ review, open }: { review: ImportReview; open: boolean }) {
  const t = useT();
  return (
    <section className="stack" aria-labelledby="goals-heading">
      <Heading level={2} data-size="md" id="goals-heading">
        {t("importReview.goals.heading", { count: review.goals.length })}
      </Heading>
      {review.goals.length === 0 ? (
        <Paragraph>{t("importReview.goals.empty")}</Paragraph>
      ) : (
        <div className="import-table-wrap">
          <Table aria-labelledby="goals-heading" className="import-table" data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("importReview.goals.number")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("importReview.goals.title")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("importReview.goals.parent")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("importReview.goals.source")}</Table.HeaderCell>
                {open ? <Table.HeaderCell scope="col">{t("importReview.goals.actions")}</Table.HeaderCell> : null}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {review.goals.map((g) => (
                <Table.Row key={g.id}>
                  <Table.Cell>{g.number}</Table.Cell>
                  <Table.Cell className="import-row-title">{g.title}</Table.Cell>
                  <Table.Cell>{g.parent ?? "–"}</Table.Cell>
                  <Table.Cell>
                    <SourceList sources={g.sources} />
                  </Table.Cell>
                  {open ? (
                    <Table.Cell>
                      <Link to={`/import/${review.import.id}/goals/${encodeURIComponent(g.id)}`}>{t("importReview.goals.edit", { number: g.number })}</Link>
                      <PostForm>
                        <input type="hidden" name="version" value={review.import.version} />
                        <input type="hidden" name="goalId" value={g.id} />
                        <Button type="submit" name="intent" value="deleteGoal" data-size="sm" variant="tertiary">
                          {t("importReview.goals.delete", { number: g.number })}
                        </Button>
                      </PostForm>
                    </Table.Cell>
                  ) : null}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
