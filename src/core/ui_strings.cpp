// Localized panel strings, filled from the embedded string files. Pure C++:
// no ImGui, no Emscripten.
#include "core/ui_strings.h"

#include <map>

#include "core/i18n/string_catalog.h"
#include "core/i18n/string_table.h"

namespace hw {

namespace {

struct Binding {
  const char* key;
  std::string UiStrings::*field;
};

// Field and key side by side: a new field is one line here and one key in
// assets/strings/en.json (a test checks every key exists there).
constexpr Binding kBindings[] = {
    {"panel.title", &UiStrings::panelTitle},
    {"search.hint", &UiStrings::searchHint},
    {"home.popular", &UiStrings::popularHeading},
    {"home.topics", &UiStrings::topicsHeading},
    {"search.results_count", &UiStrings::resultsCount},
    {"search.no_results", &UiStrings::noResults},
    {"search.no_results_hint", &UiStrings::noResultsHint},
    {"panel.loading", &UiStrings::loading},
    {"panel.load_failed", &UiStrings::loadFailed},
    {"panel.retry", &UiStrings::retry},
    {"panel.back", &UiStrings::back},
    {"panel.close", &UiStrings::close},
    {"home.articles_in_category", &UiStrings::articlesInCategory},
    {"panel.open_in_new_tab", &UiStrings::openInNewTab},
    {"search.recent", &UiStrings::recentHeading},
    {"search.clear_recent", &UiStrings::clearRecent},
    {"search.intents_prompt", &UiStrings::intentsPrompt},
    {"search.did_you_mean", &UiStrings::didYouMean},
    {"search.not_sure", &UiStrings::notSure},
    {"search.contact", &UiStrings::contactSupport},
    {"search.suggestions", &UiStrings::suggestions},
    {"home.greeting", &UiStrings::greeting},
    {"home.greeting_anonymous", &UiStrings::greetingAnonymous},
    {"home.for_you", &UiStrings::forYouHeading},
    {"home.something_else", &UiStrings::somethingElse},
    {"home.your_order", &UiStrings::yourOrder},
    {"home.forms", &UiStrings::formsHeading},
    {"home.my_requests", &UiStrings::myRequests},
    {"form.you_will_need", &UiStrings::youWillNeed},
    {"form.start", &UiStrings::startForm},
    {"form.next", &UiStrings::next},
    {"form.previous", &UiStrings::previous},
    {"form.review_title", &UiStrings::reviewTitle},
    {"form.submit", &UiStrings::submit},
    {"form.edit", &UiStrings::edit},
    {"form.solved_question", &UiStrings::solvedQuestion},
    {"form.solved_yes", &UiStrings::solvedYes},
    {"form.solved_no", &UiStrings::solvedNo},
    {"form.resolved_title", &UiStrings::resolvedTitle},
    {"form.resolved_text", &UiStrings::resolvedText},
    {"form.back_to_help", &UiStrings::backToHelp},
    {"form.step_of", &UiStrings::stepOf},
    {"receipt.title", &UiStrings::receiptTitle},
    {"receipt.queued", &UiStrings::receiptQueued},
    {"receipt.sent", &UiStrings::receiptSent},
    {"receipt.reference", &UiStrings::referenceLabel},
    {"receipt.state_queued", &UiStrings::stateQueued},
    {"receipt.state_sending", &UiStrings::stateSending},
    {"receipt.state_delivered", &UiStrings::stateDelivered},
    {"receipt.state_rejected", &UiStrings::stateRejected},
    {"form.add_files", &UiStrings::addFiles},
    {"form.remove_file", &UiStrings::removeFile},
    {"receipt.none", &UiStrings::noRequests},
    {"receipt.full", &UiStrings::requestsFull},
    {"receipt.invalid", &UiStrings::requestInvalid},
    {"form.fix_errors", &UiStrings::fixErrors},
    {"form.required", &UiStrings::requiredMark},
    {"article.was_helpful", &UiStrings::wasHelpful},
    {"article.yes", &UiStrings::helpfulYes},
    {"article.no", &UiStrings::helpfulNo},
    {"article.why_not", &UiStrings::whyNotHelpful},
    {"article.reason_outdated", &UiStrings::reasonOutdated},
    {"article.reason_unclear", &UiStrings::reasonUnclear},
    {"article.reason_not_mine", &UiStrings::reasonNotMine},
    {"article.reason_other", &UiStrings::reasonOther},
    {"article.thanks", &UiStrings::thanksFeedback},
};

}  // namespace

UiStrings makeUiStrings(const i18n::StringCatalog& catalog, std::string_view locale,
                        std::vector<std::string>* missing) {
  const i18n::StringTable* own = catalog.table(catalog.resolve(locale));
  UiStrings strings;
  for (const Binding& binding : kBindings) {
    const std::string* text = own ? own->find(binding.key) : nullptr;
    if (!text) {
      text = catalog.english().find(binding.key);
      if (missing && own && own->locale != "en") missing->push_back(binding.key);
    }
    strings.*binding.field = text ? *text : std::string(binding.key);
  }
  return strings;
}

std::vector<std::string> uiStringKeys() {
  std::vector<std::string> keys;
  for (const Binding& binding : kBindings) keys.push_back(binding.key);
  return keys;
}

const UiStrings& uiStringsFor(std::string_view locale) {
  // One UiStrings per locale for the life of the program: the panel keeps a
  // pointer to it. Missing keys are reported by the app, once (missingKeys).
  static std::map<std::string, UiStrings, std::less<>> built;
  const i18n::StringCatalog& catalog = i18n::builtinStrings();
  const std::string resolved = catalog.resolve(locale);
  auto found = built.find(resolved);
  if (found == built.end()) found = built.emplace(resolved, makeUiStrings(catalog, resolved)).first;
  return found->second;
}

std::string formatString(std::string_view pattern,
                         const std::vector<std::pair<std::string, std::string>>& values) {
  std::string out;
  std::size_t pos = 0;
  while (const auto found = i18n::findPlaceholder(pattern, pos)) {
    out.append(pattern.substr(pos, found->open - pos));
    const std::string_view name = pattern.substr(found->open + 1, found->close - found->open - 1);
    bool replaced = false;
    for (const auto& [key, value] : values) {
      if (key == name) {
        out += value;
        replaced = true;
        break;
      }
    }
    if (!replaced) out.append(pattern.substr(found->open, found->close - found->open + 1));
    pos = found->close + 1;
  }
  out.append(pattern.substr(pos));
  return out;
}

}  // namespace hw
