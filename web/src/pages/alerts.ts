// Alerts: the signed-in user's recent alerts with a link to the page each concerns, their
// subscriptions (per kind and mission, with the funding-runway threshold), the Atom feed link
// (created, copied, revoked), their webhooks (the signing secret shown once) and, for admins, the
// webhook delivery log. Everything goes through /api/v1/alerts/*; the server checks every write.

import { api_path, del, get, post, put } from "../api";
import type { FeedTokenStatus } from "../generated/api";
import { h, replace, section } from "../dom";
import { date } from "../format";
import { all_missions, mission_label } from "../mission";
import { loading, unavailable, problem_text } from "../notice";
import type { PageContext } from "../page";
import { user } from "../session";
import { table } from "../table";
import { t } from "../i18n";

interface Alert {
  id: number;
  kind: string;
  mission: string;
  severity: string;
  title: string;
  detail: string;
  first_seen: string;
}

interface Subscription {
  kind: string;
  mission: string | null;
  runway_months: number;
}

interface Webhook {
  id: number;
  url: string;
  created_at: string;
  secret?: string;
}

interface Delivery {
  id: number;
  alert_id: number;
  user: string;
  url: string;
  status: string;
  attempts: number;
  next_try: string;
  log: { attempt: number; at: string; http_status: number; error: string }[];
}

// The page each kind of alert is about.
const view_of_kind: Record<string, string> = {
  mandate_expiry: "council",
  target_late: "force",
  stale_figures: "overview",
  conflicting_sources: "force",
  extractions_pending: "review",
  funding_runway: "funding",
};

function kind_label(kind: string): string {
  const key = `alerts.kind_${kind}`;
  const label = t(key);
  return label === key ? kind.replaceAll("_", " ") : label;
}

/** A UTC time as the store writes it ("2026-01-05T10:00:00Z"), as a localized day and the time. */
function when(time: string): string {
  if (time.length < 16) return time || "–";
  return `${date(time.slice(0, 10))} ${time.slice(11, 16)} UTC`;
}

function is_admin(): boolean {
  return user()?.roles.includes("admin") ?? false;
}

function status_line(id: string): HTMLElement {
  return h("p", { class: "alerts-message", id, role: "status" });
}

/** The notice of an empty list, as no_data draws it, with the page's own sentence. */
function empty(text: string): HTMLElement {
  return h("p", { class: "notice", role: "status", "data-state": "empty" }, text);
}

function alerts_list(alerts: Alert[]): HTMLElement {
  if (alerts.length === 0) return empty(t("alerts.no_alerts_yet"));
  return table(t("alerts.recent_alerts"), alerts, [
    { title: t("alerts.when"), value: (alert) => when(alert.first_seen) },
    { title: t("alerts.kind"), value: (alert) => kind_label(alert.kind) },
    { title: t("alerts.mission"), value: (alert) => alert.mission },
    { title: t("alerts.severity"), value: (alert) => t(`alerts.severity_${alert.severity}`) },
    { title: t("alerts.alert"), value: (alert) => h("span", { title: alert.detail }, alert.title) },
    {
      title: t("alerts.view"),
      value: (alert) =>
        h(
          "a",
          { href: `#/${view_of_kind[alert.kind] ?? "overview"}?mission=${encodeURIComponent(alert.mission)}`, "data-alert": alert.id },
          t("alerts.open_view"),
        ),
    },
  ], (alert) => ({ "data-kind": alert.kind, "data-id": String(alert.id) }));
}

