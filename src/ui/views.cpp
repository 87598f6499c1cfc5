// Panel views. ImGui only: no I/O, no Emscripten.
#include "ui/views.h"

#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include <imgui_internal.h>

#include "core/markdown.h"
#include "ui/focus_ring.h"
#include "ui/form_views.h"
#include "ui/rich_text.h"
#include "ui/view_parts.h"

namespace hw::ui {


constexpr float kPad = size::kPadding;

float contentWidth() { return ImGui::GetContentRegionAvail().x; }

void gap(float height) { ImGui::Dummy(ImVec2(1, height)); }

// A chevron "›" or "‹" drawn with lines: icon fonts would cost bytes.
void drawChevron(ImDrawList* drawList, ImVec2 center, float size, bool left, ImU32 color) {
  const float d = left ? -1.0f : 1.0f;
  const ImVec2 points[3] = {ImVec2(center.x - d * size * 0.25f, center.y - size * 0.5f),
                            ImVec2(center.x + d * size * 0.25f, center.y),
                            ImVec2(center.x - d * size * 0.25f, center.y + size * 0.5f)};
  drawList->AddPolyline(points, 3, color, ImDrawFlags_None, 2.0f);
}

bool iconButton(const char* id, ImVec2 pos, float extent) {
  ImGui::SetCursorScreenPos(pos);
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(extent, extent), ImGuiButtonFlags_EnableNav);
  if (ImGui::IsItemHovered()) {
    ImGui::GetWindowDrawList()->AddRectFilled(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                              ImGui::GetColorU32(palette().accentText, 0.16f), shapes().frame);
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  return pressed;
}

void drawHeader(const AppState& state, const Fonts& fonts, ActionList& actions) {
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetWindowPos();
  const float width = ImGui::GetWindowWidth();
  const float height = size::kHeaderBar;
  drawList->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), palette().accent);

  const float button = 40.0f;
  const float buttonY = origin.y + (height - button) * 0.5f;
  float titleX = origin.x + kPad;
  const bool canGoBack = state.kb() && state.route.view != View::Home;
  if (canGoBack) {
    act(iconButton("back", ImVec2(origin.x + 6, buttonY), button),
        {Action::Kind::Back, {}}, actions);
    drawChevron(drawList, ImVec2(origin.x + 6 + button * 0.5f, buttonY + button * 0.5f), 16.0f,
                true, palette().accentText);
    titleX = origin.x + 6 + button + 4;
  }
  const KnowledgeBase* kb = state.kb();
  const std::string& title = kb && !kb->title.empty() ? kb->title : state.strings->panelTitle;
  drawList->AddText(fonts.bold, size::kHeading,
                    ImVec2(titleX, origin.y + (height - size::kHeading) * 0.5f),
                    palette().accentText, title.c_str());

  const ImVec2 closePos(origin.x + width - button - 6, buttonY);
  act(iconButton("close", closePos, button), {Action::Kind::Close, {}}, actions);
  const ImVec2 c(closePos.x + button * 0.5f, closePos.y + button * 0.5f);
  const float r = 7.0f;
  drawList->AddLine(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), palette().accentText, 2.0f);
  drawList->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), palette().accentText, 2.0f);

  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
}

void drawSearchBox(const AppState& state, ViewMemory& memory, ActionList& actions) {
  // Follow the query when it changes from outside (the host's search() call).
  if (state.query != memory.lastSyncedQuery) {
    std::strncpy(memory.searchBuffer, state.query.c_str(), sizeof(memory.searchBuffer) - 1);
    memory.lastSyncedQuery = state.query;
    // A box being typed in keeps its own copy of the text: tell it to take
    // the new one, or its next edit would put the old text back.
    if (ImGuiInputTextState* editing = ImGui::GetInputTextState(ImGui::GetID("##search")))
      editing->ReloadUserBufAndMoveToEnd();
  }
  ImGui::SetCursorPosX(kPad);
  ImGui::SetNextItemWidth(ImGui::GetWindowWidth() - 2 * kPad);
  if (takeFieldFocus("searchbox") || memory.focusSearch) {
    ImGui::SetKeyboardFocusHere();
    memory.focusSearch = false;
  }
  if (ImGui::InputTextWithHint("##search", state.searchHint().c_str(), memory.searchBuffer,
                               sizeof(memory.searchBuffer))) {
    memory.lastSyncedQuery = memory.searchBuffer;
    actions.push_back({Action::Kind::SetQuery, memory.searchBuffer});
  }
  ringIfFocused("searchbox");
  // From the search box, Enter opens the best result, as in a browser's
  // address bar; Down moves into the results in the mirror's listbox.
  // (Enter also ends the edit, so the box may have let go in this frame.)
  const bool editing = ImGui::IsItemActive() || ImGui::IsItemDeactivated();
  if (editing && !state.results.empty() &&
      (ImGui::IsKeyPressed(ImGuiKey_Enter) || ImGui::IsKeyPressed(ImGuiKey_KeypadEnter)))
    actions.push_back({Action::Kind::OpenArticle, state.results.front().article->id});
}

