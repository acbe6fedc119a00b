import { Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "react-router";

export interface KeyFigure {
  key: string;
  label: string;
  /** The figure, already formatted. */
  value: string;
  /** Where the figure's measures are listed. */
  href?: string;
}

/** A row of key figures; each card links to the measures behind the number. The title is for screen readers unless `showTitle`. */
export function KeyFigures({
  id,
  title,
  items,
  children,
  showTitle = false,
}: {
  id: string;
  title: string;
  items: KeyFigure[];
  children?: React.ReactNode;
  showTitle?: boolean;
}) {
  return (
    <section aria-labelledby={id} className="stack">
      <Heading level={2} data-size="sm" id={id} className={showTitle ? undefined : "visually-hidden"}>
        {title}
      </Heading>
      <ul className="grid-2" style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {items.map((item) => (
          <li key={item.key}>
            {item.href ? (
              <Card asChild data-color="accent" style={{ height: "100%" }}>
                <Link to={item.href}>
                  <Figure item={item} />
                </Link>
              </Card>
            ) : (
              <Card data-color="accent" style={{ height: "100%" }}>
                <Figure item={item} />
              </Card>
            )}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

function Figure({ item }: { item: KeyFigure }) {
  return (
    <>
      <Paragraph data-size="xl" asChild>
        <span style={{ display: "block", fontWeight: 700 }}>{item.value}</span>
      </Paragraph>
      <Heading level={3} data-size="2xs">
        {item.label}
      </Heading>
    </>
  );
}