function subscriptions_part(subscriptions: Subscription[], kinds: string[], redraw: () => void): HTMLElement {
  const message = status_line("alerts-subscription-message");
  const save = async (wanted: Subscription[]) => {
    const outcome = await put(api_path("alerts/subscriptions"), {
      subscriptions: wanted.map((s) => ({ kind: s.kind, mission: s.mission ?? "", runway_months: s.runway_months })),
    });
    if (!outcome.ok) {
      replace(message, problem_text(outcome.problem));
      return;
    }
    redraw();
  };
  const same = (a: Subscription, kind: string, mission: string) => a.kind === kind && (a.mission ?? "") === mission;
  const kind_select = h("select", { id: "alerts-kind", name: "kind" }, kinds.map((kind) => h("option", { value: kind }, kind_label(kind))));
  const mission_select = h(
    "select",
    { id: "alerts-mission", name: "mission" },
    h("option", { value: "" }, t("alerts.every_mission")),
    all_missions().map((mission) => h("option", { value: mission.slug }, mission_label(mission))),
  );
  const months = h("input", { id: "alerts-runway-months", name: "runway_months", type: "number", min: 0, max: 120, value: 3 });
  const months_label = h("label", { for: "alerts-runway-months" }, t("alerts.runway_below_months"), " ", months);
  const show_months = () => (months_label.hidden = kind_select.value !== "funding_runway");
  kind_select.addEventListener("change", show_months);
  show_months();
  const form = h(
    "form",
    {
      id: "alerts-subscribe",
      class: "alerts-form",
      onsubmit: (event: Event) => {
        event.preventDefault();
        const kind = kind_select.value;
        const mission = mission_select.value;
        const runway_months = kind === "funding_runway" ? Number(months.value) || 0 : 0;
        void save([...subscriptions.filter((s) => !same(s, kind, mission)), { kind, mission, runway_months }]);
      },
    },
    h("label", { for: "alerts-kind" }, t("alerts.kind")),
    " ",
    kind_select,
    " ",
    h("label", { for: "alerts-mission" }, t("alerts.mission")),
    " ",
    mission_select,
    " ",
    months_label,
    " ",
    h("button", { type: "submit" }, t("alerts.subscribe")),
  );
  const list = subscriptions.length
    ? table(t("alerts.your_subscriptions"), subscriptions, [
        { title: t("alerts.kind"), value: (s) => kind_label(s.kind) },
        { title: t("alerts.mission"), value: (s) => s.mission ?? t("alerts.every_mission") },
        {
          title: t("alerts.threshold"),
          value: (s) => (s.kind === "funding_runway" && s.runway_months > 0 ? t("alerts.below_months", { months: s.runway_months }) : "–"),
        },
        {
          title: "",
          value: (s) =>
            h(
              "button",
              {
                type: "button",
                "data-action": "unsubscribe",
                onclick: () => void save(subscriptions.filter((other) => !same(other, s.kind, s.mission ?? ""))),
              },
              t("alerts.unsubscribe"),
            ),
        },
      ], (s) => ({ "data-kind": s.kind, "data-mission": s.mission ?? "" }))
    : empty(t("alerts.no_subscriptions"));
  return h("div", { id: "alerts-subscriptions" }, h("h3", {}, t("alerts.subscriptions")), list, form, message);
}

/** Whether a feed link exists, said after a reload too: the server keeps only the token's hash, so the
 * link itself is not shown again. */
function feed_status_text(status: FeedTokenStatus): string {
  return status.exists && status.created_at ? t("alerts.feed_exists_since", { when: when(status.created_at) }) : t("alerts.no_feed_link");
}

function feed_part(status: FeedTokenStatus | undefined): HTMLElement {
  const message = status_line("alerts-feed-message");
  const shown = h("div", { id: "alerts-feed-link" });
  const state = h("p", { id: "alerts-feed-status", "data-exists": status ? String(status.exists) : "" }, status ? feed_status_text(status) : "");
  const show_status = async () => {
    const outcome = await get<FeedTokenStatus>(api_path("alerts/feed-token"));
    if (!outcome.ok) return;
    state.setAttribute("data-exists", String(outcome.data.exists));
    replace(state, feed_status_text(outcome.data));
  };
  const create = async () => {
    const outcome = await post<{ token: string; feed_url: string }>(api_path("alerts/feed-token"), undefined);
    if (!outcome.ok) {
      replace(message, problem_text(outcome.problem));
      return;
    }
    const url = new URL(outcome.data.feed_url, location.origin).toString();
    const field = h("input", { id: "alerts-feed-url", type: "text", readonly: true, value: url, size: 60, "aria-label": t("alerts.feed_link") });
    const copy = h(
      "button",
      {
        type: "button",
        "data-action": "copy-feed",
        onclick: async () => {
          field.select();
          try {
            await navigator.clipboard.writeText(url);
            replace(message, t("alerts.copied"));
          } catch {
            // Without clipboard access the selected text can still be copied by hand.
            replace(message, t("alerts.copy_by_hand"));
          }
        },
      },
      t("alerts.copy"),
    );
    replace(shown, field, " ", copy, h("p", { class: "hint" }, t("alerts.feed_shown_once")));
    replace(message, "");
    await show_status();
  };
  const revoke = async () => {
    const outcome = await del(api_path("alerts/feed-token"));
    replace(shown);
    replace(message, outcome.ok ? t("alerts.feed_revoked") : problem_text(outcome.problem));
    await show_status();
  };
  return h(
    "div",
    { id: "alerts-feed" },
    h("h3", {}, t("alerts.atom_feed")),
    h("p", { class: "hint" }, t("alerts.feed_explained")),
    state,
    h(
      "p",
      {},
      h("button", { type: "button", "data-action": "create-feed", onclick: () => void create() }, t("alerts.create_feed_link")),
      " ",
      h("button", { type: "button", "data-action": "revoke-feed", onclick: () => void revoke() }, t("alerts.revoke_feed_link")),
    ),
    shown,
    message,
  );
}

