// The mission the dashboard shows: the first mission in the store unless the user picks another.

import { api_path, get, type ApiRecord, type Outcome, type RecordPage } from "./api";

/** The mission in view: its slug (record key) and name. */
export interface Mission {
  slug: string;
  name: string;
  acronym?: string;
  record: ApiRecord;
}

let missions: Mission[] | null = null;

/** Loads the missions once; an empty list means the store holds none. */
export async function load_missions(): Promise<Outcome<Mission[]>> {
  if (missions) return { ok: true, data: missions };
  const page = await get<RecordPage>(api_path("missions", { limit: 100 }));
  if (!page.ok) return page;
  missions = page.data.items
    .filter((record) => typeof record.key === "string")
    .map((record) => ({
      slug: record.key as string,
      name: typeof record.name === "string" ? record.name : (record.key as string),
      acronym: typeof record.acronym === "string" ? record.acronym : undefined,
      record,
    }));
  return { ok: true, data: missions };
}

/** The chosen mission, remembered in the browser. */
export function current_mission(): Mission | null {
  if (!missions || missions.length === 0) return null;
  const chosen = localStorage.getItem("mssops.mission");
  return missions.find((mission) => mission.slug === chosen) ?? missions[0];
}

/** Remembers the user's choice of mission. */
export function choose_mission(slug: string): void {
  localStorage.setItem("mssops.mission", slug);
}

/** All loaded missions. */
export function all_missions(): Mission[] {
  return missions ?? [];
}
