#include "export/hxl_tags.hpp"
#include "domain/kind_names.hpp"

#include <map>

namespace mssops::exports {

namespace {

/// The hashtag of the things each kind lists, for its name, key and code.
std::string subject_hashtag(std::string_view kind) {
    static const std::map<std::string_view, std::string_view> subjects = {
        {domain::kinds::countries, "#country"},    {domain::kinds::organisations, "#org"},
        {domain::kinds::persons, "#contact"},      {domain::kinds::admin_units, "#loc"},
        {domain::kinds::missions, "#activity"},    {domain::kinds::sources, "#meta+source"},
        {domain::kinds::resolutions, "#meta+doc"}, {domain::kinds::incidents, "#event"},
        {domain::kinds::engagements, "#event"},
    };
    auto found = subjects.find(kind);
    return found == subjects.end() ? "#meta" : std::string(found->second);
}

}  // namespace

std::string hxl_tag(std::string_view kind, std::string_view field) {
    // Tags shared with the importers (ingest/fts_csv.cpp, ingest/incident_csv_reader.cpp), so an
    // export reads back by tag.
    static const std::map<std::string_view, std::string_view> tags = {
        {"id", "#meta+id"},
        {"source_id", "#meta+source"},
        {"url", "#meta+url"},
        {"date", "#date"},
        {"start_date", "#date+start"},
        {"end_date", "#date+end"},
        {"from", "#date+start"},
        {"to", "#date+end"},
        {"by_date", "#date+target"},
        {"adopted", "#date+adopted"},
        {"published", "#date+published"},
        {"accessed", "#date+accessed"},
        {"stated_on", "#date+reported"},
        {"mandate_end", "#date+end+mandate"},
        {"term_start", "#date+start+term"},
        {"term_end", "#date+end+term"},
        {"month", "#date+month"},
        {"country", "#country+code"},
        {"host_country", "#country+code+host"},
        {"lead_nation", "#country+code+lead"},
        {"donor", "#org+donor"},
        {"recipient", "#org+recipient"},
        {"organisation", "#org+code"},
        {"publisher", "#org+publisher"},
        {"partner_force", "#org+code+partner"},
        {"amount", "#value"},
        {"amount_usd", "#value+usd"},
        {"currency", "#currency"},
        {"status", "#status"},
        {"stance", "#status+stance"},
        {"count", "#indicator+num"},
        {"number", "#indicator+num+target"},
        {"personnel_type", "#indicator+type"},
        {"category", "#sector"},
        {"description", "#description"},
        {"summary", "#description+summary"},
        {"notes", "#description+notes"},
        {"quote", "#description+quote"},
        {"title", "#meta+title"},
        {"latitude", "#geo+lat"},
        {"longitude", "#geo+lon"},
        {"geo_precision", "#geo+precision"},
        {"location", "#loc+name"},
        {"admin1", "#adm1+name"},
        {"admin2", "#adm2+name"},
        {"admin3", "#adm3+name"},
        {"adm1_pcode", "#adm1+code"},
        {"adm2_pcode", "#adm2+code"},
        {"event_type", "#event+type"},
        {"sub_event_type", "#event+type+sub"},
        {"disorder_type", "#event+type+disorder"},
        {"time_precision", "#date+precision"},
        {"actor1", "#group+name+first"},
        {"actor2", "#group+name+second"},
        {"actor", "#group+name"},
        {"fatalities", "#affected+killed"},
        {"reported_by", "#meta+source+reported"},
        {"synthetic", "#meta+synthetic"},
    };
    if (field == "name") return subject_hashtag(kind) + "+name";
    if (field == "key")
        return kind == domain::kinds::incidents ? "#event+code" : subject_hashtag(kind) + "+code";
    if (field == "pcode") return "#loc+code";
    if (auto found = tags.find(field); found != tags.end()) return std::string(found->second);
    return "#meta+" + std::string(field);
}

}  // namespace mssops::exports
