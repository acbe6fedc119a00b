// Download links for the benefit register and the measurements (API export routes), on the follow-up page.
import { Heading, Link as DsLink, List, Paragraph } from "@digdir/designsystemet-react";
import { useT } from "~/kit/ui/page-context";

const DOWNLOADS = [
  { href: "/api/v1/benefits/export.xlsx", label: "benefitRecords.export.benefitsXlsx" },
  { href: "/api/v1/benefits/export.csv", label: "benefitRecords.export.benefitsCsv" },
  { href: "/api/v1/measurements/export.xlsx", label: "benefitRecords.export.measurementsXlsx" },
  { href: "/api/v1/measurements/export.csv", label: "benefitRecords.export.measurementsCsv" },
] as const;

export function BenefitExportLinks() {
  const t = useT();
  return (
    <section aria-labelledby="benefit-exports-heading" className="stack">
      <Heading level={2} data-size="sm" id="benefit-exports-heading">
        {t("benefitRecords.export.heading")}
      </Heading>
      <Paragraph>{t("benefitRecords.export.intro")}</Paragraph>
      <List.Unordered>
        {DOWNLOADS.map((d) => (
          <List.Item key={d.href}>
            <DsLink href={d.href} download>
              {t(d.label)}
            </DsLink>
          </List.Item>
        ))}
      </List.Unordered>
    </section>
  );
}
