import "./reporting.css";
import type { TrafficLight as Light } from "~/domains/reporting/constants";
import { useT } from "~/kit/ui/page-context";

/** A traffic light as a shape plus its name ("Gul – noe avvik"): never colour alone. */
export function TrafficLight({ light, short = false }: { light: Light | null; short?: boolean }) {
  const t = useT();
  const text = light
    ? short
      ? t(`reporting.light.${light}`)
      : t("reporting.light.withMeaning", { light: t(`reporting.light.${light}`), meaning: t(`reporting.light.${light}.meaning`) })
    : t("reporting.light.none");
  return (
    <span className={`traffic-light traffic-light--${light ?? "none"}`}>
      <span className="traffic-light__symbol" aria-hidden="true" />
      <span>{text}</span>
    </span>
  );
}
