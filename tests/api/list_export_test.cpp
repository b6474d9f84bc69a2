// Exports from every list (issue 19): ?format= on a list route downloads exactly the rows its filters
// select, in each format, with only the fields the caller's role may read.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

namespace json = boost::json;

/// Made-up incidents: four event types over two months, each with notes staff may read.
std::string synthetic_incidents() {
    const char* types[] = {"Battles", "Riots", "Protests", "Violence against civilians"};
    std::string csv =
        "event_id_cnty,event_date,event_type,actor1,admin1,location,latitude,longitude,fatalities,notes\n";
    for (int i = 1; i <= 40; ++i) {
        char line[256];
        std::snprintf(line, sizeof line,
                      "SYN%03d,2024-%02d-%02d,%s,Synthetic group %d,Ouest,\"Place, %d\",%.3f,%.3f,%d,"
                      "Synthetic note %d\n",
                      i, 10 + i % 2, 1 + i % 28, types[i % 4], i % 3, i, 18.5 + i / 1000.0,
                      -72.3 - i / 1000.0, i % 5, i);
        csv += line;
    }
    return csv;
}

std::vector<std::string> csv_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2)
        lines.push_back(text.substr(start, end - start));
    return lines;
}

class list_export : public ApiFixture {
protected:
    static void SetUpTestSuite() {
        ApiFixture::SetUpTestSuite();
        auto imported =
            client().request("POST", "/api/v1/incidents/import?strict=true", synthetic_incidents(),
                             {{"Authorization", "Bearer " + admin_token}, {"Content-Type", "text/csv"}});
        ASSERT_EQ(imported.status, 200) << imported.body;
        add_test_mission();
    }

    static HttpResponse get(const std::string& target, const std::string& token) {
        return client().request("GET", target, {}, as(token));
    }
};

const std::string filters = "event_type=Battles,Riots&from=2024-10-01&to=2024-11-20";

TEST_F(list_export, an_export_of_a_filtered_incident_list_equals_the_filtered_list_row_for_row) {
    auto list = get("/api/v1/incidents?limit=1000&" + filters, admin_token);
    ASSERT_EQ(list.status, 200) << list.body;
    const json::value listed = list.json();
    const auto& items = listed.at("items").as_array();
    ASSERT_GT(items.size(), 5u);
    ASSERT_LT(items.size(), 40u);

    auto exported = get("/api/v1/incidents?format=json&" + filters, admin_token);
    ASSERT_EQ(exported.status, 200) << exported.body;
    const auto rows = json::parse(exported.body).as_array();
    ASSERT_EQ(rows.size(), items.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& item = items[i].as_object();
        const auto& row = rows[i].as_object();
        EXPECT_EQ(row.at("event_id_cnty"), item.at("key")) << i;
        EXPECT_EQ(row.at("event_date"), item.at("date")) << i;
        EXPECT_EQ(row.at("event_type"), item.at("event_type")) << i;
        EXPECT_EQ(row.at("fatalities"), item.at("fatalities")) << i;
        EXPECT_EQ(row.at("location"), item.at("location")) << i;
        EXPECT_EQ(row.at("notes"), item.at("notes")) << i;
    }

    auto csv = get("/api/v1/incidents?format=csv&" + filters, admin_token);
    ASSERT_EQ(csv.status, 200) << csv.body;
    auto lines = csv_lines(csv.body);
    ASSERT_EQ(lines.size(), items.size() + 1);
    for (std::size_t i = 0; i < items.size(); ++i)
        EXPECT_EQ(lines[i + 1].substr(0, lines[i + 1].find(',')), items[i].at("key").as_string()) << i;
}