// A full-width clickable row: a title and an optional muted detail line,
// each given as runs (so search results can carry highlights).
bool listRow(const char* id, const std::vector<TextRun>& title, const std::vector<TextRun>& detail) {
  const float width = contentWidth();
  const float inner = width - 2 * 12.0f - 20.0f;
  const float titleLine = size::kBody * 1.25f;
  const float detailLine = size::kSmall * 1.3f;
  const TextLayout titleLayout = layoutRuns(title, inner, titleLine);
  const TextLayout detailLayout = detail.empty() ? TextLayout{} : layoutRuns(detail, inner, detailLine);
  const float height = 10.0f + titleLayout.height + (detail.empty() ? 0 : 4 + detailLayout.height) + 10.0f;

  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height), ImGuiButtonFlags_EnableNav);
  // The row's button stays the last item for the caller (its focus ring),
  // not the texts drawn on it or the spacer below.
  const ImGuiLastItemData row = GImGui->LastItemData;
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  drawList->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height),
                          hovered ? palette().cardHover : palette().card, shapes().card);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + 12, pos.y + 10));
  drawRuns("t", title, inner, titleLine);
  if (!detail.empty()) {
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 12, pos.y + 10 + titleLayout.height + 4));
    drawRuns("d", detail, inner, detailLine);
  }
  drawChevron(drawList, ImVec2(pos.x + width - 18, pos.y + height * 0.5f), 12.0f, false,
              palette().muted);
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + height + 6));
  ImGui::Dummy(ImVec2(0, 0));
  GImGui->LastItemData = row;
  return pressed;
}

bool listRow(const char* id, const std::string& title, const std::string& detail, const Fonts& fonts) {
  std::vector<TextRun> detailRuns;
  if (!detail.empty()) detailRuns.push_back(TextRun{detail, fonts.regular, size::kSmall, palette().muted});
  return listRow(id, {TextRun{title, fonts.bold, size::kBody, palette().text}}, detailRuns);
}

// Where a line of items starts in the current window (its indent included).
float lineStartX() {
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  return window->Pos.x + window->DC.Indent.x + window->DC.ColumnsOffset.x;
}

// A rounded chip; returns true when pressed. A label longer than the whole
// line wraps inside the chip (large text, narrow phones) instead of running
// off the panel.
bool chip(const char* id, const std::string& label, const Fonts& fonts, bool accent) {
  const float lineHeight = size::kSmall + 4.0f;
  const float cursorX = ImGui::GetCursorScreenPos().x;
  const bool lineStart = cursorX <= lineStartX() + 1.0f;
  const float lineWidth = ImGui::GetContentRegionAvail().x + (cursorX - lineStartX());
  const ImU32 textColour = accent ? palette().accentText : palette().text;
  const std::vector<TextRun> runs{TextRun{label, fonts.regular, size::kSmall, textColour}};
  const TextLayout layout = layoutRuns(runs, std::max(lineWidth - 24.0f, 1.0f), lineHeight);
  const ImVec2 chipSize(layout.width + 24.0f, std::max(layout.height, lineHeight) + 10.0f);
  if (ImGui::GetContentRegionAvail().x < chipSize.x && !lineStart) ImGui::NewLine();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(id, chipSize, ImGuiButtonFlags_EnableNav);
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  const ImU32 fill = accent ? (hovered ? palette().accentHover : palette().accent) : (hovered ? palette().cardHover : palette().card);
  const float rounding = std::min((size::kSmall + 14.0f) * 0.5f, shapes().chip);
  drawList->AddRectFilled(pos, ImVec2(pos.x + chipSize.x, pos.y + chipSize.y), fill, rounding);
  if (!accent)
    drawList->AddRect(pos, ImVec2(pos.x + chipSize.x, pos.y + chipSize.y), palette().controlBorder, rounding);
  for (const PlacedPiece& piece : layout.pieces)
    drawList->AddText(fonts.regular, size::kSmall,
                      ImVec2(pos.x + 12.0f + piece.offset.x, pos.y + 7.0f + piece.offset.y), textColour,
                      piece.text.data(), piece.text.data() + piece.text.size());
  ImGui::SameLine(0, 8);
  return pressed;
}

