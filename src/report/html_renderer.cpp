#include "report/html_renderer.hpp"

#include "domain/markup_text.hpp"

#include "report/report_language.hpp"

namespace mssops::report {
namespace {

// Print-friendly and readable on a screen; kept inline so the page needs nothing else.
constexpr const char* style = R"(
body { font: 15px/1.5 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1a1a1a; margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 1.8rem; }
.meta { color: #555; margin-top: 0; }
.figures { margin: .5rem 0 1rem; padding: 0; }
.figure { display: grid; grid-template-columns: 18rem 1fr; gap: .75rem; padding: .3rem 0;
          border-bottom: 1px dotted #ddd; break-inside: avoid; }
.figure dt { font-weight: 600; }
.figure dd { margin: 0; }
.value { font-weight: 600; }
.detail { display: block; color: #555; font-size: .9em; }
sup { font-size: .7em; }
sup a { text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; font-size: .9em; }
caption { text-align: left; font-weight: 600; padding-bottom: .3rem; }
th, td { border: 1px solid #ccc; padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
tr { break-inside: avoid; }
.sources li { margin-bottom: .35rem; word-break: break-word; }
.synthetic { color: #8a1c1c; font-weight: 600; }
@media print { main { max-width: none; padding: 0; } a { color: inherit; } }
)";

// Paper for printing: A4 everywhere but in the United States (ISO 216; US Letter is 8.5 x 11 in).
std::string page_size() {
    return prints_on_letter(report_language()) ? "@page { size: letter; margin: 16mm; }\n"
                                               : "@page { size: A4; margin: 16mm; }\n";
}

std::string references(const std::vector<int>& footnotes) {
    std::string out;
    for (int number : footnotes) {
        std::string n = std::to_string(number);
        out += "<sup><a href=\"#source-" + n + "\">[" + n + "]</a></sup>";
    }
    return out;
}

bool web_url(std::string_view url) {
    return url.starts_with("http://") || url.starts_with("https://");
}

void render_table(std::string& out, const FigureTable& table) {
    out += "<table>\n<caption>" + escape_html(table.caption) + "</caption>\n<thead><tr>";
    for (const auto& column : table.columns) out += "<th>" + escape_html(column) + "</th>";
    out += "<th>" + escape_html(tr("report.sources")) + "</th></tr></thead>\n<tbody>\n";
    for (const auto& row : table.rows) {
        out += "<tr>";
        for (const auto& cell : row.cells) out += "<td>" + escape_html(cell) + "</td>";
        out += "<td>" + references(row.footnotes) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n";
}

void render_section(std::string& out, const ReportSection& section) {
    out += "<section>\n<h2>" + escape_html(section.title) + "</h2>\n";
    for (const auto& statement : section.statements) out += "<p>" + escape_html(statement) + "</p>\n";
    if (!section.figures.empty()) {
        out += "<dl class=\"figures\">\n";
        for (const auto& figure : section.figures) {
            out += "<div class=\"figure\"><dt>" + escape_html(figure.label) +
                   "</dt><dd><span class=\"value\">" + escape_html(figure.value) + "</span>" +
                   references(figure.footnotes);
            if (!figure.detail.empty())
                out += "<span class=\"detail\">" + escape_html(figure.detail) + "</span>";
            out += "</dd></div>\n";
        }
        out += "</dl>\n";
    }
    for (const auto& table : section.tables) render_table(out, table);
    out += "</section>\n";
}

void render_sources(std::string& out, const std::vector<Footnote>& footnotes) {
    if (footnotes.empty()) return;
    out += "<section class=\"sources\">\n<h2>" + escape_html(tr("report.sources")) + "</h2>\n<ol>\n";
    for (const auto& footnote : footnotes) {
        out += "<li id=\"source-" + std::to_string(footnote.number) + "\">";
        if (footnote.synthetic)
            out += "<span class=\"synthetic\">" + escape_html(tr("report.synthetic")) + "</span> ";
        out += escape_html(footnote.text);
        if (web_url(footnote.url))
            out += " <a href=\"" + escape_html(footnote.url) + "\">" + escape_html(footnote.url) + "</a>";
        else if (!footnote.url.empty())
            out += " " + escape_html(footnote.url);
        out += "</li>\n";
    }
    out += "</ol>\n</section>\n";
}

}  // namespace

std::string escape_html(std::string_view text) {
    return domain::markup_escaped(text);
}

std::string render_html(const SituationReport& report) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + escape_html(report_language()) +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n"
                      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                      "'unsafe-inline'\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
                      escape_html(report.title) + "</title>\n<style>" + style + page_size() +
                      "</style>\n</head>\n<body>\n<main>\n";
    out += "<h1>" + escape_html(report.title) + "</h1>\n";
    out += "<p class=\"meta\">" + escape_html(tr("report.mission_key", {{"key", report.mission}})) + "</p>\n";
    for (const auto& line : report.preamble) out += "<p>" + escape_html(line) + "</p>\n";
    for (const auto& section : report.sections) render_section(out, section);
    render_sources(out, report.footnotes);
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace mssops::report
