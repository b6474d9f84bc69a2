#pragma once

#include <vector>

#include "extract/candidate.hpp"
#include "extract/sentence_view.hpp"

namespace mssops::extract {

/// Each rule reads one family of facts from a sentence and appends candidates; they run in this
/// order, so later ones see what earlier ones left in the discourse.
void read_engagements(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out);
void read_deployments(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out);
void read_strength(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out);
void read_stances(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out);
void read_council_votes(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out);
void read_money(const SentenceView& view, Discourse& discourse, std::vector<Candidate>& out);

/// Traps: figures that are not the mission's (deaths, displaced people, shares of territory,
/// exchange rates) must yield no record.
bool is_off_mission_figure(const SentenceView& view, const Quantity& quantity);
/// A sentence about a vote or event still to come, or a hypothetical one ("will vote on Monday",
/// "if the Council agrees", "could be sent").
bool is_future_or_hypothetical(const SentenceView& view);

}  // namespace mssops::extract
