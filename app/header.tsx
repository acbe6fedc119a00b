import { Button, Field, Label, Select, SkipLink } from "@digdir/designsystemet-react";
import { NavLink, useLocation } from "react-router";
import { useOptionalRootData } from "~/hooks";
import type { MessageKey } from "~/kit/i18n";
import { PostForm } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";

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
            {(root.navigation ?? []).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{t(item.labelKey as MessageKey)}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
