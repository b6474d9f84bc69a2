#include "domain/access_policy.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "domain/kind_catalog.hpp"

namespace mssops::domain {

namespace {

bool is_shared_kind(std::string_view kind) {
    const KindSpec* spec = find_kind(kind);
    return spec != nullptr && spec->sharing == EditSharing::every_editor;
}

bool is_liaison_kind(std::string_view kind) {
    const KindSpec* spec = find_kind(kind);
    return spec != nullptr && spec->liaison_scope == LiaisonScope::own_country;
}

// The kinds a liaison may write, as a refusal lists them: "deployment_events and strength_reports".
std::string liaison_kind_list() {
    std::vector<std::string> names;
    for (const auto& spec : all_kinds())
        if (spec.liaison_scope == LiaisonScope::own_country) names.push_back(spec.name);
    std::string list;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) list += i + 1 == names.size() ? " and " : ", ";
        list += names[i];
    }
    return list;
}

bool edits_domain(const Principal& principal, EditDomain domain) {
    return std::find(principal.domains.begin(), principal.domains.end(), domain) != principal.domains.end();
}

std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

std::string domain_list(const Principal& principal) {
    if (principal.domains.empty()) return "no domain";
    std::string list;
    for (EditDomain domain : principal.domains) {
        if (!list.empty()) list += ", ";
        list += to_text(domain);
    }
    return list;
}

// Why an editor may not write the kind, or "" when it may.
std::string editor_refusal(const Principal& principal, std::string_view kind) {
    if (is_shared_kind(kind)) return {};
    const auto domain = edit_domain_of(kind);
    if (!domain) return "no edit domain covers records of kind " + quoted(kind);
    if (edits_domain(principal, *domain)) return {};
    return "user " + quoted(principal.name) + " edits " + domain_list(principal) + ", and " +
           std::string(kind) + " belong to " + to_text(*domain);
}

// Why a liaison may not write the record, or "" when it may.
std::string liaison_refusal(const Principal& principal, std::string_view kind, const Fields& fields) {
    const std::string who = "user " + quoted(principal.name) + " is the liaison of " +
                            (principal.country.empty() ? std::string("no country") : principal.country);
    if (!is_liaison_kind(kind))
        return who + " and may write only " + liaison_kind_list() + ", not " + std::string(kind);
    const KindSpec* spec = find_kind(kind);
    const std::string* country = text_of(fields, spec->country_field);
    if (principal.country.empty() || !country || *country != principal.country)
        return who + " and may not write " + std::string(kind) + " of country " +
               (country ? quoted(*country) : std::string("(none)"));
    return {};
}

}  // namespace

std::optional<EditDomain> edit_domain_of(std::string_view kind) {
    const KindSpec* spec = find_kind(kind);
    if (spec == nullptr) return std::nullopt;
    return spec->edit_domain;
}

const char* to_text(EditDomain domain) {
    switch (domain) {
        case EditDomain::force:
            return "force";
        case EditDomain::funding:
            return "funding";
        case EditDomain::incidents:
            return "incidents";
        case EditDomain::council:
            return "council";
    }
    return "unknown";
}

const char* to_text(Role role) {
    switch (role) {
        case Role::admin:
            return "admin";
        case Role::editor:
            return "editor";
        case Role::liaison:
            return "liaison";
        case Role::viewer:
            return "viewer";
    }
    return "unknown";
}

Result<EditDomain> parse_edit_domain(std::string_view text, std::string_view field) {
    for (EditDomain domain :
         {EditDomain::force, EditDomain::funding, EditDomain::incidents, EditDomain::council})
        if (text == to_text(domain)) return domain;
    return Error::invalid(std::string(field),
                          "expected one of force, funding, incidents, council, got " + quoted(text));
}

Result<Role> parse_role(std::string_view text, std::string_view field) {
    for (Role role : {Role::admin, Role::editor, Role::liaison, Role::viewer})
        if (text == to_text(role)) return role;
    return Error::invalid(std::string(field),
                          "expected one of admin, editor, liaison, viewer, got " + quoted(text));
}

bool has_role(const Principal& principal, Role role) {
    return std::find(principal.roles.begin(), principal.roles.end(), role) != principal.roles.end();
}

Result<void> authorize_read(const Principal& principal, AnonymousReads anonymous_reads) {
    if (principal.authenticated() || anonymous_reads == AnonymousReads::allowed) return {};
    return Error::unauthorized("sign in to read: this server does not allow anonymous reads");
}

Result<void> authorize_access(const Principal& principal, AccessLevel level, EditDomain domain,
                              AnonymousReads anonymous_reads) {
    switch (level) {
        case AccessLevel::anyone:
            return {};
        case AccessLevel::reader:
            return authorize_read(principal, anonymous_reads);
        case AccessLevel::editor:
            if (!principal.authenticated()) return Error::unauthorized("sign in to make changes");
            if (has_role(principal, Role::admin)) return {};
            if (has_role(principal, Role::editor) && edits_domain(principal, domain)) return {};
            if (has_role(principal, Role::liaison) && domain == EditDomain::force) return {};
            return Error::forbidden("user " + quoted(principal.name) + " may not edit the " +
                                    to_text(domain) + " domain");
        case AccessLevel::admin:
            if (!principal.authenticated()) return Error::unauthorized("sign in as an admin");
            if (has_role(principal, Role::admin)) return {};
            return Error::forbidden("user " + quoted(principal.name) + " is not an admin");
    }
    return Error::forbidden("unknown access level");
}

Result<void> authorize_write(const Principal& principal, std::string_view kind, const Fields& fields) {
    if (!principal.authenticated()) return Error::unauthorized("sign in to make changes");
    if (has_role(principal, Role::admin)) return {};
    std::string refusal;
    if (has_role(principal, Role::editor)) {
        refusal = editor_refusal(principal, kind);
        if (refusal.empty()) return {};
    }
    if (has_role(principal, Role::liaison)) {
        const std::string liaison = liaison_refusal(principal, kind, fields);
        if (liaison.empty()) return {};
        // An editor-and-liaison is told the editor's reason unless the kind is a liaison's.
        if (refusal.empty() || is_liaison_kind(kind)) refusal = liaison;
    }
    if (refusal.empty())
        refusal =
            "user " + quoted(principal.name) + " may only read: it holds no admin, editor or liaison role";
    return Error::forbidden(refusal);
}

Result<void> authorize_update(const Principal& principal, std::string_view kind, const Fields& before,
                              const Fields& changes) {
    if (auto current = authorize_write(principal, kind, before); !current) return current;
    Fields after = before;
    for (const auto& [name, value] : changes) {
        if (std::holds_alternative<std::monostate>(value))
            after.erase(name);
        else
            after.insert_or_assign(name, value);
    }
    return authorize_write(principal, kind, after);
}

}  // namespace mssops::domain