void endChips() {
  ImGui::NewLine();
  gap(2);
}

void sectionHeading(const std::string& text, const Fonts& fonts) {
  gap(6);
  drawWrapped(text, fonts.bold, size::kSmall, palette().muted, contentWidth());
  gap(2);
}

void drawCategoryRows(const KnowledgeBase& kb, const AppState& state, const Fonts& fonts,
                      ActionList& actions) {
  for (const Category& category : kb.categories) {
    const std::string count = formatString(state.strings->articlesInCategory,
                                           {{"count", std::to_string(kb.articlesIn(category.id).size())}});
    const std::string detail = category.description.empty() ? count : category.description + " · " + count;
    act(listRow(("cat-" + category.id).c_str(), category.title, detail, fonts),
        {Action::Kind::OpenCategory, category.id}, actions);
  }
}

void drawRecentSearches(const AppState& state, const Fonts& fonts, ActionList& actions) {
  if (state.recentSearches.empty()) return;
  sectionHeading(state.strings->recentHeading, fonts);
  int index = 0;
  for (const std::string& query : state.recentSearches) {
    ImGui::PushID(index++);
    act(chip("recent", query, fonts, false), {Action::Kind::SetQuery, query}, actions);
    ImGui::PopID();
  }
  act(chip("clear-recent", state.strings->clearRecent, fonts, false),
      {Action::Kind::ClearRecent, {}}, actions);
  endChips();
}

ImU32 toneColor(CardTone tone) {
  switch (tone) {
    case CardTone::Warning: return palette().toneWarning;
    case CardTone::Success: return palette().toneSuccess;
    case CardTone::Problem: return palette().toneProblem;
    default: return palette().toneInfo;
  }
}

// A first-screen card: what is going on with one order and 1-3 things to
// do about it. The background is drawn after the content, once its height
// is known, on a channel below it.
void drawSuggestionCard(const SuggestionCard& card, int index, const Fonts& fonts,
                        ActionList& actions) {
  ImGui::PushID(index);
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  const float width = contentWidth();
  const ImVec2 start = ImGui::GetCursorScreenPos();
  constexpr float kInset = 18.0f;
  drawList->ChannelsSplit(2);
  drawList->ChannelsSetCurrent(1);
  gap(10);
  ImGui::Indent(kInset);
  const float inner = width - kInset - 12.0f;
  drawWrapped(card.status, fonts.regular, size::kSmall, palette().muted, inner);
  drawWrapped(card.title, fonts.bold, size::kBody, palette().text, inner);
  if (!card.text.empty()) {
    gap(2);
    drawWrapped(card.text, fonts.regular, size::kSmall, palette().muted, inner);
  }
  gap(6);
  for (std::size_t i = 0; i < card.actions.size(); ++i) {
    const CardAction& action = card.actions[i];
    ImGui::PushID(static_cast<int>(i));
    act(chip("action", action.label, fonts, i == 0),
        {Action::Kind::Suggestion, card.ruleId + ":" + action.id + ":" + card.orderId}, actions);
    ImGui::PopID();
  }
  ImGui::NewLine();
  ImGui::Unindent(kInset);
  const float bottom = ImGui::GetCursorScreenPos().y + 4.0f;
  drawList->ChannelsSetCurrent(0);
  drawList->AddRectFilled(start, ImVec2(start.x + width, bottom), palette().card, shapes().card);
  drawList->AddRectFilled(start, ImVec2(start.x + 5.0f, bottom), toneColor(card.tone), shapes().card,
                          ImDrawFlags_RoundCornersLeft);
  drawList->ChannelsMerge();
  ImGui::SetCursorScreenPos(ImVec2(start.x, bottom + 8.0f));
  ImGui::Dummy(ImVec2(0, 0));
  ImGui::PopID();
}

std::string greetingFor(const AppState& state) {
  const Customer& customer = state.shopper.customer;
  const std::string& name = customer.firstName.empty() ? customer.name : customer.firstName;
  return name.empty() ? state.strings->greetingAnonymous
                      : formatString(state.strings->greeting, {{"name", name}});
}

