// How the App gets its content: the manifest (or the script tag's URLs),
// then the knowledge base, forms and rules with conditional requests, and
// the new set swapped in whole or not at all. No ImGui, no Emscripten.
#include <functional>
#include <optional>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/content/content_manifest.h"
#include "core/forms/form_loader.h"

namespace hw {

using nlohmann::json;

namespace {

std::size_t slot(ContentPart part) { return static_cast<std::size_t>(part); }

// The error event for a part that did not arrive.
json transferError(ContentPart part, const std::string& url, int status, std::string_view networkError) {
  const std::string why = status == 0 ? std::string(networkError)
                                      : fileNameOfUrl(url) + ": the server answered HTTP " + std::to_string(status);
  // Forms and rules keep the codes the page has always seen for them.
  if (part == ContentPart::Rules)
    return {{"code", "rules"}, {"status", status}, {"source", url}, {"message", "suggestion rules not loaded: " + why}};
  if (part == ContentPart::Forms)
    return {{"code", "forms"}, {"status", status}, {"source", url}, {"message", "guided forms not loaded: " + why}};
  return {{"code", status == 0 ? "network" : "http"},
          {"status", status},
          {"source", url},
          {"message", status == 0 ? why : "the server answered HTTP " + std::to_string(status)}};
}

// The error event for content that arrived but does not load: its first
// problem, located as FILE:LINE:COLUMN with its JSON pointer.
json loadError(ContentPart part, const std::string& url, const std::vector<ContentError>& errors) {
  const ContentError& first = errors.front();
  const std::string code = part == ContentPart::Rules   ? "rules"
                           : part == ContentPart::Forms ? "forms"
                                                        : contentErrorCodeName(first.code);
  return {{"code", code},
          {"source", url},
          {"pointer", first.pointer},
          {"line", first.position.line},
          {"column", first.position.column},
          {"message", first.message},
          {"count", errors.size()}};
}

std::string describeErrors(const std::vector<ContentError>& errors) {
  std::string detail = errors.front().describe();
  if (errors.size() > 1) detail += " (and " + std::to_string(errors.size() - 1) + " more)";
  return detail;
}

}  // namespace

// The last good knowledge base kept in the browser shows at once, before
// (or without) the network.
void App::restoreStoredContent() {
  const std::string stored = m_shell.load(contentKey());
  if (stored.empty()) return;
  Loaded<KnowledgeBase> loaded = loadKnowledgeBase(stored, fileNameOfUrl(m_config.kbUrl));
  if (!loaded.ok()) {
    m_shell.store(contentKey(), std::string());  // a damaged copy is dropped quietly
    m_shell.store(contentKey() + ":source", std::string());
    return;
  }
  HeldPart& held = m_held[slot(ContentPart::Kb)];
  held = {m_config.manifestUrl.empty() ? m_config.kbUrl : std::string(), {}, stored};
  const json source = json::parse(m_shell.load(contentKey() + ":source"), nullptr, false);
  if (source.is_object() && source.contains("url") && source["url"].is_string() && source.contains("etag") &&
      source["etag"].is_string()) {
    held.url = source["url"].get<std::string>();
    held.etag = source["etag"].get<std::string>();
  }
  installKnowledgeBase(std::move(loaded.value));
}

void App::beginContentRound() {
  // A new round supersedes one in flight: answers to its requests are dropped.
  m_round = {};
  m_round.active = true;
  m_contentCheckedAt = m_shell.clock().nowUnix;
  if (!m_state.content) m_state.status = ContentStatus::Loading;
  if (!m_config.manifestUrl.empty()) {
    m_round.manifestRequestId = m_nextRequestId++;
    m_shell.fetch(m_round.manifestRequestId, m_config.manifestUrl, false, m_manifestEtag);
    return;
  }
  m_round.parts[slot(ContentPart::Kb)].url = m_config.kbUrl;
  m_round.parts[slot(ContentPart::Forms)].url = m_config.formsUrl;
  m_round.parts[slot(ContentPart::Rules)].url = m_config.rulesUrl;
  fetchContentParts();
}

void App::fetchContentParts() {
  const bool hashedNames = !m_config.manifestUrl.empty();
  const bool heldValue[] = {m_state.content != nullptr, m_state.forms != nullptr, m_state.rules != nullptr};
  bool waiting = false;
  for (ContentPart part : kContentParts) {
    RoundPart& wanted = m_round.parts[slot(part)];
    const HeldPart& held = m_held[slot(part)];
    if (wanted.url.empty()) continue;
    const bool same = heldValue[slot(part)] && held.url == wanted.url;
    // A manifest names files by their content hash: the same name is the
    // same bytes, good or bad.
    if (same && hashedNames) {
      wanted.answered = wanted.sameFile = true;
      continue;
    }
    if (hashedNames && heldValue[slot(part)] && m_rejected[slot(part)].url == wanted.url) {
      wanted.answered = wanted.knownBad = true;
      continue;
    }
    wanted.requestId = m_nextRequestId++;
    waiting = true;
    m_shell.fetch(wanted.requestId, wanted.url, false, same ? held.etag : std::string());
  }
  if (!waiting) finishContentRound();
}

bool App::onContentFetched(int requestId, int httpStatus, std::string_view body, std::string_view networkError,
                           std::string_view etag) {
  if (requestId == 0 || !m_round.active) return false;  // nobody waits for it any more
  if (requestId == m_round.manifestRequestId) {
    m_round.manifestRequestId = 0;
    onManifest(httpStatus, body, networkError, etag);
    return true;
  }
  for (RoundPart& part : m_round.parts) {
    if (part.requestId != requestId || part.answered) continue;
    part.answered = true;
    part.status = httpStatus;
    part.body = std::string(body);
    part.etag = std::string(etag);
    part.networkError = std::string(networkError);
    for (const RoundPart& other : m_round.parts)
      if (!other.url.empty() && !other.answered) return true;
    finishContentRound();
    return true;
  }
  return false;
}

void App::onManifest(int httpStatus, std::string_view body, std::string_view networkError, std::string_view etag) {
  const std::string& url = m_config.manifestUrl;
  if (httpStatus == 304 && m_state.content) {
    endContentRound();  // nothing was published since: the whole set stays as it is
    return;
  }
  std::string why;
  json error;
  if (httpStatus < 200 || httpStatus >= 300) {
    error = transferError(ContentPart::Kb, url, httpStatus, networkError);
    why = httpStatus == 0 ? std::string(networkError)
                          : fileNameOfUrl(url) + ": the server answered HTTP " + std::to_string(httpStatus);
  } else {
    Loaded<content::ContentManifest> manifest = content::parseManifest(body, fileNameOfUrl(url));
    if (!manifest.ok()) {
      error = loadError(ContentPart::Kb, url, manifest.errors);
      why = describeErrors(manifest.errors);
    } else {
      const content::ContentUrls urls = content::urlsForLocale(manifest.value, m_config.locale, url);
      if (urls.kb.empty()) {
        why = fileNameOfUrl(url) + ": /files: no knowledge base (kb." + m_config.locale + ") is listed";
        error = {{"code", "schema"}, {"source", url}, {"pointer", "/files"}, {"message", why}};
      } else {
        m_round.manifestEtag = std::string(etag);
        m_round.parts[slot(ContentPart::Kb)].url = urls.kb;
        m_round.parts[slot(ContentPart::Forms)].url = urls.forms;
        m_round.parts[slot(ContentPart::Rules)].url = urls.rules;
        fetchContentParts();
        return;
      }
    }
  }
  // Without a manifest the set cannot change: what is shown stays.
  reportProblem(m_state.strings->loadFailed, why, error.dump());
  endContentRound();
}

void App::finishContentRound() {
  const bool heldValue[] = {m_state.content != nullptr, m_state.forms != nullptr, m_state.rules != nullptr};
  std::array<PartState, 3> states;
  std::array<json, 3> errors;
  std::array<std::string, 3> details;
  std::array<bool, 3> knownBad = {false, false, false};
  std::optional<Loaded<KnowledgeBase>> kb;
  std::optional<Loaded<FormSet>> forms;
  std::optional<Loaded<RuleSet>> rules;
  for (ContentPart part : kContentParts) {
    const std::size_t i = slot(part);
    const RoundPart& got = m_round.parts[i];
    PartState& state = states[i];
    state.held = heldValue[i];
    if (got.url.empty()) continue;
    const bool ok = got.status >= 200 && got.status < 300;
    if (got.sameFile || (got.status == 304 && state.held) ||
        (ok && state.held && got.body == m_held[i].text)) {
      state.outcome = PartOutcome::Unchanged;  // nothing to parse again
      continue;
    }
    const RejectedPart& rejected = m_rejected[i];
    if (got.knownBad || (ok && state.held && rejected.url == got.url &&
                         ((!got.etag.empty() && got.etag == rejected.etag) ||
                          std::hash<std::string>{}(got.body) == rejected.textHash))) {
      state.outcome = PartOutcome::Failed;  // the same broken file again: already reported
      knownBad[i] = true;
      continue;
    }
    if (!ok) {
      state.outcome = PartOutcome::Failed;
      errors[i] = transferError(part, got.url, got.status, got.networkError);
      details[i] = fileNameOfUrl(got.url) + ": " +
                   (got.status == 0 ? got.networkError : "the server answered HTTP " + std::to_string(got.status));
      continue;
    }
    const std::string source = fileNameOfUrl(got.url);
    const std::vector<ContentError>* problems = nullptr;
    if (part == ContentPart::Kb) {
      kb = loadKnowledgeBase(got.body, source);
      problems = &kb->errors;
    } else if (part == ContentPart::Forms) {
      forms = loadForms(got.body, source);
      problems = &forms->errors;
    } else {
      rules = loadRules(got.body, source);
      problems = &rules->errors;
    }
    if (problems->empty()) {
      state.outcome = PartOutcome::Fresh;
    } else {
      state.outcome = PartOutcome::Failed;
      errors[i] = loadError(part, got.url, *problems);
      details[i] = describeErrors(*problems);
      // Broken bytes stay broken: remembered, so the next open does not
      // report them again (a network failure is worth retrying instead).
      if (state.held) m_rejected[i] = {got.url, got.etag, std::hash<std::string>{}(got.body)};
    }
  }

  if (!setReplacesShown(states)) {
    // The shown set stays whole; one error names the first file at fault
    // (none when every fault was reported before).
    for (ContentPart part : kContentParts) {
      const std::size_t i = slot(part);
      if (states[i].outcome != PartOutcome::Failed || knownBad[i]) continue;
      json error = errors[i];
      error["kept"] = true;  // the last good content is still in use
      reportProblem(m_state.strings->loadFailed, details[i], error.dump());
      break;
    }
    endContentRound();
    return;
  }

  bool allHeld = true;
  for (ContentPart part : kContentParts) {
    const std::size_t i = slot(part);
    const RoundPart& got = m_round.parts[i];
    HeldPart& held = m_held[i];
    switch (states[i].outcome) {
      case PartOutcome::Unchanged:
        m_rejected[i] = {};
        held.url = got.url;
        if (!got.etag.empty()) held.etag = got.etag;
        break;
      case PartOutcome::Fresh:
        m_rejected[i] = {};
        held = {got.url, got.etag, got.body};
        break;
      case PartOutcome::Failed:
        // Never had it, still do not: say so, the rest goes on without it.
        allHeld = false;
        if (knownBad[i]) break;
        if (part == ContentPart::Kb) reportProblem(m_state.strings->loadFailed, details[i], errors[i].dump());
        else emitEvent("error", errors[i].dump());
        break;
      case PartOutcome::NotInSet:
        // The manifest no longer lists it: the new set goes without it.
        held = {};
        if (part == ContentPart::Forms) m_state.forms.reset();
        if (part == ContentPart::Rules) m_state.rules.reset();
        break;
    }
  }
  if (states[slot(ContentPart::Forms)].outcome == PartOutcome::Fresh)
    m_state.forms = std::make_shared<const FormSet>(std::move(forms->value));
  if (states[slot(ContentPart::Rules)].outcome == PartOutcome::Fresh)
    m_state.rules = std::make_shared<const RuleSet>(std::move(rules->value));
  if (states[slot(ContentPart::Kb)].outcome == PartOutcome::Fresh) installKnowledgeBase(std::move(kb->value));
  if (states[slot(ContentPart::Kb)].outcome != PartOutcome::Failed)
    storeHeldKnowledgeBase(states[slot(ContentPart::Kb)].outcome == PartOutcome::Fresh);
  // A manifest's 304 next time means "this whole set": only say so once it is whole.
  m_manifestEtag = allHeld ? m_round.manifestEtag : std::string();
  refreshSuggestions();
  endContentRound();
}

void App::endContentRound() {
  m_round = {};
  if (!m_readySent) {
    m_readySent = true;
    emitEvent("ready", json{{"content", m_state.content ? "ok" : "failed"},
                               {"articles", m_state.kb() ? m_state.kb()->articles.size() : 0}}
                              .dump());
  }
  if (!m_pendingFormStart.empty()) {
    std::string pending;
    pending.swap(m_pendingFormStart);
    startForm(pending);
  }
  maybeEmitOpen();
  m_shell.requestFrame();
}

// The knowledge base, its search index and everything that points into the
// old one change together.
void App::installKnowledgeBase(KnowledgeBase kb) {
  const bool first = !m_state.content;
  m_state.results.clear();  // results point into the content they came from
  m_state.response = {};
  m_state.content = std::make_shared<const LoadedContent>(std::move(kb));
  m_state.status = ContentStatus::Ready;
  m_state.problem.clear();
  m_state.problemDetail.clear();
  if (first) {
    m_state.history.clear();
    navigate(Route{}, false);
    // A search or an article asked for before the content arrived: now.
    if (!m_state.query.empty()) setQuery(m_state.query);
    if (m_pendingOpen) {
      const Action open = *m_pendingOpen;
      m_pendingOpen.reset();
      dispatch(open);
    }
  } else {
    keepPlaceAfterSwap();
  }
  refreshSuggestions();
}

// The shopper stays where they were if that place still exists: the same
// article (with its new text), topic, search or form; otherwise home.
void App::keepPlaceAfterSwap() {
  const KnowledgeBase& kb = *m_state.kb();
  m_state.history = historyAfterSwap(m_state.history, kb);
  const Route next = routeAfterSwap(m_state.route, kb);
  if (!(next == m_state.route)) {
    navigate(next, false);
  } else if (const Article* article = m_state.currentArticle()) {
    m_state.articleBlocks = parseMarkdown(article->body);
  }
  if (m_state.query.find_first_not_of(" \t\r\n") != std::string::npos) runSearch();
  m_shell.requestFrame();
}

// The last good knowledge base stays in the browser (with where it came
// from and its ETag): the FAQ opens offline, and on the next visit before
// the network answers.
void App::storeHeldKnowledgeBase(bool textChanged) {
  const HeldPart& held = m_held[slot(ContentPart::Kb)];
  if (held.text.empty()) return;
  const bool fits = held.text.size() <= kMaxStoredContentBytes;
  // Too large to keep: an older copy must not come back on the next visit.
  if (textChanged || !fits) m_shell.store(contentKey(), fits ? held.text : std::string());
  m_shell.store(contentKey() + ":source", fits ? json{{"url", held.url}, {"etag", held.etag}}.dump() : std::string());
}

}  // namespace hw