function webhooks_part(webhooks: Webhook[], redraw: () => void): HTMLElement {
  const message = status_line("alerts-webhook-message");
  const secret_box = h("div", { id: "alerts-webhook-secret" });
  const url = h("input", { id: "alerts-webhook-url", name: "url", type: "url", required: true, placeholder: "https://", size: 50 });
  const form = h(
    "form",
    {
      id: "alerts-webhook-add",
      class: "alerts-form",
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const outcome = await post<Webhook>(api_path("alerts/webhooks"), { url: url.value });
        if (!outcome.ok) {
          replace(message, problem_text(outcome.problem));
          return;
        }
        redraw_list(outcome.data);
      },
    },
    h("label", { for: "alerts-webhook-url" }, t("alerts.webhook_url")),
    " ",
    url,
    " ",
    h("button", { type: "submit" }, t("alerts.add_webhook")),
  );
  const list_box = h("div", {});
  const remove = async (hook: Webhook) => {
    const outcome = await del(api_path(`alerts/webhooks/${hook.id}`));
    if (!outcome.ok) {
      replace(message, problem_text(outcome.problem));
      return;
    }
    redraw();
  };
  const draw_list = (hooks: Webhook[]) =>
    replace(
      list_box,
      hooks.length
        ? table(t("alerts.your_webhooks"), hooks, [
            { title: "URL", value: (hook) => hook.url },
            { title: t("alerts.added"), value: (hook) => when(hook.created_at) },
            {
              title: "",
              value: (hook) => h("button", { type: "button", "data-action": "remove-webhook", onclick: () => void remove(hook) }, t("alerts.remove")),
            },
          ], (hook) => ({ "data-id": String(hook.id) }))
        : empty(t("alerts.no_webhooks")),
    );
  // A new webhook's secret is in the POST's answer only: shown here once, never listed again.
  const redraw_list = (created: Webhook) => {
    webhooks = [...webhooks, { id: created.id, url: created.url, created_at: created.created_at }];
    draw_list(webhooks);
    url.value = "";
    replace(
      secret_box,
      h("p", {}, t("alerts.secret_shown_once", { url: created.url })),
      h("code", { id: "alerts-secret", class: "secret" }, created.secret ?? ""),
    );
    replace(message, "");
  };
  draw_list(webhooks);
  return h(
    "div",
    { id: "alerts-webhooks" },
    h("h3", {}, t("alerts.webhooks")),
    h("p", { class: "hint" }, t("alerts.webhooks_explained")),
    list_box,
    form,
    secret_box,
    message,
  );
}

function deliveries_part(deliveries: Delivery[]): HTMLElement {
  const last_error = (delivery: Delivery) => {
    const last = delivery.log[delivery.log.length - 1];
    if (!last) return "–";
    return last.error || String(last.http_status);
  };
  return h(
    "div",
    { id: "alerts-deliveries" },
    deliveries.length
      ? table(t("alerts.delivery_log"), deliveries, [
          { title: t("alerts.alert"), value: (d) => `#${d.alert_id}` },
          { title: t("alerts.user"), value: (d) => d.user },
          { title: "URL", value: (d) => d.url },
          { title: t("alerts.status"), value: (d) => t(`alerts.status_${d.status}`) },
          { title: t("alerts.attempts"), value: (d) => d.attempts, numeric: true },
          { title: t("alerts.last_answer"), value: last_error },
          { title: t("alerts.next_try"), value: (d) => (d.next_try ? when(d.next_try) : "–") },
        ], (d) => ({ "data-status": d.status, "data-id": String(d.id) }))
      : empty(t("alerts.no_deliveries")),
  );
}

/** The Alerts page; signed-out readers are sent to sign in by the API's 401. */
export async function render_alerts(context: PageContext): Promise<void> {
  const redraw = () => void render_alerts(context);
  replace(context.main, loading(t("alerts.alerts")));
  const [alerts, subscriptions, webhooks, feed] = await Promise.all([
    get<{ alerts: Alert[] }>(api_path("alerts")),
    get<{ subscriptions: Subscription[]; kinds: string[] }>(api_path("alerts/subscriptions")),
    get<{ webhooks: Webhook[] }>(api_path("alerts/webhooks")),
    get<FeedTokenStatus>(api_path("alerts/feed-token")),
  ]);
  if (!alerts.ok) return replace(context.main, unavailable(t("alerts.alerts"), alerts.problem));
  if (!subscriptions.ok) return replace(context.main, unavailable(t("alerts.subscriptions"), subscriptions.problem));
  if (!webhooks.ok) return replace(context.main, unavailable(t("alerts.webhooks"), webhooks.problem));
  const parts: HTMLElement[] = [
    section("alerts", t("alerts.alerts"), alerts_list(alerts.data.alerts)),
    section(
      "alerts-settings",
      t("alerts.how_you_get_alerts"),
      subscriptions_part(subscriptions.data.subscriptions, subscriptions.data.kinds, redraw),
      feed_part(feed.ok ? feed.data : undefined),
      webhooks_part(webhooks.data.webhooks, redraw),
    ),
  ];
  if (is_admin()) {
    const deliveries = await get<{ deliveries: Delivery[] }>(api_path("alerts/deliveries"));
    parts.push(
      deliveries.ok
        ? section("alerts-admin", t("alerts.webhook_deliveries"), deliveries_part(deliveries.data.deliveries))
        : unavailable(t("alerts.delivery_log"), deliveries.problem),
    );
  }
  replace(context.main, ...parts);
}