void drawHome(const AppState& state, const Fonts& fonts, ActionList& actions) {
  const KnowledgeBase& kb = *state.kb();
  drawWrapped(greetingFor(state), fonts.bold, size::kHeading, palette().text, contentWidth());
  int index = 0;
  for (const SuggestionCard& card : state.suggestions.cards)
    drawSuggestionCard(card, index++, fonts, actions);
  drawRecentSearches(state, fonts, actions);
  if (!state.forYou.empty()) {
    const bool personal = !state.suggestions.boosts.articleBoosts.empty();
    sectionHeading(personal ? state.strings->forYouHeading : state.strings->popularHeading, fonts);
    for (const Article* article : state.forYou)
      act(listRow(("pop-" + article->id).c_str(), article->title, {}, fonts),
          {Action::Kind::OpenArticle, article->id}, actions);
  }
  sectionHeading(state.strings->somethingElse, fonts);
  drawCategoryRows(kb, state, fonts, actions);
  drawFormLinks(state, fonts, actions);
}

void drawCategory(const AppState& state, const Fonts& fonts, ActionList& actions) {
  const KnowledgeBase& kb = *state.kb();
  const Category* category = kb.findCategory(state.route.id);
  if (!category) return;
  gap(4);
  drawWrapped(category->title, fonts.bold, size::kTitle, palette().text, contentWidth());
  if (!category->description.empty())
    drawWrapped(category->description, fonts.regular, size::kBody, palette().muted, contentWidth());
  gap(8);
  for (const Article* article : kb.articlesIn(category->id))
    act(listRow(("art-" + article->id).c_str(), article->title, {}, fonts),
        {Action::Kind::OpenArticle, article->id}, actions);
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> pairsOf(const std::vector<search::Range>& ranges) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> out;
  for (const search::Range& range : ranges) out.emplace_back(range.start, range.end);
  return out;
}

bool resultRow(const ShownResult& result, const Fonts& fonts) {
  const TextRun titlePlain{{}, fonts.bold, size::kBody, palette().text};
  TextRun titleMarked = titlePlain;
  titleMarked.background = palette().highlight;
  const TextRun snippetPlain{{}, fonts.regular, size::kSmall, palette().muted};
  TextRun snippetMarked{{}, fonts.bold, size::kSmall, palette().text};
  snippetMarked.background = palette().highlight;
  const search::Decoration& d = result.decoration;
  return listRow(("res-" + result.article->id).c_str(),
                 highlightedRuns(result.article->title, pairsOf(d.title), titlePlain, titleMarked),
                 d.snippet.empty() ? std::vector<TextRun>{}
                                   : highlightedRuns(d.snippet, pairsOf(d.snippetRanges), snippetPlain, snippetMarked));
}

void drawResults(const AppState& state, const Fonts& fonts, ActionList& actions) {
  const UiStrings& s = *state.strings;
  const search::SearchResponse& response = state.response;
  const float width = contentWidth();

  if (!state.completions.empty()) {
    int index = 0;
    for (const std::string& completion : state.completions) {
      ImGui::PushID(index++);
      act(chip("complete", completion, fonts, false), {Action::Kind::SetQuery, completion + " "}, actions);
      ImGui::PopID();
    }
    endChips();
  }
  if (!response.intents.empty()) {
    drawWrapped(s.intentsPrompt, fonts.bold, size::kBody, palette().text, width);
    gap(2);
    for (const search::IntentChoice& intent : response.intents)
      act(chip(("intent-" + intent.id).c_str(), intent.label, fonts, true),
          {Action::Kind::OpenIntent, intent.id}, actions);
    endChips();
  }
  if (!response.didYouMean.empty()) {
    const std::string text = formatString(s.didYouMean, {{"query", response.didYouMean}});
    if (drawRuns("dym", {TextRun{text, fonts.regular, size::kBody, palette().link, 0}}, width, size::kBody * 1.3f) == 0)
      actions.push_back({Action::Kind::SetQuery, response.didYouMean});
  }
  if (state.results.empty()) {
    gap(8);
    drawWrapped(formatString(s.noResults, {{"query", state.query}}), fonts.bold, size::kBody,
                palette().text, width);
    drawWrapped(s.noResultsHint, fonts.regular, size::kSmall, palette().muted, width);
    act(chip("contact", s.contactSupport, fonts, true), {Action::Kind::Contact, {}}, actions);
    endChips();
    // The closest thing to an answer: what most shoppers look for.
    sectionHeading(s.popularHeading, fonts);
    for (const Article* article : state.kb()->popularArticles())
      act(listRow(("pop-" + article->id).c_str(), article->title, {}, fonts),
          {Action::Kind::OpenArticle, article->id}, actions);
    return;
  }
  if (state.doubtsResults()) {
    drawWrapped(s.notSure, fonts.regular, size::kSmall, palette().errorText, width);
    act(chip("contact", s.contactSupport, fonts, true), {Action::Kind::Contact, {}}, actions);
    endChips();
  }
  drawWrapped(formatString(s.resultsCount, {{"count", std::to_string(response.totalMatches)},
                                            {"query", state.query}}),
              fonts.regular, size::kSmall, palette().muted, width);
  gap(2);
  for (const ShownResult& result : state.results) {
    act(resultRow(result, fonts), {Action::Kind::OpenArticle, result.article->id}, actions);
  }
}