TEST_F(list_export, a_viewers_export_omits_the_fields_a_viewer_may_not_read) {
    auto staff = get("/api/v1/incidents?format=csv", admin_token);
    auto viewer = get("/api/v1/incidents?format=csv", viewer_token);
    ASSERT_EQ(staff.status, 200);
    ASSERT_EQ(viewer.status, 200) << viewer.body;
    const std::string staff_header = csv_lines(staff.body).at(0);
    const std::string viewer_header = csv_lines(viewer.body).at(0);
    EXPECT_NE(staff_header.find(",notes,"), std::string::npos) << staff_header;
    EXPECT_EQ(viewer_header.find("notes"), std::string::npos) << viewer_header;
    EXPECT_EQ(viewer.body.find("Synthetic note"), std::string::npos);
    EXPECT_EQ(csv_lines(viewer.body).size(), csv_lines(staff.body).size());

    auto viewer_json = get("/api/v1/incidents?format=json", viewer_token);
    const json::value viewer_rows = json::parse(viewer_json.body);
    for (const auto& row : viewer_rows.as_array()) EXPECT_FALSE(row.as_object().contains("notes"));
    // Served to staff first, the export is not a cached view a viewer could be given.
    auto again = get("/api/v1/incidents?format=geojson", admin_token);
    auto viewer_again = get("/api/v1/incidents?format=geojson", viewer_token);
    EXPECT_NE(again.body.find("Synthetic note"), std::string::npos);
    EXPECT_EQ(viewer_again.body.find("Synthetic note"), std::string::npos);
}

TEST_F(list_export, the_json_list_and_record_hold_back_from_a_viewer_what_the_export_does) {
    // Read by staff first, so a cached body a viewer could be given exists.
    auto staff = get("/api/v1/incidents?limit=50", admin_token);
    ASSERT_EQ(staff.status, 200) << staff.body;
    EXPECT_NE(staff.body.find("Synthetic note"), std::string::npos) << staff.body;
    auto viewer = get("/api/v1/incidents?limit=50", viewer_token);
    ASSERT_EQ(viewer.status, 200) << viewer.body;
    const auto items = json::parse(viewer.body).at("items").as_array();
    ASSERT_FALSE(items.empty());
    for (const auto& item : items) EXPECT_FALSE(item.as_object().contains("notes")) << item;
    EXPECT_TRUE(items.at(0).as_object().contains("event_type"));

    const auto id = std::to_string(items.at(0).at("id").as_int64());
    EXPECT_NE(get("/api/v1/incidents/" + id, admin_token).body.find("\"notes\""), std::string::npos);
    EXPECT_EQ(get("/api/v1/incidents/" + id, viewer_token).body.find("\"notes\""), std::string::npos);
}

TEST_F(list_export, each_format_downloads_with_its_type_and_file_name) {
    struct Expected {
        std::string format, type, file;
    };
    for (const auto& expected :
         std::vector<Expected>{{"csv", "text/csv; charset=utf-8", "incidents.csv"},
                               {"hxl", "text/csv; charset=utf-8", "incidents.csv"},
                               {"json", "application/json", "incidents.json"},
                               {"geojson", "application/geo+json", "incidents.geojson"},
                               {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                "incidents.xlsx"}}) {
        auto response = get("/api/v1/incidents?format=" + expected.format, editor_token);
        ASSERT_EQ(response.status, 200) << expected.format << ": " << response.body;
        EXPECT_EQ(response.header("content-type"), expected.type);
        EXPECT_EQ(response.header("content-disposition"), "attachment; filename=\"" + expected.file + "\"");
        EXPECT_EQ(response.header("content-length"), std::to_string(response.body.size()));
    }
    auto hxl = csv_lines(get("/api/v1/incidents?format=hxl", admin_token).body);
    EXPECT_EQ(hxl.at(1).substr(0, 31), "#event+code,#date+occurred,#dat");
    auto geojson = json::parse(get("/api/v1/incidents?format=geojson&event_type=Riots", admin_token).body);
    const auto& feature = geojson.at("features").as_array().at(0);
    EXPECT_EQ(feature.at("geometry").at("type"), "Point");
    EXPECT_LT(feature.at("geometry").at("coordinates").as_array().at(0).as_double(), -72.0);
    auto xlsx = get("/api/v1/incidents?format=xlsx", admin_token);
    EXPECT_EQ(xlsx.body.substr(0, 4), std::string("PK\x03\x04", 4));
}

