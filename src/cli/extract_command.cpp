#include "cli/extract_command.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "app/extraction.hpp"
#include "cli/table.hpp"
#include "domain/kind_names.hpp"
#include "store/record_json.hpp"

namespace mssops::cli {
namespace {

namespace json = boost::json;

struct ExtractOptions {
    std::string file;
    std::string published;
    std::string source_url;
    std::string mission;
    bool accept = false;
    std::string outlet;
    std::string title;
};

domain::Result<std::string> read_input(const std::string& file) {
    if (file == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return domain::Error::invalid("FILE",
                                      "cannot read " + file + ": expected a readable text or HTML file");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

json::object candidate_to_json(const extract::Extraction& extraction, const extract::Candidate& candidate,
                               const app::CandidateMatch& match) {
    json::object out;
    out["kind"] = candidate.kind;
    out["fields"] = store::fields_to_json(candidate.fields);
    out["evidence"] =
        json::object{{"start", candidate.evidence.start},
                     {"end", candidate.evidence.end},
                     {"text", extraction.text.substr(candidate.evidence.start, candidate.evidence.size())}};
    out["rule"] = candidate.rule;
    out["confidence"] = static_cast<double>(static_cast<int>(candidate.confidence * 100 + 0.5)) / 100;
    out["date_precision"] = candidate.date_precision;
    if (candidate.vote_counts)
        out["vote_counts"] = json::object{{"yes", candidate.vote_counts->yes},
                                          {"no", candidate.vote_counts->no},
                                          {"abstain", candidate.vote_counts->abstain}};
    json::array notes;
    for (const auto& note : candidate.notes) notes.emplace_back(note);
    out["notes"] = std::move(notes);
    json::object matched{{"status", match.status}};
    if (!match.key.empty()) matched["key"] = match.key;
    if (!match.differs.empty()) matched["differs"] = match.differs;
    out["match"] = std::move(matched);
    return out;
}

json::object result_to_json(const app::ExtractionResult& result) {
    const auto& extraction = result.extraction;
    json::object out;
    out["published"] =
        extraction.published.empty() ? json::value(nullptr) : json::value(extraction.published);
    if (!result.source_url.empty()) out["source_url"] = result.source_url;
    out["mission"] = result.mission.empty() ? json::value(nullptr) : json::value(result.mission);
    out["sentences"] = extraction.sentences;
    json::array candidates;
    json::array persons;
    // The output contract lists the seven fact kinds under "candidates"; candidate persons go apart.
    for (std::size_t i = 0; i < extraction.candidates.size(); ++i)
        (extraction.candidates[i].kind == domain::kinds::persons ? persons : candidates)
            .push_back(candidate_to_json(extraction, extraction.candidates[i], result.matches[i]));
    out["candidates"] = std::move(candidates);
    out["new_persons"] = std::move(persons);
    return out;
}

// One line per candidate: what, the main fields, how it meets the store, and the words it came from.
std::string summary_of(const extract::Candidate& candidate) {
    std::string out;
    for (const auto& [name, value] : candidate.fields) {
        if (name == "mission" || name == "summary" || name == "quote" || name == "participants") continue;
        auto text = json::serialize(store::field_to_json(value));
        if (text.size() > 2 && text.front() == '"') text = text.substr(1, text.size() - 2);
        out += (out.empty() ? "" : " ") + name + "=" + text;
    }
    return out;
}

}  // namespace

void add_extract_command(CLI::App& app, CliContext& context) {
    auto* command = add_command(app, "extract", "Read candidate records from a news article (text or HTML)");
    static ExtractOptions options;
    command->add_option("FILE", options.file, "The article: a file, or - for stdin")->required();
    command->add_option("--published", options.published, "Publication date, YYYY-MM-DD");
    command->add_option("--source-url", options.source_url, "Where the article was published");
    command->add_option("--mission", options.mission,
                        "Mission key (default: the one the store or text names)");
    command->add_flag("--accept", options.accept,
                      "Write the new candidates at once (a trusted feed), citing a new source record");
    command->add_option("--outlet", options.outlet, "With --accept: who published the article");
    command->add_option("--title", options.title, "With --accept: the article's title");
    command->callback([&context] {
        auto text = read_input(options.file);
        if (!text) return context.fail(text.error());
        auto store = context.open_store();
        if (!store) return context.fail(store.error());
        app::ExtractionQuery query;
        query.text = std::move(*text);
        if (!options.published.empty()) query.published = options.published;
        query.source_url = options.source_url;
        query.mission = options.mission;
        auto result = app::run_extraction(**store, query);
        if (!result) return context.fail(result.error());
        if (options.accept) {
            app::Citation citation{options.outlet, options.title, options.source_url, options.published};
            auto accepted = app::accept_new_candidates(**store, *result, citation,
                                                       store::Actor{CliContext::actor_name()});
            if (!accepted) return context.fail(accepted.error());
            if (context.json) {
                json::array incomplete;
                for (const auto& item : accepted->incomplete) incomplete.emplace_back(item);
                return CliContext::print_json(json::object{{"source", accepted->source_key},
                                                           {"created", accepted->created},
                                                           {"already_recorded", accepted->already_recorded},
                                                           {"incomplete", std::move(incomplete)}});
            }
            std::cout << "accepted: " << accepted->created << " records created citing "
                      << accepted->source_key << ", " << accepted->already_recorded << " already recorded\n";
            for (const auto& item : accepted->incomplete)
                std::cout << "not written (incomplete): " << item << '\n';
            return;
        }
        if (context.json) return CliContext::print_json(result_to_json(*result));
        const auto& extraction = result->extraction;
        std::cout << extraction.candidates.size() << " candidates from " << extraction.sentences
                  << " sentences (published "
                  << (extraction.published.empty() ? "unknown" : extraction.published) << ")\n\n";
        Table table({"#", "kind", "fields", "match", "rule", "conf", "evidence"});
        for (std::size_t i = 0; i < extraction.candidates.size(); ++i) {
            const auto& candidate = extraction.candidates[i];
            const auto& match = result->matches[i];
            auto evidence = extraction.text.substr(candidate.evidence.start, candidate.evidence.size());
            if (evidence.size() > 60) evidence = evidence.substr(0, 57) + "...";
            char confidence[8];
            std::snprintf(confidence, sizeof confidence, "%.2f", candidate.confidence);
            table.add_row({std::to_string(i + 1), candidate.kind, summary_of(candidate),
                           match.status + (match.key.empty() ? "" : " " + match.key), candidate.rule,
                           confidence, evidence});
        }
        table.print(std::cout);
    });
}

}  // namespace mssops::cli