void drawIntent(const AppState& state, const Fonts& fonts, ActionList& actions) {
  const Intent* intent = state.currentIntent();
  if (!intent) return;
  gap(4);
  drawWrapped(intent->label, fonts.bold, size::kTitle, palette().text, contentWidth());
  gap(8);
  for (const std::string& id : intent->articles)
    if (const Article* article = state.kb()->findArticle(id))
      act(listRow(("int-" + id).c_str(), article->title, {}, fonts),
          {Action::Kind::OpenArticle, id}, actions);
}

// "Was this helpful?" under an article; after "No", why.
void drawRating(const AppState& state, const Fonts& fonts, ActionList& actions) {
  const UiStrings& s = *state.strings;
  gap(6);
  switch (state.rating) {
    case AppState::Rating::Thanked:
      drawWrapped(s.thanksFeedback, fonts.regular, size::kSmall, palette().muted, contentWidth());
      return;
    case AppState::Rating::Ask:
      sectionHeading(s.wasHelpful, fonts);
      act(chip("rate-yes", s.helpfulYes, fonts, false), {Action::Kind::RateArticle, "yes"}, actions);
      act(chip("rate-no", s.helpfulNo, fonts, false), {Action::Kind::RateArticle, "no"}, actions);
      endChips();
      return;
    case AppState::Rating::Reasons:
      sectionHeading(s.whyNotHelpful, fonts);
      act(chip("why-outdated", s.reasonOutdated, fonts, false), {Action::Kind::RateArticle, "reason:outdated"}, actions);
      act(chip("why-unclear", s.reasonUnclear, fonts, false), {Action::Kind::RateArticle, "reason:unclear"}, actions);
      act(chip("why-not-mine", s.reasonNotMine, fonts, false), {Action::Kind::RateArticle, "reason:not_my_problem"}, actions);
      act(chip("why-other", s.reasonOther, fonts, false), {Action::Kind::RateArticle, "reason:other"}, actions);
      endChips();
      return;
  }
}

// Markdown blocks (an article, a form's answer step) at the cursor.
void drawBlocks(const std::vector<Block>& blocks, const Fonts& fonts, ActionList& actions, float width) {
  int blockIndex = 0;
  for (const Block& block : blocks) {
    ++blockIndex;
    const bool heading = block.kind == BlockKind::Heading;
    const float textSize = heading ? (block.level <= 2 ? size::kHeading : size::kBody) : size::kBody;
    std::vector<TextRun> runs;
    for (const Span& span : block.spans) {
      TextRun run{span.text, span.bold || heading ? fonts.bold : fonts.regular, textSize,
                  span.link != LinkKind::None ? palette().link : palette().text, -1};
      if (span.link != LinkKind::None) run.link = static_cast<int>(&span - block.spans.data());
      runs.push_back(run);
    }
    float indent = 0;
    if (block.kind == BlockKind::BulletItem || block.kind == BlockKind::NumberedItem) {
      indent = 22.0f;
      const std::string marker = block.kind == BlockKind::BulletItem
                                     ? std::string("\xE2\x80\xA2")  // •
                                     : std::to_string(block.number) + ".";
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddText(fonts.regular, textSize,
                                          ImVec2(pos.x + 2, pos.y + textSize * 0.15f),
                                          palette().text, marker.c_str());
      ImGui::SetCursorScreenPos(ImVec2(pos.x + indent, pos.y));
    }
    if (heading) gap(6);
    const int link = drawRuns(("b" + std::to_string(blockIndex)).c_str(), runs, width - indent,
                              textSize * 1.3f);
    if (link >= 0) {
      const Span& span = block.spans[static_cast<std::size_t>(link)];
      actions.push_back({span.link == LinkKind::Article ? Action::Kind::OpenArticle
                                                        : Action::Kind::OpenExternal,
                         span.target});
    }
    if (indent > 0) ImGui::SetCursorPosX(ImGui::GetCursorPosX() - indent);
    gap(block.kind == BlockKind::Paragraph || heading ? 8 : 2);
  }
}

