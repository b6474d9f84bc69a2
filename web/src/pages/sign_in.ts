// The sign-in form: editors sign in to add records; reading needs no account.

import { h, replace } from "../dom";
import type { PageContext } from "../page";
import { sign_in, user } from "../session";
import { t } from "../i18n";

/** Draws the sign-in page; on success it returns to the page the user came from. */
export async function render_sign_in({ main, params }: PageContext): Promise<void> {
  const back = params.get("back") ?? "#/overview";
  const current = user();
  const error = h("p", { class: "field-error", id: "sign-in-error", role: "alert" });
  const form = h(
    "form",
    { id: "sign-in-form", class: "card narrow" },
    h("div", { class: "field" }, h("label", { for: "sign-in-name" }, t("sign_in.user_name")), h("input", { id: "sign-in-name", name: "name", autocomplete: "username", required: true })),
    h(
      "div",
      { class: "field" },
      h("label", { for: "sign-in-password" }, t("sign_in.password")),
      h("input", { id: "sign-in-password", name: "password", type: "password", autocomplete: "current-password", required: true, "aria-describedby": "sign-in-error" }),
    ),
    error,
    h("button", { type: "submit" }, t("sign_in.sign_in")),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    error.textContent = "";
    const problem = await sign_in(String(data.get("name") ?? ""), String(data.get("password") ?? ""));
    if (problem) {
      error.textContent = problem;
      return;
    }
    location.hash = back.startsWith("#") ? back : "#/overview";
  });
  replace(
    main,
    h("h1", {}, t("sign_in.sign_in")),
    current ? h("p", { class: "notice" }, t("sign_in.you_are_signed_in_as", { name: current.name })) : null,
    h("p", { class: "lede" }, t("sign_in.everyone_may_read_the_dashboard")),
    form,
  );
  (document.getElementById("sign-in-name") as HTMLInputElement).focus();
}
