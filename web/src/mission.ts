// The mission the dashboard shows: the one the user picked, else the server's default (the mission
// in force today, or the one the server is configured with), else the first stored.

import { api_path, get, type ApiRecord, type Outcome, type RecordPage } from "./api";
import type { ResponseOf } from "./generated/api";
import { t } from "./i18n";

/** The mission in view: its slug (record key), name and life cycle. */
export interface Mission {
  slug: string;
  name: string;
  acronym?: string;
  start_date?: string;
  end_date?: string;
  predecessor?: string;
  successor?: string;
  in_force?: boolean;
  record: ApiRecord;
}

let missions: Mission[] | null = null;
let server_default: string | null = null;

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Loads the missions once, with the server's default and each one's successor; an empty list means none. */
export async function load_missions(): Promise<Outcome<Mission[]>> {
  if (missions) return { ok: true, data: missions };
  const [page, life] = await Promise.all([
    get<RecordPage>(api_path("missions", { limit: 100 })),
    get<ResponseOf["GET /api/v1/mission-in-force"]>("/api/v1/mission-in-force"),
  ]);
  if (!page.ok) return page;
  // A server without the life-cycle route still lists its missions: the first one is shown.
  const cycle = life.ok ? (life.data.missions ?? []) : [];
  server_default = life.ok ? (life.data.default ?? null) : null;
  missions = page.data.items
    .filter((record) => typeof record.key === "string")
    .map((record) => {
      const slug = record.key as string;
      const known = cycle.find((item) => item.slug === slug);
      return {
        slug,
        name: text(record.name) ?? slug,
        acronym: text(record.acronym),
        start_date: text(record.start_date),
        end_date: text(record.end_date),
        predecessor: text(record.predecessor),
        successor: text(known?.successor),
        in_force: known?.in_force,
        record,
      };
    });
  return { ok: true, data: missions };
}

/** The chosen mission, remembered in the browser; else the server's default; else the first. */
export function current_mission(): Mission | null {
  if (!missions || missions.length === 0) return null;
  const chosen = localStorage.getItem("mssops.mission");
  return (
    missions.find((mission) => mission.slug === chosen) ??
    missions.find((mission) => mission.slug === server_default) ??
    missions[0]
  );
}

/** Remembers the user's choice of mission. */
export function choose_mission(slug: string): void {
  localStorage.setItem("mssops.mission", slug);
}

/** All loaded missions. */
export function all_missions(): Mission[] {
  return missions ?? [];
}

/** A loaded mission by its slug. */
export function mission_by_slug(slug: string | undefined): Mission | undefined {
  return slug ? (missions ?? []).find((mission) => mission.slug === slug) : undefined;
}

/** "Multinational Security Support Mission (2024–2025)": a name with the years it ran, for pickers. */
export function mission_label(mission: Mission): string {
  const from = mission.start_date?.slice(0, 4);
  const to = mission.end_date?.slice(0, 4);
  if (!from) return mission.name;
  return t("mission.label_years", { name: mission.name, from, to: to ?? (mission.in_force === false ? "" : t("mission.now")) });
}

/** A link that switches the dashboard to another mission's overview in one click. */
export function mission_href(slug: string, page = "overview"): string {
  return `#/${page}?mission=${encodeURIComponent(slug)}`;
}
