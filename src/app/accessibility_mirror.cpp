// Accessibility mirror description. No ImGui, no Emscripten.
#include "app/accessibility_mirror.h"

#include <nlohmann/json.hpp>

#include "core/markdown.h"

namespace hw {

using nlohmann::json;

namespace {

const char* viewName(View view) {
  switch (view) {
    case View::Home: return "home";
    case View::Category: return "category";
    case View::SearchResults: return "search";
    case View::Article: return "article";
    case View::Intent: return "intent";
    case View::Form: return "form";
    case View::Receipt: return "receipt";
    case View::Requests: return "requests";
  }
  return "home";
}

json articleItem(const Article& article, const std::string& detail = {}) {
  return {{"label", article.title}, {"detail", detail}, {"action", "article:" + article.id}};
}

json button(const std::string& label, const std::string& action) {
  return {{"label", label}, {"detail", ""}, {"action", action}};
}

const char* requestState(OutboxState state) {
  switch (state) {
    case OutboxState::Queued: return "queued";
    case OutboxState::Sending: return "sending";
    case OutboxState::Delivered: return "delivered";
    case OutboxState::Rejected: return "rejected";
  }
  return "queued";
}

// An article's blocks, so the mirror has its headings and lists as HTML.
json describeBlocks(const std::vector<Block>& blocks) {
  json out = json::array();
  for (const Block& block : blocks) {
    const char* kind = block.kind == BlockKind::Heading ? "heading"
                       : block.kind == BlockKind::BulletItem ? "bullet"
                       : block.kind == BlockKind::NumberedItem ? "numbered"
                                                               : "paragraph";
    out.push_back({{"kind", kind}, {"text", block.plainText()}});
  }
  return out;
}

// A form step as real form controls: labels, values, required marks, and
// each error tied to its field.
void describeForm(const AppState& state, json& mirror) {
  const UiStrings& s = *state.strings;
  const FormSession& session = *state.form.session;
  json& items = mirror["items"];
  json form = {{"stage", "step"}, {"fields", json::array()}};
  mirror["heading"] = session.form().title;
  if (session.state() == SessionState::Resolved) {
    form["stage"] = "resolved";
    mirror["status"] = s.resolvedTitle;
    mirror["text"] = s.resolvedText;
    items.push_back(button(s.backToHelp, "home"));
    mirror["form"] = form;
    return;
  }
  if (!state.form.begun) {
    form["stage"] = "intro";
    form["needs"] = state.form.youWillNeed;
    mirror["text"] = session.form().description;
    items.push_back(button(s.startForm, "form:begin"));
    mirror["form"] = form;
    return;
  }
  const Progress progress = session.progress();
  mirror["status"] = formatString(s.stepOf, {{"current", std::to_string(progress.current)},
                                              {"total", std::to_string(progress.total)}});
  if (session.state() == SessionState::Review) {
    form["stage"] = "review";
    json review = json::array();
    for (const ReviewEntry& entry : session.review())
      review.push_back({{"step", entry.stepId}, {"label", entry.label}, {"value", entry.value}});
    form["review"] = review;
    mirror["live"] = state.problem;
    std::string lastStep;
    for (const ReviewEntry& entry : session.review()) {
      if (entry.stepId != lastStep) items.push_back(button(s.edit + ": " + entry.stepTitle, "form:edit:" + entry.stepId));
      lastStep = entry.stepId;
    }
    items.push_back(button(s.previous, "form:back"));
    items.push_back(button(s.submit, "form:submit"));
    mirror["form"] = form;
    return;
  }
  const FormStep* step = session.currentStep();
  if (!step) return;
  form["step"] = step->id;
  form["title"] = step->title;
  if (step->kind == StepKind::Answer) {
    form["stage"] = "answer";
    std::string text;
    for (const Block& block : state.answerBlocks) {
      for (const Span& span : block.spans) text += span.text;
      text += "\n";
    }
    mirror["text"] = text;
    form["question"] = s.solvedQuestion;
    items.push_back(button(s.solvedYes, "form:solved:yes"));
    items.push_back(button(s.solvedNo, "form:solved:no"));
    mirror["form"] = form;
    return;
  }
  for (const FormField& field : step->fields) {
    json options = json::array();
    for (const ChoiceOption& option : session.choicesFor(field.id))
      options.push_back({{"id", option.id}, {"label", option.label}});
    const auto error = state.form.errors.find(field.id);
    form["fields"].push_back({{"id", field.id},
                              {"type", fieldTypeName(field.type)},
                              {"label", field.label},
                              {"help", field.help},
                              {"required", field.required},
                              {"value", session.answer(field.id)},
                              {"options", options},
                              {"error", error == state.form.errors.end() ? "" : error->second}});
  }
  if (!state.form.errors.empty()) {
    std::string live = s.fixErrors;
    for (const auto& [field, message] : state.form.errors) {
      const FormField* described = session.form().findField(field);
      live += " " + (described ? described->label : field) + ": " + message;
    }
    mirror["live"] = live;
  }
  items.push_back(button(s.previous, "form:back"));
  items.push_back(button(s.next, "form:next"));
  mirror["form"] = form;
}

}  // namespace

std::string buildMirrorJson(const AppState& state) {
  const UiStrings& s = *state.strings;
  json mirror = {{"view", viewName(state.route.view)}, {"heading", ""}, {"status", ""},
                 {"live", ""}, {"items", json::array()}, {"text", ""}};
  json& items = mirror["items"];
  const KnowledgeBase* kb = state.kb();

  // The header's buttons, as the canvas draws them.
  json toolbar = json::array();
  if (kb && state.route.view != View::Home) toolbar.push_back(button(s.back, "back"));
  toolbar.push_back(button(s.close, "close"));
  mirror["toolbar"] = toolbar;

  if (!kb) {
    const bool failed = state.status == ContentStatus::Failed;
    mirror["view"] = failed ? "error" : "loading";
    mirror["heading"] = s.panelTitle;
    mirror["status"] = failed ? state.problem : s.loading;
    mirror["text"] = state.problemDetail;
    if (failed) items.push_back(button(s.retry, "retry"));
    return mirror.dump();
  }
  if (!state.problem.empty()) mirror["status"] = state.problem;
  const View view = state.route.view;
  if (view == View::Home || view == View::SearchResults || view == View::Category)
    mirror["search"] = {{"label", s.searchHint}, {"value", state.query}, {"name", "searchbox"}};

  switch (state.route.view) {
    case View::Home: {
      mirror["heading"] = kb->title.empty() ? s.panelTitle : kb->title;
      const Customer& customer = state.shopper.customer;
      const std::string& name = customer.firstName.empty() ? customer.name : customer.firstName;
      mirror["greeting"] = name.empty() ? s.greetingAnonymous : formatString(s.greeting, {{"name", name}});
      json cards = json::array();
      for (const SuggestionCard& card : state.suggestions.cards) {
        json actions = json::array();
        for (const CardAction& action : card.actions)
          actions.push_back({{"label", action.label},
                             {"action", "suggestion:" + card.ruleId + ":" + action.id + ":" + card.orderId}});
        cards.push_back({{"rule", card.ruleId},
                         {"name", formatString(s.yourOrder, {{"order_id", card.orderId}})},
                         {"status", card.status},
                         {"title", card.title},
                         {"text", card.text},
                         {"actions", actions}});
      }
      mirror["cards"] = cards;
      for (const std::string& query : state.recentSearches)
        items.push_back({{"label", query}, {"detail", s.recentHeading}, {"action", "query:" + query}});
      if (!state.recentSearches.empty()) items.push_back(button(s.clearRecent, "clearrecent"));
      for (const Article* article : state.forYou) items.push_back(articleItem(*article));
      for (const Category& category : kb->categories)
        items.push_back({{"label", category.title},
                         {"detail", category.description},
                         {"action", "category:" + category.id}});
      if (state.forms)
        for (const Form& form : state.forms->forms)
          items.push_back({{"label", form.title}, {"detail", s.formsHeading}, {"action", "startform:" + form.id}});
      if (!state.outbox.entries().empty()) items.push_back(button(s.myRequests, "requests"));
      break;
    }
    case View::Category: {
      const Category* category = kb->findCategory(state.route.id);
      mirror["heading"] = category ? category->title : "";
      for (const Article* article : kb->articlesIn(state.route.id))
        items.push_back(articleItem(*article));
      break;
    }
    case View::SearchResults: {
      const search::SearchResponse& response = state.response;
      const std::string count = std::to_string(response.totalMatches);
      mirror["heading"] = state.query;
      std::string live = state.results.empty()
                             ? formatString(s.noResults, {{"query", state.query}})
                             : formatString(s.resultsCount, {{"count", count}, {"query", state.query}});
      if (!response.intents.empty()) live += " " + s.intentsPrompt;
      mirror["live"] = live;
      mirror["status"] = state.doubtsResults() ? s.notSure : "";
      for (const std::string& completion : state.completions)
        items.push_back({{"label", completion}, {"detail", s.suggestions}, {"action", "query:" + completion + " "}});
      for (const search::IntentChoice& intent : response.intents)
        items.push_back({{"label", intent.label}, {"detail", s.intentsPrompt}, {"action", "intent:" + intent.id}});
      if (!response.didYouMean.empty())
        items.push_back({{"label", formatString(s.didYouMean, {{"query", response.didYouMean}})},
                         {"detail", ""},
                         {"action", "query:" + response.didYouMean}});
      // The results are a listbox the search box's Down arrow moves into.
      json results = json::array();
      for (const ShownResult& result : state.results)
        results.push_back(articleItem(*result.article, result.decoration.snippet));
      mirror["results"] = results;
      if (state.doubtsResults() || state.results.empty())
        items.push_back({{"label", s.contactSupport}, {"detail", ""}, {"action", "contact"}});
      if (state.results.empty())
        for (const Article* article : kb->popularArticles()) items.push_back(articleItem(*article, s.popularHeading));
      break;
    }
    case View::Intent:
      if (const Intent* intent = state.currentIntent()) {
        mirror["heading"] = intent->label;
        for (const std::string& id : intent->articles)
          if (const Article* article = kb->findArticle(id)) items.push_back(articleItem(*article));
      }
      break;
    case View::Form:
      if (state.form.session) describeForm(state, mirror);
      break;
    case View::Receipt: {
      mirror["heading"] = s.receiptTitle;
      const OutboxEntry* entry = state.outbox.find(state.route.id);
      mirror["reference"] = state.route.id;
      mirror["status"] = formatString(s.referenceLabel, {{"reference", state.route.id}});
      if (entry) {
        mirror["state"] = requestState(entry->state);
        mirror["live"] = formatString(s.referenceLabel, {{"reference", state.route.id}}) + ". " +
                         (entry->state == OutboxState::Delivered ? s.receiptSent : s.receiptQueued);
      }
      items.push_back(button(s.myRequests, "requests"));
      items.push_back(button(s.backToHelp, "home"));
      break;
    }
    case View::Requests:
      mirror["heading"] = s.myRequests;
      // Requests are read, not pressed: a list of texts, not buttons.
      mirror["requests"] = json::array();
      for (const RequestSummary& request : state.outbox.requests())
        mirror["requests"].push_back({{"reference", request.reference},
                                      {"label", request.reference + " \u00b7 " + request.formId},
                                      {"state", requestState(request.state)}});
      if (mirror["requests"].empty()) mirror["status"] = s.noRequests;
      break;
    case View::Article:
      if (const Article* article = state.currentArticle()) {
        mirror["heading"] = article->title;
        mirror["text"] = markdownToPlainText(article->body);
        mirror["blocks"] = describeBlocks(state.articleBlocks);
        if (state.rating == AppState::Rating::Ask) {
          items.push_back({{"label", s.helpfulYes}, {"detail", s.wasHelpful}, {"action", "rate:yes"}});
          items.push_back({{"label", s.helpfulNo}, {"detail", s.wasHelpful}, {"action", "rate:no"}});
        } else if (state.rating == AppState::Rating::Reasons) {
          for (const auto& [label, reason] : std::vector<std::pair<std::string, std::string>>{
                   {s.reasonOutdated, "outdated"}, {s.reasonUnclear, "unclear"},
                   {s.reasonNotMine, "not_my_problem"}, {s.reasonOther, "other"}})
            items.push_back({{"label", label}, {"detail", s.whyNotHelpful}, {"action", "rate:reason:" + reason}});
        } else {
          mirror["live"] = s.thanksFeedback;
        }
        for (const Block& block : state.articleBlocks)
          for (const Span& span : block.spans)
            if (span.link == LinkKind::Article)
              if (const Article* linked = kb->findArticle(span.target))
                items.push_back(articleItem(*linked));
      }
      break;
  }
  return mirror.dump();
}

}  // namespace hw
