import { Button, Field, Label, Select, SkipLink } from "@digdir/designsystemet-react";
import { NavLink, useLocation } from "react-router";
import { useOptionalRootData, useT } from "~/hooks";
import { PostForm } from "../kit/ui/forms";

export function AppHeader() {
  const root = useOptionalRootData();
  const t = useT();
  const location = useLocation();
  return (
    <header className="app-header">
      <SkipLink href="#main">{t("nav.skip")}</SkipLink>
      <div className="app-header__bar">
        <a className="app-header__brand" href="/">
          {t("app.name")}
          {root?.municipality ? <span className="app-header__municipality">{root.municipality.name}</span> : null}
        </a>
        <div className="app-header__tools">
          {root?.memberships && root.memberships.length > 1 ? (
            <PostForm action="/switch-municipality" className="inline-form">
              <Field data-size="sm" className="inline-field">
                <Label htmlFor="switch-municipality">{t("nav.switchMunicipality")}</Label>
                <Select id="switch-municipality" name="code" defaultValue={root.municipality?.code}>
                  {root.memberships.map((m) => (
                    <Select.Option key={m.code} value={m.code}>
                      {m.name}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <Button type="submit" variant="secondary" data-size="sm">
                {t("action.switch")}
              </Button>
            </PostForm>
          ) : null}
          <PostForm action="/language" className="inline-form">
            <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
            <input type="hidden" name="lang" value={root?.lang === "nn" ? "nb" : "nn"} />
            <Button type="submit" variant="tertiary" data-size="sm" lang={root?.lang === "nn" ? "nb" : "nn"}>
              {root?.lang === "nn" ? t("lang.nb") : t("lang.nn")}
            </Button>
          </PostForm>
          {root?.user ? (
            <>
              <NavLink to="/account" className="app-header__user">
                {root.user.name}
              </NavLink>
              <PostForm action="/logout" className="inline-form">
                <Button type="submit" variant="secondary" data-size="sm">
                  {t("nav.logout")}
                </Button>
              </PostForm>
            </>
          ) : null}
        </div>
      </div>
      {root?.user && root.municipality ? (
        <nav aria-label={t("nav.label")} className="app-nav">
          <ul>
            <li>
              <NavLink to="/dashboard">{t("nav.dashboard")}</NavLink>
            </li>
            <li>
              <NavLink to="/measures">{t("nav.measures")}</NavLink>
            </li>
            <li>
              <NavLink to="/benefits">{t("benefits.followUp.nav")}</NavLink>
            </li>
            <li>
              <NavLink to="/goals">{t("nav.goals")}</NavLink>
            </li>
            <li>
              <NavLink to="/strategies">{t("nav.strategies")}</NavLink>
            </li>
            {root.role === "admin" || root.role === "coordinator" ? (
              <li>
                <NavLink to="/reporting">{t("reporting.nav")}</NavLink>
              </li>
            ) : null}
            {root.role === "admin" || root.role === "coordinator" ? (
              <li>
                <NavLink to="/import">{t("importReview.nav")}</NavLink>
              </li>
            ) : null}
            <li>
              <NavLink to="/reports">{t("report.nav")}</NavLink>
            </li>
            {root.role === "admin" ? (
              <>
                <li>
                  <NavLink to="/admin/users">{t("nav.users")}</NavLink>
                </li>
                <li>
                  <NavLink to="/admin/settings">{t("nav.settings")}</NavLink>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
