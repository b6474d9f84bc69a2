#include "cli/review_command.hpp"

#include <boost/json/array.hpp>
#include <boost/json/serialize.hpp>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/extraction_review.hpp"
#include "cli/table.hpp"
#include "store/record_json.hpp"

namespace mssops::cli {
namespace {

namespace json = boost::json;

struct ReviewOptions {
    std::int64_t id = 0;
    std::int64_t n = 0;
    std::string record_file;   // accept --record: the edited record as a JSON object.
    std::string as_user;       // --as: decide with that user's roles (a liaison's country).
    std::string file;          // submit: the article, or - for stdin.
    std::int64_t limit = 100;  // list: a page of this many.
    std::int64_t offset = 0;   // list: after skipping this many.
    app::ReviewSubmission submission;
};

domain::Result<std::string> read_article(const std::string& file) {
    std::stringstream text;
    if (file == "-") {
        text << std::cin.rdbuf();
        return text.str();
    }
    std::ifstream in(file);
    if (!in) return domain::Error::invalid("FILE", "cannot read '" + file + "'");
    text << in.rdbuf();
    return text.str();
}

// Who decides: the named user with its roles, or else the operator at the console, who can open the
// database file and so is an admin.
domain::Result<domain::Principal> principal_of(store::Store& store, const std::string& as_user) {
    if (as_user.empty()) return domain::Principal{CliContext::actor_name(), {domain::Role::admin}, {}, ""};
    auto user = store.accounts().find_user(as_user);
    if (!user) return domain::Error::not_found("--as", "no user named '" + as_user + "'");
    if (user->disabled) return domain::Error::forbidden("user '" + as_user + "' is disabled");
    return domain::Principal{user->name, user->roles, user->domains, user->country};
}

domain::Result<domain::Fields> read_record(const std::string& file) {
    std::ifstream in(file);
    if (!in) return domain::Error::invalid("--record", "cannot read '" + file + "'");
    std::stringstream text;
    text << in.rdbuf();
    auto object = store::parse_object(text.str(), "--record");
    if (!object) return object.error();
    return store::fields_from_json(*object);
}

std::string excerpt(const store::StoredExtraction& extraction, const store::StoredCandidate& candidate) {
    const auto start = static_cast<std::size_t>(candidate.span_start);
    const auto end = static_cast<std::size_t>(candidate.span_end);
    if (start > end || end > extraction.text.size()) return "";
    std::string text = extraction.text.substr(start, end - start);
    return text.size() > 60 ? text.substr(0, 57) + "..." : text;
}

void print_extraction(CliContext& context, const store::StoredExtraction& extraction) {
    if (context.json) return CliContext::print_json(store::extraction_to_json(extraction, true));
    std::cout << "extraction " << extraction.id << ": " << extraction.title << " (" << extraction.outlet
              << (extraction.published.empty() ? "" : ", " + extraction.published) << "), "
              << extraction.state
              << (extraction.source_key.empty() ? "" : ", source " + extraction.source_key) << '\n';
    Table table({"n", "kind", "state", "match", "rule", "text"});
    for (const auto& candidate : extraction.candidates) {
        std::string match =
            candidate.match_status + (candidate.match_key.empty() ? "" : " " + candidate.match_key);
        std::string state =
            candidate.state + (candidate.record_key.empty() ? "" : " " + candidate.record_key);
        table.add_row({std::to_string(candidate.index), candidate.kind, state, match, candidate.rule,
                       excerpt(extraction, candidate)});
    }
    table.print(std::cout);
}

void list(CliContext& context, const ReviewOptions& options) {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto listed = app::list_extractions(**store, options.limit, options.offset);
    if (!listed) {
        domain::Error error = listed.error();
        error.field = "--" + error.field;
        return context.fail(error);
    }
    if (context.json) return CliContext::print_json(store::extraction_page_to_json(*listed));
    Table table({"id", "state", "published", "outlet", "title", "created by"});
    for (const auto& e : listed->items)
        table.add_row({std::to_string(e.id), e.state, e.published, e.outlet, e.title, e.created_by});
    table.print(std::cout);
    const auto next = listed->offset + static_cast<std::int64_t>(listed->items.size());
    if (next < listed->total)
        std::cout << "(" << listed->items.size() << " of " << listed->total << "; next page: --offset "
                  << next << ")\n";
}

void show(CliContext& context, const ReviewOptions& options) {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto extraction = app::show_extraction(**store, options.id);
    if (!extraction) return context.fail(extraction.error());
    print_extraction(context, *extraction);
}

void submit(CliContext& context, ReviewOptions& options) {
    auto text = read_article(options.file);
    if (!text) return context.fail(text.error());
    options.submission.text = std::move(*text);
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto principal = principal_of(**store, options.as_user);
    if (!principal) return context.fail(principal.error());
    auto stored = app::submit_extraction(**store, options.submission, *principal,
                                         store::Actor{CliContext::actor_name()});
    if (!stored) return context.fail(stored.error());
    print_extraction(context, *stored);
}

void decide(CliContext& context, const ReviewOptions& options, bool accept) {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto principal = principal_of(**store, options.as_user);
    if (!principal) return context.fail(principal.error());
    const store::Actor who{CliContext::actor_name()};
    domain::Result<store::StoredExtraction> decided = domain::Error::internal("no decision");
    if (accept) {
        std::optional<domain::Fields> edited;
        if (!options.record_file.empty()) {
            auto record = read_record(options.record_file);
            if (!record) return context.fail(record.error());
            edited = std::move(*record);
        }
        decided = app::accept_candidate(**store, options.id, options.n, edited, *principal, who);
    } else {
        decided = app::reject_candidate(**store, options.id, options.n, *principal, who);
    }
    if (!decided) return context.fail(decided.error());
    if (context.json) return print_extraction(context, *decided);
    for (const auto& candidate : decided->candidates)
        if (candidate.index == options.n)
            std::cout << "candidate " << candidate.index << " " << candidate.state
                      << (candidate.record_key.empty() ? ""
                                                       : ": " + candidate.kind + " " + candidate.record_key)
                      << '\n';
}

}  // namespace

void add_review_command(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<ReviewOptions>();
    auto* review = add_command(app, "review", "Review extracted candidates: list, show, accept, reject");
    review->require_subcommand(1);

    auto* submit_command =
        review->add_subcommand("submit", "Extract an article and store its candidates for review");
    submit_command->add_option("FILE", options->file, "The article: a file, or - for stdin")->required();
    submit_command->add_option("--outlet", options->submission.outlet, "Who published it")->required();
    submit_command->add_option("--title", options->submission.title, "The article's title")->required();
    submit_command->add_option("--url", options->submission.url, "Where it was published");
    submit_command->add_option("--published", options->submission.published, "Publication date, YYYY-MM-DD");
    submit_command->add_option("--mission", options->submission.mission, "Mission key");
    submit_command->add_option("--as", options->as_user, "Submit with this user's roles (default: admin)");
    submit_command->callback([&context, options] { submit(context, *options); });

    auto* list_command = review->add_subcommand("list", "Extractions awaiting or past review, newest first");
    list_command->add_option("--limit", options->limit, "Extractions per page, 1 to 1000 (default 100)");
    list_command->add_option("--offset", options->offset, "Extractions to skip (default 0)");
    list_command->callback([&context, options] { list(context, *options); });
    auto* show_command = review->add_subcommand("show", "An extraction's candidates and their states");
    show_command->add_option("ID", options->id, "Extraction id")->required();
    show_command->callback([&context, options] { show(context, *options); });

    auto* accept = review->add_subcommand(
        "accept", "Accept candidate N: its record is written citing the article, with the audit trail");
    accept->add_option("ID", options->id, "Extraction id")->required();
    accept->add_option("N", options->n, "Candidate number")->required();
    accept->add_option("--record", options->record_file, "The edited record: a file holding a JSON object");
    accept->add_option("--as", options->as_user, "Decide with this user's roles (default: admin)");
    accept->callback([&context, options] { decide(context, *options, true); });

    auto* reject = review->add_subcommand("reject", "Reject candidate N: nothing is written but its state");
    reject->add_option("ID", options->id, "Extraction id")->required();
    reject->add_option("N", options->n, "Candidate number")->required();
    reject->add_option("--as", options->as_user, "Decide with this user's roles (default: admin)");
    reject->callback([&context, options] { decide(context, *options, false); });
}

}  // namespace mssops::cli
