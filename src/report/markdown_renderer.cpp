#include "report/markdown_renderer.hpp"

#include <string_view>

#include "report/report_language.hpp"

namespace mssops::report {
namespace {

std::string references(const std::vector<int>& footnotes) {
    std::string out;
    for (int number : footnotes) out += "[^" + std::to_string(number) + "]";
    return out;
}

// A URL goes out as an autolink only when it has nothing that could end or break one.
bool plain_url(std::string_view url) {
    if (!url.starts_with("http://") && !url.starts_with("https://")) return false;
    for (char c : url)
        if (c <= ' ' || c == '<' || c == '>' || c == '\x7f') return false;
    return true;
}

void render_table(std::string& out, const FigureTable& table) {
    out += "**" + escape_markdown(table.caption) + "**\n\n|";
    for (const auto& column : table.columns) out += " " + escape_markdown(column) + " |";
    out += " " + escape_markdown(tr("report.sources")) + " |\n|";
    for (std::size_t i = 0; i <= table.columns.size(); ++i) out += " --- |";
    out += "\n";
    for (const auto& row : table.rows) {
        out += "|";
        for (const auto& cell : row.cells) out += " " + escape_markdown(cell) + " |";
        out += " " + references(row.footnotes) + " |\n";
    }
    out += "\n";
}

void render_section(std::string& out, const ReportSection& section) {
    out += "## " + escape_markdown(section.title) + "\n\n";
    for (const auto& statement : section.statements) out += escape_markdown(statement) + "\n\n";
    for (const auto& figure : section.figures) {
        out += "- **" + escape_markdown(figure.label) + ":** " + escape_markdown(figure.value) +
               references(figure.footnotes);
        if (!figure.detail.empty()) out += " — " + escape_markdown(figure.detail);
        out += "\n";
    }
    if (!section.figures.empty()) out += "\n";
    for (const auto& table : section.tables) render_table(out, table);
}

}  // namespace

std::string escape_markdown(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '\\':
            case '`':
            case '*':
            case '_':
            case '[':
            case ']':
            case '<':
            case '>':
            case '|':
            case '#':
            case '~':
                out += '\\';
                out += c;
                break;
            case '\n':
            case '\r':
                out += ' ';
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string render_markdown(const SituationReport& report) {
    std::string out = "# " + escape_markdown(report.title) + "\n\n";
    out += escape_markdown(tr("report.mission_key", {{"key", report.mission}})) + "\n\n";
    for (const auto& line : report.preamble) out += escape_markdown(line) + "\n\n";
    for (const auto& section : report.sections) render_section(out, section);
    if (report.footnotes.empty()) return out;
    out += "## " + escape_markdown(tr("report.sources")) + "\n\n";
    for (const auto& footnote : report.footnotes) {
        out += "[^" + std::to_string(footnote.number) + "]: " + escape_markdown(footnote.text);
        if (plain_url(footnote.url))
            out += " <" + footnote.url + ">";
        else if (!footnote.url.empty())
            out += " " + escape_markdown(footnote.url);
        out += "\n\n";
    }
    return out;
}

}  // namespace mssops::report
