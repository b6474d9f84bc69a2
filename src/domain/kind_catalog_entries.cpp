#include "domain/kind_catalog.hpp"

#include "domain/field_specs.hpp"

// The catalog's entries: one per kind. A new plain kind is one entry here plus its name in
// kind_names.hpp (and its translations in the dashboard's catalogs).
namespace mssops::domain {
namespace {

using namespace field_specs;

// A contingent's figures: dated, by contributing country, for a mission. A liaison speaks for one
// contributing country: it reports that country's contingent only.
KindSpec contingent_kind(KindSpec spec) {
    spec.date_field = "date";
    spec.country_field = "country";
    spec.mission_field = "mission";
    spec.edit_domain = EditDomain::force;
    spec.liaison_scope = LiaisonScope::own_country;
    return spec;
}

std::vector<KindSpec> build_catalog() {
    std::vector<KindSpec> catalog;

    catalog.push_back(
        {.name = std::string(kinds::sources),
         .singular = "source",
         .display_name = "Sources",
         .description = "A citation: where a fact was published.",
         .fields = {key_field(), field("publisher", FieldType::text, true, "Who published it."),
                    field("title", FieldType::text, true, "Title of the page or document."),
                    field("url", FieldType::url, false, "Where to read it."),
                    field("published", FieldType::date, false, "Date of publication."),
                    field("accessed", FieldType::date, false, "Date the source was read."),
                    field("author", FieldType::text, false, "Author, when named."),
                    yes_no_field("synthetic", "\"yes\" marks generated demo or load data."),
                    choice("source_kind", false, {"un_document", "government", "press", "dataset", "other"},
                           "What kind of publisher: a UN document outranks a government statement, which "
                           "outranks the press, when sources disagree on a figure of the same date."),
                    notes_field()},
         .date_field = "published",
         // Every editor cites sources and names countries, whatever its domain.
         .edit_domain = std::nullopt,
         .sharing = EditSharing::every_editor});

    catalog.push_back(
        {.name = std::string(kinds::countries),
         .singular = "country",
         .display_name = "Countries",
         .description = "A state, by ISO 3166-1 alpha-3 code.",
         .fields = {key_field(), field("iso3", FieldType::country, true, "ISO 3166-1 alpha-3 code."),
                    name_field("Short name."), field("name_fr", FieldType::text, false, "French short name."),
                    field("m49", FieldType::text, false, "UN M49 numeric code."),
                    field("region", FieldType::text, false, "UN M49 region."), source_field(false)},
         .country_field = "iso3",
         // Every editor cites sources and names countries, whatever its domain.
         .edit_domain = std::nullopt,
         .sharing = EditSharing::every_editor});

    catalog.push_back(
        {.name = std::string(kinds::organisations),
         .singular = "organisation",
         .display_name = "Organisations",
         .description =
             "A body: the UN Security Council, a transitional council, a police force, a trust fund.",
         .fields = {key_field(), name_field("Name."), acronym_field("Short name: UNSC, HNP, TPC."),
                    choice("organisation_kind", true,
                           {"un_body", "government", "police", "military", "ministry", "trust_fund",
                            "regional_body", "ngo", "other"},
                           "What sort of body it is."),
                    country_field(false, "Country it belongs to, if any."), source_field(false),
                    notes_field()},
         .country_field = "country",
         .edit_domain = EditDomain::council});

    catalog.push_back(
        {.name = std::string(kinds::admin_units),
         .singular = "admin unit",
         .display_name = "Admin units",
         .description = "An administrative unit with its boundary, identified by its OCHA P-code (HT01...).",
         .fields = {key_field(), field("pcode", FieldType::text, true, "OCHA P-code: HT01, HT0111."),
                    name_field("Name as the boundary source gives it."),
                    field("name_alt", FieldType::text, false, "Other name: French or the name ACLED uses."),
                    ranged("level", FieldType::integer, true, 0, 5,
                           "Admin level: 1 department, 2 commune..."),
                    field("parent_pcode", FieldType::text, false, "P-code of the unit it lies in."),
                    country_field(true, "ISO3 of the country."),
                    field("geometry", FieldType::text, false,
                          "GeoJSON (RFC 7946) Polygon or MultiPolygon, as text."),
                    source_field()},
         .country_field = "country",
         // Admin-unit boundaries exist to place incidents (point in polygon).
         .edit_domain = EditDomain::incidents});

    catalog.push_back(
        {.name = std::string(kinds::missions),
         .singular = "mission",
         .display_name = "Missions",
         .description = "A security support mission or peacekeeping operation.",
         .fields =
             {key_field(), name_field("Full name."), acronym_field("Short name: MSS."),
              field("host_country", FieldType::country, true, "Where it operates."),
              field("lead_nation", FieldType::country, false, "The lead nation, if any."),
              organisation_field("partner_force", false, "The host-nation force it supports."),
              choice("mission_kind", true, {"multinational_authorized", "un_peacekeeping"},
                     "Authorized multinational mission, or UN peacekeeping operation."),
              field("start_date", FieldType::date, false, "When it started."),
              field("end_date", FieldType::date, false,
                    "When it ended: its mandate lapsed or a successor took over."),
              reference("predecessor", std::string(kinds::missions), false,
                        "Key of the mission this one succeeded."),
              field("succession_resolution", FieldType::text, false,
                    "Key of the resolution that replaced the predecessor with this mission: unsc-res-2793."),
              source_field(), notes_field()},
         .date_field = "start_date",
         .country_field = "host_country",
         .edit_domain = EditDomain::force});

    catalog.push_back(
        {.name = std::string(kinds::persons),
         .singular = "person",
         .display_name = "Persons",
         .description = "A person who speaks or acts for a country or body.",
         .fields = {key_field(), name_field("Full name."),
                    field("role", FieldType::text, true, "Role: President of Kenya."),
                    organisation_field("organisation", false, "Body the role belongs to."),
                    country_field(false, "Country the role belongs to."),
                    field("from", FieldType::date, false, "Start of the role."),
                    field("to", FieldType::date, false, "End of the role."), source_field(), notes_field()},
         .date_field = "from",
         .country_field = "country",
         .edit_domain = EditDomain::council});

    catalog.push_back(
        {.name = std::string(kinds::resolutions),
         .singular = "resolution",
         .display_name = "Resolutions",
         .description = "A resolution adopted (or draft voted) by a body such as the UN Security Council.",
         .fields = {key_field(), organisation_field("body", true, "Body that voted: unsc."),
                    field("number", FieldType::integer, false, "Resolution number: 2751."),
                    field("symbol", FieldType::text, false, "Document symbol: S/RES/2751 (2024)."),
                    field("adopted", FieldType::date, true, "Date of the vote."),
                    choice("action", true, {"authorize", "extend", "modify", "terminate"},
                           "What it does to the mandate."),
                    choice("outcome", false, {"adopted", "failed", "vetoed"},
                           "Result of the vote; adopted when omitted."),
                    mission_field(false),
                    field("mandate_end", FieldType::date, false, "Date the mandate runs to."),
                    field("penholders", FieldType::country_list, false, "Members that drafted it."),
                    field("votes_yes", FieldType::country_list, false, "Members voting in favour."),
                    field("votes_no", FieldType::country_list, false, "Members voting against."),
                    field("votes_abstain", FieldType::country_list, false, "Members abstaining."),
                    yes_no_field("unanimous", "Whether the source says it was adopted unanimously."),
                    summary_field(false, "What it decides."), source_field()},
         .date_field = "adopted",
         .mission_field = "mission",
         .edit_domain = EditDomain::council});

    catalog.push_back(
        {.name = std::string(kinds::council_memberships),
         .singular = "council membership",
         .display_name = "Council memberships",
         .description = "A member's seat on a council for a term.",
         .fields = {key_field(), organisation_field("body", true, "Council: unsc."),
                    country_field(true, "Member state."),
                    choice("seat", true, {"permanent", "elected"}, "Permanent or elected seat."),
                    ranged("term_start", FieldType::integer, true, 1945, 2200, "First year of the term."),
                    ranged("term_end", FieldType::integer, false, 1945, 2200,
                           "Last year of the term; omitted for permanent members."),
                    source_field()},
         .country_field = "country",
         .edit_domain = EditDomain::council});

    catalog.push_back(
        {.name = std::string(kinds::strength_targets),
         .singular = "strength target",
         .display_name = "Strength targets",
         .description = "A stated personnel target for a mission.",
         .fields = {key_field(), mission_field(true),
                    personnel_type_field(vocabularies::head_count_types, "Who is counted."),
                    head_count_field("number", 1, "Target head count."),
                    field("by_date", FieldType::date, true, "Date by which it is to be reached."),
                    field("stated_by", FieldType::text, false, "Key of the person or body that stated it."),
                    field("stated_on", FieldType::date, false, "When it was stated."), source_field(),
                    notes_field()},
         .date_field = "by_date",
         .mission_field = "mission",
         .edit_domain = EditDomain::force});

    catalog.push_back(contingent_kind(
        {.name = std::string(kinds::deployment_events),
         .singular = "deployment event",
         .display_name = "Deployment events",
         .description = "Personnel pledged, arrived, rotated out or withdrawn, by contributing country.",
         .fields = {
             key_field(), mission_field(true), country_field(true, "Contributing country."),
             personnel_type_field(vocabularies::personnel_types, "police, military or civilian."),
             head_count_field("count", 1, "Number of personnel."),
             choice("event", true, {"pledged", "arrived", "rotated_out", "withdrawn"}, "What happened."),
             date_field("When; keeps its precision."),
             choice("basis", false, {"reported", "cumulative_estimate"},
                    "reported: a movement; cumulative_estimate: the source states a total on hand."),
             reference(
                 "same_movement_as", std::string(kinds::deployment_events), false,
                 "Key of the event of the same country, personnel type and kind that this one reports "
                 "again (another source, perhaps another date or count): the two count as one movement."),
             source_field(), notes_field()}}));

    catalog.push_back(contingent_kind(
        {.name = std::string(kinds::strength_reports),
         .singular = "strength report",
         .display_name = "Strength reports",
         .description =
             "A head count a source states for a mission on a date (\"about 400 officers deployed\").",
         .fields = {key_field(), mission_field(true),
                    personnel_type_field(vocabularies::head_count_types, "Who is counted."),
                    head_count_field("count", 0, "Stated head count."),
                    choice("qualifier", false, {"exact", "approximately", "at_least", "at_most"},
                           "How the source qualifies the figure."),
                    country_field(false, "Contributing country, when the count is one country's."),
                    date_field("Date the count applies to."), source_field(), notes_field()}}));

    catalog.push_back(
        {.name = std::string(kinds::funding_flows),
         .singular = "funding flow",
         .display_name = "Funding flows",
         .description =
             "Money to a mission, shaped like an OCHA FTS flow; a pledge that is paid is updated, not "
             "duplicated.",
         .fields = {key_field(),
                    field("donor", FieldType::text, true, "Donor: ISO3 code or organisation key."),
                    field("recipient", FieldType::text, true,
                          "Recipient: trust fund key, lead nation ISO3..."),
                    mission_field(false), amount_field("amount", true, "Amount in `currency`."),
                    field("currency", FieldType::currency, true, "ISO 4217 code."),
                    amount_field("amount_usd", false, "USD value at the flow's date; computed when omitted."),
                    choice("status", true, {"pledged", "committed", "paid"}, "FTS status."),
                    date_field("Date of the current status."),
                    field("description", FieldType::text, false, "What it pays for."), source_field()},
         .date_field = "date",
         .mission_field = "mission",
         .edit_domain = EditDomain::funding});

    catalog.push_back({.name = std::string(kinds::expenditures),
                       .singular = "expenditure",
                       .display_name = "Expenditures",
                       .description = "What a mission spent in a month, by category.",
                       .fields = {key_field(), mission_field(true),
                                  field("month", FieldType::date, true, "The month: 2025-01."),
                                  field("category", FieldType::text, true, "Spending category."),
                                  amount_field("amount_usd", true, "Amount in USD."), source_field()},
                       .date_field = "month",
                       .mission_field = "mission",
                       .edit_domain = EditDomain::funding});

    catalog.push_back(
        {.name = std::string(kinds::incidents),
         .singular = "incident",
         .display_name = "Incidents",
         .description = "A violent or political event, in ACLED's terms.",
         .fields = {key_field(),
                    date_field("Event date (ACLED event_date)."),
                    ranged("time_precision", FieldType::integer, false, 1, 3,
                           "ACLED time_precision: 1 the day, 2 within a week, 3 within a month."),
                    field("event_type", FieldType::text, true, "ACLED event_type: Battles, Protests..."),
                    field("sub_event_type", FieldType::text, false, "ACLED sub_event_type."),
                    field("disorder_type", FieldType::text, false, "ACLED disorder_type."),
                    field("actor1", FieldType::text, false, "First actor."),
                    field("actor2", FieldType::text, false, "Second actor."),
                    country_field(false, "Country (ISO3)."),
                    field("admin1", FieldType::text, false, "First-level admin unit name."),
                    field("admin2", FieldType::text, false, "Second-level admin unit name."),
                    field("admin3", FieldType::text, false, "Third-level admin unit name."),
                    field("adm1_pcode", FieldType::text, false, "OCHA P-code of the first-level unit: HT01."),
                    field("adm2_pcode", FieldType::text, false, "OCHA P-code of the second-level unit."),
                    field("location", FieldType::text, false, "Place name."),
                    ranged("latitude", FieldType::number, false, -90, 90, "WGS84 latitude."),
                    ranged("longitude", FieldType::number, false, -180, 180, "WGS84 longitude."),
                    ranged("geo_precision", FieldType::integer, false, 1, 3,
                           "ACLED geo_precision: 1 exact to 3 region."),
                    ranged("fatalities", FieldType::integer, false, 0, 100000, "Reported fatalities."),
                    field("reported_by", FieldType::text, false,
                          "ACLED source: the outlets that reported it."),
                    notes_field(),
                    source_field(false)},
         .date_field = "date",
         .country_field = "country",
         .edit_domain = EditDomain::incidents,
         .storage = KindStorage::own_table});

    catalog.push_back(
        {.name = std::string(kinds::engagements),
         .singular = "engagement",
         .display_name = "Engagements",
         .description = "A call, visit, speech, post, meeting or vote.",
         .fields = {key_field(), date_field("When."),
                    choice("engagement_kind", true,
                           {"call", "visit", "speech", "post", "meeting", "resolution_vote", "statement"},
                           "What sort of engagement."),
                    field("participants", FieldType::text_list, false,
                          "Keys of persons, bodies or ISO3 codes."),
                    field("topics", FieldType::text_list, false, "Subjects: transition_to_un_pko..."),
                    mission_field(false), field("place", FieldType::text, false, "Where."),
                    summary_field(true, "What happened."), quote_field(), source_field()},
         .date_field = "date",
         .mission_field = "mission",
         .edit_domain = EditDomain::council});

    catalog.push_back(
        {.name = std::string(kinds::positions),
         .singular = "position",
         .display_name = "Positions",
         .description = "An actor's stance on a subject at a date; history is kept as records.",
         .fields = {key_field(),
                    field("actor", FieldType::text, true, "ISO3 code, organisation key or person key."),
                    choice("actor_kind", true, {"country", "organisation", "person"}, "What `actor` names."),
                    field("subject", FieldType::text, true, "What the stance is on: transition_to_un_pko."),
                    choice("stance", true, {"supports", "open", "opposes", "withdrew_support", "undecided"},
                           "The stance."),
                    date_field("When it was stated or reported."), mission_field(false), quote_field(),
                    summary_field(false, "The position in a sentence."), source_field()},
         .date_field = "date",
         .mission_field = "mission",
         .edit_domain = EditDomain::council});
    return catalog;
}

}  // namespace

const std::vector<KindSpec>& all_kinds() {
    static const std::vector<KindSpec> catalog = build_catalog();
    return catalog;
}

}  // namespace mssops::domain
