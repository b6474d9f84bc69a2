#include "cli/user_command.hpp"

#include <algorithm>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/account_json.hpp"
#include "app/account_manager.hpp"
#include "app/secret_token.hpp"
#include "domain/access_policy.hpp"

namespace mssops::cli {

namespace {

// What the user subcommands read from the command line; CLI11 writes into it while parsing.
struct UserOptions {
    std::string name;
    std::vector<std::string> roles;
    std::vector<std::string> domains;
    std::string country;
    bool password_stdin = false;
    bool keep_tokens = false;
    std::string label;
};

// One line from standard input, without its line ending: a password piped in never shows on screen
// or in the shell's history.
domain::Result<std::string> password_from_stdin() {
    std::string line;
    if (!std::getline(std::cin, line))
        return domain::Error::invalid("password", "expected a line on standard input");
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.pop_back();
    return line;
}

// The account checks name body members; on the command line they are options.
domain::Error as_option_error(domain::Error error) {
    if (error.field == "roles")
        error.field = "--role";
    else if (error.field == "domains")
        error.field = "--domain";
    else if (error.field == "country")
        error.field = "--country";
    else if (error.field == "label")
        error.field = "--label";
    return error;
}

template <class Item, class Parse>
domain::Result<std::vector<Item>> parse_names(const std::vector<std::string>& texts, const char* option,
                                              Parse parse) {
    std::vector<Item> items;
    for (const auto& text : texts) {
        auto item = parse(text, option);
        if (!item) return item.error();
        items.push_back(*item);
    }
    return items;
}

void add_user(CliContext& context, const UserOptions& options) {
    auto roles = parse_names<domain::Role>(options.roles, "--role", domain::parse_role);
    if (!roles) return context.fail(roles.error());
    auto domains = parse_names<domain::EditDomain>(options.domains, "--domain", domain::parse_edit_domain);
    if (!domains) return context.fail(domains.error());
    app::auth::NewAccount account{options.name, {}, *roles, *domains, options.country};
    const bool generated = !options.password_stdin;
    if (generated) {
        account.password = app::auth::new_secret_token();
    } else {
        auto password = password_from_stdin();
        if (!password) return context.fail(password.error());
        account.password = std::move(password).value();
    }
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    app::auth::AccountManager manager((*store)->accounts(), app::auth::PasswordCost::standard());
    auto user = manager.add_user(account, store::Actor{CliContext::actor_name()});
    if (!user) return context.fail(as_option_error(user.error()));
    if (context.json) {
        auto shown = app::auth::user_to_json(*user);
        if (generated) shown["password"] = account.password;
        return CliContext::print_json(shown);
    }
    std::cout << "user " << user->name << " created\n";
    if (generated) std::cout << "password (shown once, store it now): " << account.password << '\n';
}

void change_password(CliContext& context, const UserOptions& options) {
    app::auth::AccountChange change;
    change.tokens_on_password_change = options.keep_tokens ? store::KeepTokens::yes : store::KeepTokens::no;
    const bool generated = !options.password_stdin;
    if (generated) {
        change.password = app::auth::new_secret_token();
    } else {
        auto password = password_from_stdin();
        if (!password) return context.fail(password.error());
        change.password = std::move(password).value();
    }
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    app::auth::AccountManager manager((*store)->accounts(), app::auth::PasswordCost::standard());
    // Counted before the change, to say how many the change revoked.
    auto tokens = (*store)->accounts().list_tokens(options.name);
    if (!tokens) return context.fail(tokens.error());
    const auto live =
        std::count_if(tokens->begin(), tokens->end(), [](const auto& token) { return !token.revoked; });
    auto user = manager.change_user(options.name, change, store::Actor{CliContext::actor_name()});
    if (!user) return context.fail(user.error());
    const std::int64_t revoked = options.keep_tokens ? 0 : live;
    if (context.json) {
        boost::json::object shown{
            {"name", user->name}, {"sessions_ended", true}, {"tokens_revoked", revoked}};
        if (generated) shown["password"] = *change.password;
        return CliContext::print_json(shown);
    }
    std::cout << "password of " << user->name << " changed; its sessions have ended";
    const char* tokens_word = live == 1 ? " API token" : " API tokens";
    if (options.keep_tokens)
        std::cout << "; its " << live << tokens_word << " kept\n";
    else
        std::cout << "; its " << live << tokens_word << " revoked\n";
    if (generated) std::cout << "password (shown once, store it now): " << *change.password << '\n';
}

void issue_token(CliContext& context, const UserOptions& options) {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    app::auth::AccountManager manager((*store)->accounts(), app::auth::PasswordCost::standard());
    auto issued = manager.issue_token(options.name, options.label, store::Actor{CliContext::actor_name()});
    if (!issued) return context.fail(as_option_error(issued.error()));
    if (context.json) {
        auto shown = app::auth::token_to_json(issued->token);
        shown["token"] = issued->secret;
        return CliContext::print_json(shown);
    }
    std::cout << "token " << issued->token.id << " (" << issued->token.label << ") for " << issued->token.user
              << " (shown once, store it now):\n"
              << issued->secret << '\n';
}

void list_users(CliContext& context) {
    auto store = context.open_store();
    if (!store) return context.fail(store.error());
    auto users = (*store)->accounts().list_users();
    if (!users) return context.fail(users.error());
    if (context.json) {
        boost::json::array items;
        for (const auto& user : *users) items.push_back(app::auth::user_to_json(user));
        return CliContext::print_json(items);
    }
    for (const auto& user : *users) {
        std::cout << user.name;
        for (auto role : user.roles) std::cout << ' ' << domain::to_text(role);
        for (auto edit_domain : user.domains) std::cout << " domain:" << domain::to_text(edit_domain);
        if (!user.country.empty()) std::cout << " country:" << user.country;
        if (user.disabled) std::cout << " (disabled)";
        std::cout << '\n';
    }
}

}  // namespace

void add_user_command(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<UserOptions>();
    auto* user = add_command(app, "user", "Manage user accounts, passwords and API tokens");
    user->require_subcommand(1);

    auto* add = user->add_subcommand(
        "add", "Create a user; without --password-stdin a strong password is generated and printed once");
    add->add_option("name", options->name, "User name: a-z, 0-9, '.', '_', '-'")->required();
    add->add_option("--role", options->roles, "admin, editor, liaison or viewer (repeat for several)")
        ->required();
    add->add_option("--domain", options->domains,
                    "For editors: force, funding, incidents or council (repeatable)");
    add->add_option("--country", options->country,
                    "For liaisons: the ISO 3166-1 alpha-3 code of their country");
    add->add_flag("--password-stdin", options->password_stdin,
                  "Read the password from one line of standard input");
    add->callback([&context, options] { add_user(context, *options); });

    auto* passwd = user->add_subcommand(
        "passwd", "Set a user's password, end its sessions and revoke its API tokens (see --keep-tokens)");
    passwd->add_option("name", options->name, "User name")->required();
    passwd->add_flag(
        "--password-stdin", options->password_stdin,
        "Read the password from one line of standard input (else one is generated and printed once)");
    passwd->add_flag("--keep-tokens", options->keep_tokens,
                     "Leave the user's API tokens working (by default a new password revokes them)");
    passwd->callback([&context, options] { change_password(context, *options); });

    auto* token = user->add_subcommand("token", "Create an API token for scripts; it is printed once");
    token->add_option("name", options->name, "User name")->required();
    token->add_option("--label", options->label, "What the token is for: \"nightly import\"")->required();
    token->callback([&context, options] { issue_token(context, *options); });

    auto* list = user->add_subcommand("list", "List user accounts");
    list->callback([&context] { list_users(context); });
}

}  // namespace mssops::cli
