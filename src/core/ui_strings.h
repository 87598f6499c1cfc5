// The panel's own words in each supported locale, with named placeholders
// ("{count} results"). Pure C++: no ImGui, no Emscripten.
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

// Strings for a BCP 47 tag; "zh", "zh-CN", "zh-Hans" get Simplified
// Chinese, anything unknown gets English.
const UiStrings& uiStringsFor(std::string_view locale);

// Replaces each {name} with its value; unknown placeholders stay visible so
// a missing value is noticed rather than hidden.
std::string formatString(std::string_view pattern,
                         const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace hw