void drawArticle(const AppState& state, const Fonts& fonts, ActionList& actions) {
  const Article* article = state.currentArticle();
  if (!article) return;
  const float width = contentWidth();
  gap(6);
  drawWrapped(article->title, fonts.bold, size::kTitle, palette().text, width);
  if (const Category* category = state.kb()->findCategory(article->category))
    drawWrapped(category->title, fonts.regular, size::kSmall, palette().muted, width);
  gap(8);

  drawBlocks(state.articleBlocks, fonts, actions, width);
  drawRating(state, fonts, actions);
  gap(kPad);
}

void drawLoading(const AppState& state, const Fonts& fonts) {
  gap(40);
  ImGui::SetCursorPosX(kPad);
  drawWrapped(state.strings->loading, fonts.regular, size::kBody, palette().muted,
              ImGui::GetWindowWidth() - 2 * kPad);
}

void drawFailure(const AppState& state, const Fonts& fonts, ActionList& actions) {
  const float width = ImGui::GetWindowWidth() - 2 * kPad;
  gap(kPad);
  ImGui::SetCursorPosX(kPad);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float inner = width - 24;
  const TextLayout problem = layoutRuns({TextRun{state.problem, fonts.bold, size::kBody, 0}}, inner,
                                        size::kBody * 1.25f);
  const TextLayout detail = layoutRuns({TextRun{state.problemDetail, fonts.regular, size::kSmall, 0}},
                                       inner, size::kSmall * 1.3f);
  const float height = 12 + problem.height + 6 + detail.height + 12;
  ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height),
                                            palette().errorBackground, shapes().card);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + 12, pos.y + 12));
  drawWrapped(state.problem, fonts.bold, size::kBody, palette().errorText, inner);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + 12, pos.y + 12 + problem.height + 6));
  drawWrapped(state.problemDetail, fonts.regular, size::kSmall, palette().text, inner, 1.3f);
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + height + 12));
  ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(palette().accent));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(palette().accentHover));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(palette().accentText));
  ImGui::PushFont(fonts.bold, size::kBody);
  act(ImGui::Button(state.strings->retry.c_str()), {Action::Kind::Retry, {}}, actions);
  ImGui::PopFont();
  ImGui::PopStyleColor(3);
}

void drawPanel(const AppState& state, const Fonts& fonts, ViewMemory& memory,
               ActionList& actions) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushFont(fonts.regular, size::kBody);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus |
                                 ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
  ImGui::Begin("help-panel", nullptr, flags);
  beginFocusFrame(state.focus, memory);
  drawHeader(state, fonts, actions);

  if (!state.kb()) {
    if (state.status == ContentStatus::Failed) drawFailure(state, fonts, actions);
    else drawLoading(state, fonts);
    ImGui::End();
    ImGui::PopFont();
    return;
  }

  const View view = state.route.view;
  if (view == View::Home || view == View::SearchResults || view == View::Category) {
    gap(kPad - 8);
    drawSearchBox(state, memory, actions);
  }
  if (!state.problem.empty()) {
    ImGui::SetCursorPosX(kPad);
    drawWrapped(state.problem, fonts.regular, size::kSmall, palette().errorText,
                ImGui::GetWindowWidth() - 2 * kPad);
  }
  gap(4);

  if (memory.appliedScrollReset != state.scrollResetSerial) {
    ImGui::SetNextWindowScroll(ImVec2(0, 0));
    memory.appliedScrollReset = state.scrollResetSerial;
  }
  ImGui::SetCursorPosX(0);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(kPad, 4));
  ImGui::BeginChild("body", ImVec2(0, 0),
                    ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_NavFlattened);
  switch (view) {
    case View::Home: drawHome(state, fonts, actions); break;
    case View::Category: drawCategory(state, fonts, actions); break;
    case View::SearchResults: drawResults(state, fonts, actions); break;
    case View::Intent: drawIntent(state, fonts, actions); break;
    case View::Article: drawArticle(state, fonts, actions); break;
    case View::Form: drawForm(state, fonts, memory, actions); break;
    case View::Receipt: drawReceipt(state, fonts, actions); break;
    case View::Requests: drawRequests(state, fonts, actions); break;
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::End();
  ImGui::PopFont();
}

}  // namespace hw::ui