TEST_F(list_export, a_workbook_opens_in_pythons_zip_and_xml_readers) {
    if (std::system("python3 -c 'import zipfile, xml.dom.minidom' 2>/dev/null") != 0)
        GTEST_SKIP() << "python3 is missing, so the workbook is not opened with another reader";
    auto xlsx = get("/api/v1/incidents?format=xlsx&event_type=Riots", admin_token);
    ASSERT_EQ(xlsx.status, 200);
    const auto path = dir->path() / "riots.xlsx";
    std::ofstream(path, std::ios::binary) << xlsx.body;
    const std::string script =
        "import sys, zipfile, xml.dom.minidom as m\n"
        "z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n"
        "for n in z.namelist(): m.parseString(z.read(n))\n"
        "rows = m.parseString(z.read('xl/worksheets/sheet1.xml')).getElementsByTagName('row')\n"
        "print(len(rows))\n";
    std::ofstream(dir->path() / "open_xlsx.py") << script;
    const std::string command = "python3 " + (dir->path() / "open_xlsx.py").string() + " " + path.string() +
                                " > " + (dir->path() / "rows.txt").string();
    ASSERT_EQ(std::system(command.c_str()), 0);
    std::ifstream rows(dir->path() / "rows.txt");
    int count = 0;
    rows >> count;
    auto listed = get("/api/v1/incidents?limit=1000&event_type=Riots", admin_token).json();
    EXPECT_EQ(count, static_cast<int>(listed.at("total").as_int64()) + 1);  // The header row too.
}

TEST_F(list_export, records_of_a_kind_export_the_rows_their_filters_select) {
    auto csv = get("/api/v1/missions?format=hxl&mission_kind=multinational_authorized", viewer_token);
    ASSERT_EQ(csv.status, 200) << csv.body;
    auto lines = csv_lines(csv.body);
    ASSERT_EQ(lines.size(), 3u) << csv.body;
    EXPECT_EQ(lines[0].substr(0, 7), "id,key,");
    EXPECT_EQ(lines[1].substr(0, 24), "#meta+id,#activity+code,");
    EXPECT_NE(lines[2].find(",mss-haiti,"), std::string::npos) << lines[2];
    auto none = get("/api/v1/missions?format=csv&mission_kind=un_peacekeeping", viewer_token);
    EXPECT_EQ(csv_lines(none.body).size(), 1u) << none.body;
}

TEST_F(list_export, geojson_is_refused_for_a_list_without_places) {
    auto refused = get("/api/v1/missions?format=geojson", admin_token);
    ASSERT_EQ(refused.status, 422) << refused.body;
    EXPECT_EQ(refused.json().at("field"), "format");
}

TEST_F(list_export, an_export_refuses_a_page_and_an_unknown_format) {
    auto paged = get("/api/v1/incidents?format=csv&limit=10", admin_token);
    ASSERT_EQ(paged.status, 422) << paged.body;
    EXPECT_EQ(paged.json().at("field"), "limit");
    EXPECT_EQ(paged.json().at("detail"),
              "limit does not apply to an export, which holds every row the filters select; leave it out");
    auto unknown = get("/api/v1/sources?format=pdf", admin_token);
    ASSERT_EQ(unknown.status, 422) << unknown.body;
    EXPECT_EQ(unknown.json().at("detail"),
              "format must be one of csv, hxl, json, geojson, xlsx, got \"pdf\"");
}

TEST_F(list_export, head_of_an_export_sends_its_length_and_no_body) {
    auto full = get("/api/v1/incidents?format=csv", admin_token);
    auto head = client().request("HEAD", "/api/v1/incidents?format=csv", {}, as(admin_token));
    EXPECT_EQ(head.status, 200);
    EXPECT_EQ(head.header("content-length"), std::to_string(full.body.size()));
    EXPECT_EQ(head.body, "");
}

}  // namespace
}  // namespace mssops::api_test
