// Decisions about a new set of content (knowledge base, forms, rules) that
// arrived while the panel may be showing the old one: whether the set
// replaces it, and where the shopper stays. Pure: no I/O, no ImGui.
#pragma once
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "app/app_state.h"

namespace hw {

enum class ContentPart { Kb, Forms, Rules };
inline constexpr std::array<ContentPart, 3> kContentParts = {ContentPart::Kb, ContentPart::Forms, ContentPart::Rules};

// What a round of fetching brought for one part.
enum class PartOutcome {
  NotInSet,   // this set has no such part (no URL for it)
  Unchanged,  // 304, the same bytes, or the same immutable (hashed) file
  Fresh,      // new bytes that loaded and validated
  Failed,     // network, HTTP, or content that does not load
};

struct PartState {
  PartOutcome outcome = PartOutcome::NotInSet;
  bool held = false;  // the panel has a good value for this part now
};

// The file name part of a URL, for messages ("kb.en.json", not the full URL).
std::string fileNameOfUrl(std::string_view url);

// A new set replaces the shown one only as a whole: every part the panel
// holds must have come back unchanged or valid. A part it never had may fail
// without holding the others back (it was missing before and stays missing),
// so a broken rules file cannot freeze the knowledge base forever.
bool setReplacesShown(const std::array<PartState, 3>& parts);

// Where the shopper is after `next` replaced the knowledge base: a view whose
// article, topic or intent still exists stays; a vanished one goes home.
// Searches, forms, receipts and requests do not depend on the articles.
Route routeAfterSwap(const Route& current, const KnowledgeBase& next);

// The history to go back along, without the places that vanished.
std::vector<Route> historyAfterSwap(const std::vector<Route>& history, const KnowledgeBase& next);

}  // namespace hw
