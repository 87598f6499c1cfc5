// The panel's own words in each supported locale, with named placeholders
// ("{count} results"). The words live in assets/strings/<locale>.json
// (embedded at build time); this struct gives the views named fields so
// they need no lookups by key. Pure C++: no ImGui, no Emscripten.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hw {

struct UiStrings {
  std::string panelTitle;
  std::string searchHint;
  std::string popularHeading;
  std::string topicsHeading;
  std::string resultsCount;    // {count} {query}
  std::string noResults;       // {query}
  std::string noResultsHint;
  std::string loading;
  std::string loadFailed;
  std::string retry;
  std::string back;
  std::string close;
  std::string articlesInCategory;  // {count}
  std::string openInNewTab;
  std::string recentHeading;
  std::string clearRecent;
  std::string intentsPrompt;
  std::string didYouMean;      // {query}
  std::string notSure;
  std::string contactSupport;
  std::string suggestions;
  std::string greeting;           // {name}
  std::string greetingAnonymous;
  std::string forYouHeading;
  std::string somethingElse;
  std::string yourOrder;          // {order_id}: the accessible name of a card
  std::string formsHeading;
  std::string myRequests;
  std::string youWillNeed;
  std::string startForm;
  std::string next;
  std::string previous;
  std::string reviewTitle;
  std::string submit;
  std::string edit;
  std::string solvedQuestion;
  std::string solvedYes;
  std::string solvedNo;
  std::string resolvedTitle;
  std::string resolvedText;
  std::string backToHelp;
  std::string stepOf;
  std::string receiptTitle;
  std::string receiptQueued;
  std::string receiptSent;
  std::string referenceLabel;
  std::string stateQueued;
  std::string stateSending;
  std::string stateDelivered;
  std::string stateRejected;
  std::string addFiles;
  std::string removeFile;
  std::string noRequests;
  std::string requestsFull;
  std::string requestInvalid;
  std::string fixErrors;
  std::string requiredMark;
  std::string wasHelpful;
  std::string helpfulYes;
  std::string helpfulNo;
  std::string whyNotHelpful;
  std::string reasonOutdated;
  std::string reasonUnclear;
  std::string reasonNotMine;
  std::string reasonOther;
  std::string thanksFeedback;
};

namespace i18n { class StringCatalog; }

// Strings for a BCP 47 tag, matched as i18n::matchLocale does ("es-MX"
// gets es, "zh-TW" Simplified Chinese, anything unknown English). Built
// once per locale and kept: views read them every frame.
const UiStrings& uiStringsFor(std::string_view locale);

// The fields filled from `catalog` for `locale`; a key the locale lacks
// takes the English text and is added to `missing` (when given).
UiStrings makeUiStrings(const i18n::StringCatalog& catalog, std::string_view locale,
                        std::vector<std::string>* missing = nullptr);

// The key of each field, in the order of the struct ("panel.title", ...).
std::vector<std::string> uiStringKeys();

// Replaces each {name} with its value; unknown placeholders stay visible so
// a missing value is noticed rather than hidden.
std::string formatString(std::string_view pattern,
                         const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace hw
