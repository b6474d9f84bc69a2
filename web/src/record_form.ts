// Edit forms for editors: one form per record kind, posted to the API; the server's validation
// errors (problem+json "field") are shown next to the field they name.

import { api_path, post, type ApiRecord } from "./api";
import { h } from "./dom";
import { t } from "./i18n";
import { label } from "./format";

/** One input of a form. Dates are text, because a date may be partial ("2025-01") or approximate ("~2024-09"). */
export interface InputSpec {
  name: string;
  label: string;
  type: "text" | "integer" | "number" | "date" | "choice" | "textarea" | "country";
  required?: boolean;
  choices?: string[];
  value?: string;
  hint?: string;
}

/** A form for `kind`; `on_saved` runs with the created record. */
export interface FormSpec {
  id: string;
  kind: string;
  title: string;
  inputs: InputSpec[];
  on_saved: (record: ApiRecord) => void;
}

function control(spec: FormSpec, input: InputSpec): HTMLElement {
  const id = `${spec.id}-${input.name}`;
  const described = [input.hint ? `${id}-hint` : "", `${id}-error`].filter(Boolean).join(" ");
  const common = { id, name: input.name, required: input.required, "aria-describedby": described };
  if (input.type === "choice") {
    return h(
      "select",
      common,
      input.required ? null : h("option", { value: "" }, "—"),
      (input.choices ?? []).map((choice) => h("option", { value: choice, selected: choice === input.value }, label(choice))),
    );
  }
  if (input.type === "textarea") return h("textarea", { ...common, rows: 2 }, input.value ?? "");
  const numeric = input.type === "integer" || input.type === "number";
  return h("input", {
    ...common,
    type: "text",
    inputmode: numeric ? (input.type === "integer" ? "numeric" : "decimal") : null,
    autocomplete: "off",
    placeholder: input.type === "date" ? "YYYY-MM-DD" : input.type === "country" ? t("record_form.iso3_e_g_ken") : null,
    value: input.value ?? "",
  });
}

function body_of(form: HTMLFormElement, inputs: InputSpec[]): Record<string, unknown> {
  const data = new FormData(form);
  const body: Record<string, unknown> = {};
  for (const input of inputs) {
    const raw = String(data.get(input.name) ?? "").trim();
    if (raw === "") continue;
    if (input.type === "integer" || input.type === "number") {
      const number = Number(raw);
      // Text that is not a number goes as text, so the server's message names the field.
      body[input.name] = Number.isFinite(number) ? number : raw;
    } else if (input.type === "country") {
      body[input.name] = raw.toUpperCase();
    } else {
      body[input.name] = raw;
    }
  }
  return body;
}

/** The input named by a problem's field: "count", "fields.count" and "body.count" all name "count". */
function input_for(field: string | undefined, inputs: InputSpec[]): InputSpec | undefined {
  if (!field) return undefined;
  return inputs.find((input) => input.name === field) ?? inputs.find((input) => field.endsWith(`.${input.name}`));
}

/** Builds the form element. */
export function record_form(spec: FormSpec): HTMLElement {
  const status = h("p", { class: "form-status", role: "status", "aria-live": "polite", id: `${spec.id}-status` });
  const fields = spec.inputs.map((input) =>
    h(
      "div",
      { class: "field", "data-field": input.name },
      h("label", { for: `${spec.id}-${input.name}` }, input.label, input.required ? h("span", { "aria-hidden": "true" }, " *") : null),
      control(spec, input),
      input.hint ? h("small", { id: `${spec.id}-${input.name}-hint`, class: "hint" }, input.hint) : null,
      h("p", { class: "field-error", id: `${spec.id}-${input.name}-error`, "data-error-for": input.name }),
    ),
  );
  const submit = h("button", { type: "submit" }, t("record_form.add_v0", { v0: spec.title }));
  const form = h(
    "form",
    { id: spec.id, class: "record-form", novalidate: true, "data-kind": spec.kind },
    h("div", { class: "fields" }, fields),
    h("div", { class: "form-actions" }, submit, status),
  );
  const clear_errors = () => {
    for (const element of form.querySelectorAll<HTMLElement>(".field-error")) element.textContent = "";
    for (const element of form.querySelectorAll("[aria-invalid]")) element.removeAttribute("aria-invalid");
  };
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clear_errors();
    submit.disabled = true;
    status.textContent = t("record_form.saving");
    const result = await post<ApiRecord>(api_path(spec.kind), body_of(form, spec.inputs));
    submit.disabled = false;
    if (result.ok) {
      status.textContent = t("record_form.saved_as_record_id", { id: result.data.id });
      form.reset();
      spec.on_saved(result.data);
      return;
    }
    const problem = result.problem;
    const message = problem.detail ?? problem.title ?? t("record_form.the_server_refused_the_record", { status: problem.status });
    const input = input_for(problem.field, spec.inputs);
    if (input) {
      const error = form.querySelector<HTMLElement>(`[data-error-for="${input.name}"]`)!;
      error.textContent = message;
      const element = form.elements.namedItem(input.name) as HTMLElement;
      element.setAttribute("aria-invalid", "true");
      element.focus();
      status.textContent = t("record_form.not_saved_see_the_highlighted");
    } else {
      status.textContent = t("record_form.not_saved_message", { message });
    }
  });
  return h("details", { class: "card form-card", id: `${spec.id}-panel` }, h("summary", {}, t("record_form.add_a", { what: spec.title })), form);
}
