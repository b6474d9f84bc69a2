#include "incident_generator.hpp"

#include <array>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace mssops::bench {
namespace {

struct Department {
    const char* name;
    const char* pcode;
    double weight;  // Share of events, close to ACLED Haiti 2024-2025.
    double latitude, longitude;
    std::vector<const char*> communes;
};

const std::vector<Department>& departments() {
    static const std::vector<Department> list = {
        {"Ouest",
         "HT01",
         0.750,
         18.54,
         -72.34,
         {"Port-au-Prince", "Delmas", "Petion-Ville", "Cite Soleil", "Croix-des-Bouquets", "Tabarre",
          "Carrefour", "Kenscoff"}},
        {"Artibonite",
         "HT05",
         0.107,
         19.15,
         -72.55,
         {"Saint-Marc", "Gonaives", "Petite-Riviere", "Liancourt", "Verrettes"}},
        {"Centre", "HT06", 0.042, 19.05, -72.05, {"Hinche", "Mirebalais", "Lascahobas", "Saut-d'Eau"}},
        {"Nord", "HT03", 0.030, 19.70, -72.25, {"Cap-Haitien", "Limbe", "Plaisance"}},
        {"Sud", "HT07", 0.020, 18.25, -73.75, {"Les Cayes", "Aquin", "Cavaillon"}},
        {"Nord-Ouest", "HT09", 0.014, 19.85, -72.85, {"Port-de-Paix", "Saint-Louis du Nord"}},
        {"Sud-Est", "HT02", 0.012, 18.25, -72.55, {"Jacmel", "Marigot"}},
        {"Nippes", "HT10", 0.010, 18.45, -73.35, {"Miragoane", "Anse-a-Veau"}},
        {"Grande'Anse", "HT08", 0.008, 18.55, -74.10, {"Jeremie", "Corail"}},
        {"Nord-Est", "HT04", 0.007, 19.55, -71.85, {"Fort-Liberte", "Ouanaminthe"}},
    };
    return list;
}

struct EventType {
    const char* name;
    const char* disorder;
    double weight;
    std::array<const char*, 2> sub_types;
    double mean_fatalities;
};

const std::array<EventType, 6> event_types = {{
    {"Strategic developments",
     "Strategic developments",
     0.284,
     {"Looting/property destruction", "Other"},
     0.0},
    {"Battles", "Political violence", 0.275, {"Armed clash", "Government regains territory"}, 1.6},
    {"Violence against civilians",
     "Political violence",
     0.250,
     {"Attack", "Abduction/forced disappearance"},
     1.2},
    {"Protests", "Demonstrations", 0.099, {"Peaceful protest", "Protest with intervention"}, 0.0},
    {"Riots", "Demonstrations", 0.073, {"Violent demonstration", "Mob violence"}, 0.3},
    {"Explosions/Remote violence",
     "Political violence",
     0.019,
     {"Remote explosive/landmine/IED", "Grenade"},
     0.8},
}};

// Names are invented: the generator must not present synthetic events as the acts of real groups.
const std::array<const char*, 8> actors = {
    "Synthetic Gang A",      "Synthetic Gang B",    "Synthetic Gang C",       "Synthetic Coalition D",
    "Synthetic Police Unit", "Synthetic Militia E", "Protesters (synthetic)", "Rioters (synthetic)"};

template <class Items>
std::size_t pick_weighted(std::mt19937_64& random, const Items& items) {
    double roll = std::uniform_real_distribution<double>(0, 1)(random);
    for (std::size_t i = 0; i < items.size(); ++i) {
        roll -= items[i].weight;
        if (roll <= 0) return i;
    }
    return items.size() - 1;
}

}  // namespace

void write_synthetic_incidents(std::ostream& out, std::int64_t count, std::uint64_t seed) {
    using namespace std::chrono;
    std::mt19937_64 random(seed);
    const sys_days first{year{2024} / January / 1};
    const int day_span = static_cast<int>((sys_days{year{2025} / December / 31} - first).count()) + 1;
    out << "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
           "actor2,"
           "iso,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,notes,"
           "fatalities,"
           "timestamp\n";
    std::normal_distribution<double> jitter(0.0, 0.05);
    char line[1024];
    for (std::int64_t n = 1; n <= count; ++n) {
        const Department& department = departments()[pick_weighted(random, departments())];
        const EventType& type = event_types[pick_weighted(random, event_types)];
        const char* commune = department.communes[random() % department.communes.size()];
        const char* sub_type = type.sub_types[random() % 2];
        const char* actor1 = actors[random() % 6];
        const char* actor2 = type.mean_fatalities > 0 ? actors[random() % 6] : "";
        if (std::string_view(type.name) == "Protests") actor1 = actors[6];
        if (std::string_view(type.name) == "Riots") actor1 = actors[7];
        sys_days day = first + days{static_cast<int>(random() % static_cast<std::uint64_t>(day_span))};
        year_month_day date{day};
        int fatalities = 0;
        if (type.mean_fatalities > 0)
            fatalities = std::geometric_distribution<int>(1.0 / (1.0 + type.mean_fatalities))(random);
        std::snprintf(
            line, sizeof line,
            "SYN%lld,%04d-%02u-%02u,%d,1,%s,%s,%s,%s,%s,332,Haiti,%s,%s,%s,%s,%.4f,%.4f,%d,"
            "mssops synthetic generator,\"SYNTHETIC event %lld (seed %llu), %s in %s; not a real report.\","
            "%d,%lld\n",
            static_cast<long long>(n), static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
            static_cast<unsigned>(date.day()), static_cast<int>(date.year()), type.disorder, type.name,
            sub_type, actor1, actor2, department.name, commune, commune, commune,
            department.latitude + jitter(random), department.longitude + jitter(random),
            static_cast<int>(1 + random() % 2), static_cast<long long>(n),
            static_cast<unsigned long long>(seed), sub_type, commune, fatalities,
            static_cast<long long>(1704067200 + n));
        out << line;
    }
}

}  // namespace mssops::bench
