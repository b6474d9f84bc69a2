// Reads that stay right and prompt under other work: two servers on one PostgreSQL see each other's
// writes, and a large export runs on a worker while the io thread answers a health check.
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <pqxx/pqxx>
#include <thread>

#include "api/api_fixture.hpp"

namespace mssops::api_test {
namespace {

const char* postgres_url() {
    const char* url = std::getenv("MSSOPS_TEST_POSTGRES_URL");
    return url && *url ? url : nullptr;
}

/// A schema of its own on the test PostgreSQL, dropped afterwards; location() reaches it.
class PostgresSchema {
public:
    explicit PostgresSchema(std::string name) : name_(std::move(name)) { recreate(true); }
    ~PostgresSchema() {
        try {
            recreate(false);
        } catch (const std::exception&) {
            // The server may already be gone at the end of the run; the schema goes with it.
        }
    }
    std::string location() const {
        const std::string base = postgres_url();
        return base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + name_;
    }

private:
    void recreate(bool create) {
        pqxx::connection connection(postgres_url());
        pqxx::work work(connection);
        work.exec0("DROP SCHEMA IF EXISTS " + name_ + " CASCADE");
        if (create) work.exec0("CREATE SCHEMA " + name_);
        work.commit();
    }
    std::string name_;
};

std::string token_of(const std::string& db, const std::string& name) {
    auto added = run_mssops({"--db", db, "user", "add", name, "--role", "admin"});
    EXPECT_EQ(added.exit_code, 0) << added.out;
    auto issued = run_mssops({"--db", db, "--json", "user", "token", name, "--label", "coherence test"});
    EXPECT_EQ(issued.exit_code, 0) << issued.out;
    auto at = issued.out.find("\"token\"");
    if (at == std::string::npos) return {};
    auto start = issued.out.find('"', issued.out.find(':', at)) + 1;
    return issued.out.substr(start, issued.out.find('"', start) - start);
}

TEST(coherence, two_servers_on_one_postgresql_read_each_others_writes_at_once) {
    if (!postgres_url())
        GTEST_SKIP() << "MSSOPS_TEST_POSTGRES_URL is not set (scripts/with-postgres.sh sets it)";
    PostgresSchema schema("api_coherence_" + std::to_string(getpid()));
    const std::string db = schema.location();
    ASSERT_EQ(run_mssops({"--db", db, "init"}).exit_code, 0);
    const std::string token = token_of(db, "ada");
    const std::vector<std::pair<std::string, std::string>> as_admin = {{"Authorization", "Bearer " + token}};
    TempDir dir;
    ServerProcess a({"--db", db}, dir.path() / "a.log");
    ServerProcess b({"--db", db}, dir.path() / "b.log");
    HttpClient on_a(a.port());
    HttpClient on_b(b.port());

    auto total_on_b = [&] {
        auto page = on_b.request("GET", "/api/v1/sources?limit=1", {}, as_admin);
        EXPECT_EQ(page.status, 200) << page.body;
        return page.status == 200 ? page.json().at("total").as_int64() : -1;
    };
    for (int trial = 1; trial <= 20; ++trial) {
        // Read twice first, so B holds the page in its cache when A writes.
        const auto before = total_on_b();
        ASSERT_EQ(total_on_b(), before);
        auto created = on_a.request(
            "POST", "/api/v1/sources",
            R"({"key":"source-)" + std::to_string(trial) + R"(","publisher":"Test","title":"Written on A"})",
            as_admin);
        ASSERT_EQ(created.status, 201) << created.body;
        EXPECT_EQ(total_on_b(), before + 1) << "B served a page from before A's write, trial " << trial;
    }
    EXPECT_EQ(a.stop(), 0) << a.log_tail();
    EXPECT_EQ(b.stop(), 0) << b.log_tail();
}

/// A server with one io thread: a handler on it would hold up every other connection.
class OneIoThread : public ApiFixture {
protected:
    static void SetUpTestSuite() {
        serve_arguments = {"--threads", "1"};
        ApiFixture::SetUpTestSuite();
        serve_arguments.clear();
    }
};

/// A synthetic ACLED-shaped file of `rows` distinct events.
void write_incidents(const std::filesystem::path& path, int rows) {
    static const char* types[] = {"Battles", "Riots", "Violence against civilians", "Protests"};
    std::ofstream out(path);
    out << "event_id_cnty,event_date,event_type,actor1,admin1,latitude,longitude,fatalities,notes\n";
    for (int row = 0; row < rows; ++row)
        out << "SYN" << row << ",2024-0" << (row % 9 + 1) << "-1" << row % 9 << ',' << types[row % 4]
            << ",Gang " << row % 40 << ",Ouest," << 18.5 + (row % 100) / 1000.0 << ','
            << -72.3 - (row % 90) / 1000.0 << ',' << row % 3 << ",SYNTHETIC event for the export test\n";
}

TEST_F(OneIoThread, a_large_export_does_not_hold_up_a_health_check) {
    const auto csv = dir->path() / "export-test.csv";
    write_incidents(csv, 60'000);
    auto imported =
        run_mssops({"--db", (dir->path() / "api.db").string(), "incidents", "import", csv.string()});
    ASSERT_EQ(imported.exit_code, 0) << imported.out;

    // The export on a connection of its own; its first bytes come only once its whole body is built.
    const int exporting = client().connect_socket();
    ASSERT_GE(exporting, 0);
    const std::string request =
        "GET /api/v1/incidents/export?format=geojson HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        "Authorization: Bearer " +
        viewer_token + "\r\nConnection: close\r\n\r\n";
    ASSERT_EQ(::send(exporting, request.data(), request.size(), MSG_NOSIGNAL),
              static_cast<ssize_t>(request.size()));
    // Time for the server to read the export request and start it; not a limit on any answer.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    auto health = client().request("GET", "/healthz");
    char first = 0;
    const ssize_t answered = ::recv(exporting, &first, 1, MSG_PEEK | MSG_DONTWAIT);
    EXPECT_EQ(health.status, 200) << health.body;
    EXPECT_LT(answered, 0) << "the export answered before the health check: the health check waited for it";

    std::string raw;
    char buffer[65536];
    for (ssize_t got; (got = ::recv(exporting, buffer, sizeof buffer, 0)) > 0;) raw.append(buffer, got);
    ::close(exporting);
    auto responses = parse_responses(raw);
    ASSERT_EQ(responses.size(), 1u) << raw.substr(0, 300);
    EXPECT_EQ(responses[0].status, 200) << responses[0].body.substr(0, 300);
    EXPECT_NE(responses[0].body.find("\"key\":\"syn59999\""), std::string::npos) << "the export is not whole";
}

}  // namespace
}  // namespace mssops::api_test
