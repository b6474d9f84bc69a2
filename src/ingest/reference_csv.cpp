#include "ingest/reference_csv.hpp"

#include <filesystem>
#include <optional>

#include "domain/ascii_text.hpp"
#include "domain/money.hpp"
#include "domain/partial_date.hpp"

namespace mssops::ingest {
namespace {

using domain::trim_blanks;

using domain::Error;

bool upper_letters(std::string_view text, std::size_t count) {
    if (text.size() != count) return false;
    for (char c : text)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

domain::Result<std::size_t> required_column(const CsvReader& csv, std::string_view name) {
    if (auto index = csv.column_index(name)) return *index;
    return Error::invalid(csv.name() + ":1", "missing the required column " + std::string(name));
}

domain::Result<void> check_width(const CsvReader& csv) {
    if (csv.size() == csv.header().size()) return {};
    return Error::invalid(csv.row_location(), "expected " + std::to_string(csv.header().size()) +
                                                  " fields as in the header, got " +
                                                  std::to_string(csv.size()));
}

}  // namespace

domain::Result<domain::ExchangeRateTable> read_exchange_rates(CsvReader csv) {
    if (auto header = csv.read_header(); !header) return header.error();
    auto currency_column = required_column(csv, "currency");
    if (!currency_column) return currency_column.error();
    auto date_column = required_column(csv, "date");
    if (!date_column) return date_column.error();
    auto rate_column = required_column(csv, "usd_per_unit");
    if (!rate_column) return rate_column.error();
    std::optional<std::size_t> source_column = csv.column_index("source");
    if (!source_column) source_column = csv.column_index("url");
    if (!source_column)
        return Error::invalid(csv.name() + ":1",
                              "missing a source or url column: every rate needs its source");

    domain::ExchangeRateTable table;
    while (true) {
        auto row = csv.next_row();
        if (!row) return row.error();
        if (!*row) break;
        if (auto width = check_width(csv); !width) return width.error();
        std::string_view currency = trim_blanks(csv.field(*currency_column));
        if (!upper_letters(currency, 3))
            return Error::invalid(
                csv.location(*currency_column),
                "currency: must be an ISO 4217 code such as EUR, got \"" + std::string(currency) + "\"");
        auto day = domain::parse_iso_day(trim_blanks(csv.field(*date_column)), csv.location(*date_column));
        if (!day) return day.error();
        auto rate = domain::parse_scaled_decimal(trim_blanks(csv.field(*rate_column)), domain::rate_places,
                                                 csv.location(*rate_column));
        if (!rate) return rate.error();
        std::string_view source = trim_blanks(csv.field(*source_column));
        if (source.empty())
            return Error::invalid(csv.location(*source_column), "every rate needs its source");
        auto added = table.add({std::string(currency), *day, *rate, std::string(source)});
        if (!added) return Error::invalid(csv.row_location(), added.error().message);
    }
    return table;
}

domain::Result<domain::AssessmentScale> read_assessment_scale(CsvReader csv, std::string source) {
    if (auto header = csv.read_header(); !header) return header.error();
    auto member_column = required_column(csv, "member");
    if (!member_column) return member_column.error();
    auto rate_column = required_column(csv, "rate_percent");
    if (!rate_column) return rate_column.error();
    std::optional<std::size_t> name_column = csv.column_index("name");

    domain::AssessmentScale scale;
    scale.source = std::move(source);
    while (true) {
        auto row = csv.next_row();
        if (!row) return row.error();
        if (!*row) break;
        if (auto width = check_width(csv); !width) return width.error();
        std::string_view member = trim_blanks(csv.field(*member_column));
        if (!upper_letters(member, 3))
            return Error::invalid(csv.location(*member_column),
                                  "member: must be an ISO 3166-1 alpha-3 code such as FRA, got \"" +
                                      std::string(member) + "\"");
        auto rate = domain::parse_scaled_decimal(trim_blanks(csv.field(*rate_column)), domain::scale_places,
                                                 csv.location(*rate_column));
        if (!rate) return rate.error();
        if (*rate < 0) return Error::invalid(csv.location(*rate_column), "rate_percent: must be 0 or more");
        std::string name = name_column ? std::string(trim_blanks(csv.field(*name_column))) : std::string{};
        scale.entries.push_back({std::string(member), std::move(name), *rate});
    }
    if (scale.entries.empty()) return Error::invalid(csv.name(), "lists no member");
    return scale;
}

domain::Result<FundingReference> load_funding_reference(const std::string& data_dir,
                                                        const std::string& scale_path) {
    FundingReference reference;
    std::filesystem::path rates_path = std::filesystem::path(data_dir) / "reference" / "exchange_rates.csv";
    if (std::filesystem::exists(rates_path)) {
        auto csv = CsvReader::open_file(rates_path.string());
        if (!csv) return csv.error();
        auto rates = read_exchange_rates(std::move(csv).value());
        if (!rates) return rates.error();
        reference.rates = std::move(rates).value();
    }
    std::string scale_file = scale_path;
    std::string source = scale_path;
    std::string label = "a scale of assessments supplied by the user (" + scale_path + ")";
    if (scale_file.empty()) {
        std::filesystem::path users =
            std::filesystem::path(data_dir) / "reference" / "peacekeeping_scale.csv";
        std::filesystem::path shipped =
            std::filesystem::path(data_dir) / "reference" / regular_budget_scale_file;
        if (std::filesystem::exists(users)) {
            scale_file = users.string();
            source = scale_file;
            label = "a scale of assessments supplied by the user (" + scale_file + ")";
        } else if (std::filesystem::exists(shipped)) {
            scale_file = shipped.string();
            source = regular_budget_scale_source;
            label = regular_budget_scale_label;
        }
    }
    if (!scale_file.empty()) {
        auto csv = CsvReader::open_file(scale_file);
        if (!csv) return csv.error();
        auto scale = read_assessment_scale(std::move(csv).value(), source);
        if (!scale) return scale.error();
        reference.scale = std::move(scale).value();
        reference.scale->label = label;
    }
    return reference;
}

}  // namespace mssops::ingest
