// Guided form views. ImGui only: no I/O, no Emscripten.
#include "ui/form_views.h"

#include <algorithm>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "ui/focus_ring.h"
#include "ui/view_parts.h"

namespace hw::ui {

using nlohmann::json;

namespace {

// ImGui edits a char buffer; this lets it grow a std::string instead.
int resizeCallback(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

bool inputString(const char* id, std::string& text, bool multiline, const std::string& hint) {
  const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
  text.reserve(text.size() + 1);
  if (multiline)
    return ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, ImVec2(-1, 110), flags,
                                     resizeCallback, &text);
  return ImGui::InputTextWithHint(id, hint.c_str(), text.data(), text.capacity() + 1, flags,
                                  resizeCallback, &text);
}

std::string answerText(const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number()) {
    std::string text = std::to_string(value.get<double>());
    while (text.size() > 1 && text.back() == '0') text.pop_back();
    if (!text.empty() && text.back() == '.') text.pop_back();
    return text;
  }
  return {};
}

void answer(ActionList& actions, const std::string& field, json value) {
  actions.push_back({Action::Kind::FormAnswer, json{{"field", field}, {"value", std::move(value)}}.dump()});
}

bool button(const char* label, const Fonts& fonts, bool primary) {
  ImGui::PushFont(fonts.bold, size::kBody);
  ImGui::PushStyleColor(ImGuiCol_Button, primary ? palette().accent : palette().card);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, primary ? palette().accentHover : palette().cardHover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, primary ? palette().accentHover : palette().cardHover);
  ImGui::PushStyleColor(ImGuiCol_Text, primary ? palette().accentText : palette().text);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(16, 9));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, shapes().frame);
  const bool pressed = ImGui::Button(label);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor(4);
  ImGui::PopFont();
  return pressed;
}

// Keeps the next button on this line when it fits, else starts a new line:
// with large text on a phone two buttons may not fit side by side.
void sameLineIfFits(const std::string& nextLabel, const Fonts& fonts) {
  const float width = fonts.bold->CalcTextSizeA(size::kBody, FLT_MAX, 0.0f, nextLabel.c_str()).x + 2 * 16.0f;
  ImGui::SameLine();
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

// A radio button or checkbox whose label wraps to the panel's width: ImGui's
// own never wrap, so a long order label would run off a narrow panel.
bool choice(const std::string& label, bool on, bool radio, const Fonts& fonts) {
  const float width = contentWidth();
  const float mark = size::kBody;
  const float textX = mark + 10.0f;
  const float lineHeight = size::kBody * 1.25f;
  const std::vector<TextRun> runs{TextRun{label, fonts.regular, size::kBody, palette().text}};
  const TextLayout layout = layoutRuns(runs, std::max(width - textX, 1.0f), lineHeight);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 extent(width, std::max(layout.height, lineHeight) + 4.0f);
  const bool pressed = ImGui::InvisibleButton(label.c_str(), extent, ImGuiButtonFlags_EnableNav);
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  if (hovered) drawList->AddRectFilled(pos, ImVec2(pos.x + extent.x, pos.y + extent.y), palette().cardHover, shapes().frame);
  const ImVec2 centre(pos.x + mark * 0.5f + 2.0f, pos.y + 2.0f + lineHeight * 0.5f);
  const float r = mark * 0.5f - 1.0f;
  if (radio) {
    drawList->AddCircle(centre, r, palette().controlBorder, 0, 1.5f);
    if (on) drawList->AddCircleFilled(centre, r * 0.55f, palette().link);
  } else {
    const ImVec2 a(centre.x - r, centre.y - r), b(centre.x + r, centre.y + r);
    if (on) {
      drawList->AddRectFilled(a, b, palette().link, std::min(4.0f, shapes().frame));
      const ImVec2 tick[3] = {ImVec2(centre.x - r * 0.5f, centre.y), ImVec2(centre.x - r * 0.1f, centre.y + r * 0.45f),
                              ImVec2(centre.x + r * 0.55f, centre.y - r * 0.45f)};
      drawList->AddPolyline(tick, 3, palette().background, ImDrawFlags_None, 2.0f);
    } else {
      drawList->AddRect(a, b, palette().controlBorder, std::min(4.0f, shapes().frame), ImDrawFlags_None, 1.5f);
    }
  }
  for (const PlacedPiece& piece : layout.pieces)
    drawList->AddText(fonts.regular, size::kBody,
                      ImVec2(pos.x + textX + piece.offset.x, pos.y + 2.0f + piece.offset.y + (lineHeight - size::kBody) * 0.5f),
                      palette().text, piece.text.data(), piece.text.data() + piece.text.size());
  return pressed;
}

void drawProgress(const AppState& state, const FormSession& session, const Fonts& fonts) {
  const Progress progress = session.progress();
  drawWrapped(formatString(state.strings->stepOf, {{"current", std::to_string(progress.current)},
                                                    {"total", std::to_string(progress.total)}}),
              fonts.regular, size::kSmall, palette().muted, contentWidth());
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float width = contentWidth();
  const float share = progress.total > 0 ? static_cast<float>(progress.current) / progress.total : 0;
  ImDrawList* drawList = ImGui::GetWindowDrawList();
  drawList->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + 6), palette().border, 3);
  drawList->AddRectFilled(pos, ImVec2(pos.x + width * share, pos.y + 6), palette().link, 3);
  gap(12);
}

// The field's widget; edits become FormAnswer actions.
void drawField(const AppState& state, const FormSession& session, const FormField& field,
               const Fonts& fonts, ViewMemory& memory, ActionList& actions) {
  ImGui::PushID(field.id.c_str());
  std::string label = field.label;
  if (field.required) label += " *";
  drawWrapped(label, fonts.bold, size::kBody, palette().text, contentWidth());
  if (!field.help.empty()) drawWrapped(field.help, fonts.regular, size::kSmall, palette().muted, contentWidth());
  const json& value = session.answer(field.id);
  // Without the shopper's orders (a guest) an order or item is typed, as
  // its validation allows; with them it is picked from the list.
  const bool typedId = (field.type == FieldType::Order || field.type == FieldType::Item) &&
                       session.choicesFor(field.id).empty();
  switch (typedId ? FieldType::ShortText : field.type) {
    case FieldType::SingleChoice:
    case FieldType::Order:
    case FieldType::Item:
      for (const ChoiceOption& option : session.choicesFor(field.id)) {
        const bool selected = value.is_string() && value.get<std::string>() == option.id;
        if (choice(option.label, selected, true, fonts) && !selected) answer(actions, field.id, option.id);
      }
      break;
    case FieldType::MultipleChoice:
      for (const ChoiceOption& option : session.choicesFor(field.id)) {
        bool checked = false;
        if (value.is_array())
          for (const json& picked : value) checked = checked || (picked.is_string() && picked.get<std::string>() == option.id);
        if (choice(option.label, checked, false, fonts)) {
          checked = !checked;
          json next = json::array();
          if (value.is_array())
            for (const json& picked : value)
              if (!(picked.is_string() && picked.get<std::string>() == option.id)) next.push_back(picked);
          if (checked) next.push_back(option.id);
          answer(actions, field.id, next);
        }
      }
      break;
    case FieldType::Attachment: {
      if (value.is_array()) {
        int index = 0;
        for (const json& file : value) {
          ImGui::PushID(index);
          const std::string name = file.is_object() ? file.value("name", "") : "";
          const long long kb = file.is_object() ? file.value("size", 0LL) / 1024 : 0;
          drawWrapped(name + " (" + std::to_string(kb) + " KB)", fonts.regular, size::kSmall, palette().text, contentWidth());
          if (ImGui::SmallButton(state.strings->removeFile.c_str())) {
            json next = json::array();
            for (std::size_t i = 0; i < value.size(); ++i)
              if (static_cast<int>(i) != index) next.push_back(value[i]);
            answer(actions, field.id, next);
          }
          ImGui::PopID();
          ++index;
        }
      }
      act(button(state.strings->addFiles.c_str(), fonts, false), {Action::Kind::PickFiles, field.id}, actions);
      break;
    }
    default: {
      std::string& text = memory.fieldText[field.id];
      const bool multiline = field.type == FieldType::LongText;
      const std::string hint = !field.placeholder.empty() ? field.placeholder
                               : field.type == FieldType::Date ? "YYYY-MM-DD" : std::string();
      ImGui::SetNextItemWidth(-1);
      if (takeFieldFocus("field:" + field.id)) ImGui::SetKeyboardFocusHere();
      const bool edited = inputString("##input", text, multiline, hint);
      ringIfFocused("field:" + field.id);
      if (edited) {
        if (field.type == FieldType::Number) {
          char* end = nullptr;
          const double number = std::strtod(text.c_str(), &end);
          answer(actions, field.id, !text.empty() && end && *end == '\0' ? json(number) : json(text));
        } else {
          answer(actions, field.id, text);
        }
      }
      break;
    }
  }
  if (auto error = state.form.errors.find(field.id); error != state.form.errors.end())
    drawWrapped(error->second, fonts.bold, size::kSmall, palette().errorText, contentWidth());
  gap(10);
  ImGui::PopID();
}

void syncBuffers(const AppState& state, const FormSession& session, ViewMemory& memory) {
  const FormStep* step = session.currentStep();
  const std::string stepId = step ? step->id : "";
  if (stepId == memory.syncedFormStep && state.form.answersSerial == memory.syncedAnswersSerial) return;
  memory.syncedFormStep = stepId;
  memory.syncedAnswersSerial = state.form.answersSerial;
  memory.fieldText.clear();
  if (step)
    for (const FormField& field : step->fields) memory.fieldText[field.id] = answerText(session.answer(field.id));
}

void drawIntro(const AppState& state, const FormSession& session, const Fonts& fonts, ActionList& actions) {
  if (!session.form().description.empty())
    drawWrapped(session.form().description, fonts.regular, size::kBody, palette().text, contentWidth());
  if (!state.form.youWillNeed.empty()) {
    sectionHeading(state.strings->youWillNeed, fonts);
    for (const std::string& need : state.form.youWillNeed)
      drawWrapped("\xE2\x80\xA2 " + need, fonts.regular, size::kBody, palette().text, contentWidth());
  }
  gap(12);
  act(button(state.strings->startForm.c_str(), fonts, true), {Action::Kind::FormBegin, {}}, actions);
}

void drawReview(const AppState& state, const FormSession& session, const Fonts& fonts, ActionList& actions) {
  drawWrapped(state.strings->reviewTitle, fonts.bold, size::kHeading, palette().text, contentWidth());
  gap(6);
  std::string lastStep;
  for (const ReviewEntry& entry : session.review()) {
    ImGui::PushID(entry.fieldId.c_str());
    drawWrapped(entry.label, fonts.regular, size::kSmall, palette().muted, contentWidth());
    drawWrapped(entry.value, fonts.bold, size::kBody, palette().text, contentWidth());
    if (entry.stepId != lastStep)
      act(ImGui::SmallButton(state.strings->edit.c_str()), {Action::Kind::FormEdit, entry.stepId}, actions);
    lastStep = entry.stepId;
    gap(6);
    ImGui::PopID();
  }
  if (!state.problem.empty()) drawWrapped(state.problem, fonts.bold, size::kSmall, palette().errorText, contentWidth());
  gap(8);
  act(button(state.strings->previous.c_str(), fonts, false), {Action::Kind::FormBack, {}}, actions);
  sameLineIfFits(state.strings->submit, fonts);
  act(button(state.strings->submit.c_str(), fonts, true), {Action::Kind::FormSubmit, {}}, actions);
}

}  // namespace

void drawForm(const AppState& state, const Fonts& fonts, ViewMemory& memory, ActionList& actions) {
  if (!state.form.session) return;
  const FormSession& session = *state.form.session;
  gap(4);
  drawWrapped(session.form().title, fonts.bold, size::kTitle, palette().text, contentWidth());
  gap(4);
  if (session.state() == SessionState::Resolved) {
    drawWrapped(state.strings->resolvedTitle, fonts.bold, size::kHeading, palette().text, contentWidth());
    drawWrapped(state.strings->resolvedText, fonts.regular, size::kBody, palette().muted, contentWidth());
    gap(10);
    act(button(state.strings->backToHelp.c_str(), fonts, true), {Action::Kind::Home, {}}, actions);
    return;
  }
  if (!state.form.begun) {
    drawIntro(state, session, fonts, actions);
    return;
  }
  drawProgress(state, session, fonts);
  if (session.state() == SessionState::Review) {
    drawReview(state, session, fonts, actions);
    return;
  }
  const FormStep* step = session.currentStep();
  if (!step) return;
  syncBuffers(state, session, memory);
  drawWrapped(step->title, fonts.bold, size::kHeading, palette().text, contentWidth());
  if (!step->description.empty()) drawWrapped(step->description, fonts.regular, size::kSmall, palette().muted, contentWidth());
  gap(8);
  if (step->kind == StepKind::Answer) {
    drawBlocks(state.answerBlocks, fonts, actions, contentWidth());
    drawWrapped(state.strings->solvedQuestion, fonts.bold, size::kBody, palette().text, contentWidth());
    gap(4);
    act(button(state.strings->solvedYes.c_str(), fonts, true), {Action::Kind::FormSolved, "yes"}, actions);
    sameLineIfFits(state.strings->solvedNo, fonts);
    act(button(state.strings->solvedNo.c_str(), fonts, false), {Action::Kind::FormSolved, "no"}, actions);
    return;
  }
  for (const FormField& field : step->fields) drawField(state, session, field, fonts, memory, actions);
  if (!state.form.errors.empty())
    drawWrapped(state.strings->fixErrors, fonts.bold, size::kSmall, palette().errorText, contentWidth());
  gap(4);
  act(button(state.strings->previous.c_str(), fonts, false), {Action::Kind::FormBack, {}}, actions);
  sameLineIfFits(state.strings->next, fonts);
  act(button(state.strings->next.c_str(), fonts, true), {Action::Kind::FormNext, {}}, actions);
  gap(size::kPadding);
}

std::string requestStateLabel(const AppState& state, OutboxState outboxState, const std::string& reason) {
  switch (outboxState) {
    case OutboxState::Queued: return state.strings->stateQueued;
    case OutboxState::Sending: return state.strings->stateSending;
    case OutboxState::Delivered: return state.strings->stateDelivered;
    case OutboxState::Rejected: return formatString(state.strings->stateRejected, {{"reason", reason}});
  }
  return {};
}

void drawReceipt(const AppState& state, const Fonts& fonts, ActionList& actions) {
  const OutboxEntry* entry = state.outbox.find(state.route.id);
  gap(6);
  drawWrapped(state.strings->receiptTitle, fonts.bold, size::kTitle, palette().text, contentWidth());
  gap(6);
  drawWrapped(formatString(state.strings->referenceLabel, {{"reference", state.route.id}}), fonts.bold,
              size::kHeading, palette().link, contentWidth());
  if (entry) {
    drawWrapped(requestStateLabel(state, entry->state, entry->lastError), fonts.regular, size::kSmall,
                palette().muted, contentWidth());
    gap(6);
    const bool sent = entry->state == OutboxState::Delivered;
    drawWrapped(sent ? state.strings->receiptSent : state.strings->receiptQueued, fonts.regular, size::kBody,
                palette().text, contentWidth());
  }
  gap(12);
  act(button(state.strings->myRequests.c_str(), fonts, false), {Action::Kind::OpenRequests, {}}, actions);
  sameLineIfFits(state.strings->backToHelp, fonts);
  act(button(state.strings->backToHelp.c_str(), fonts, true), {Action::Kind::Home, {}}, actions);
}

void drawRequests(const AppState& state, const Fonts& fonts, ActionList& actions) {
  gap(6);
  drawWrapped(state.strings->myRequests, fonts.bold, size::kTitle, palette().text, contentWidth());
  gap(8);
  const std::vector<RequestSummary> requests = state.outbox.requests();
  if (requests.empty()) drawWrapped(state.strings->noRequests, fonts.regular, size::kBody, palette().muted, contentWidth());
  for (const RequestSummary& request : requests) {
    const Form* form = state.forms ? state.forms->find(request.formId) : nullptr;
    const std::string title = (form ? form->title : request.formId) + " \u00b7 " + request.reference;
    const std::string detail = request.createdAt.substr(0, 10) + " \u00b7 " +
                               requestStateLabel(state, request.state, request.lastError);
    listRow(("req-" + request.reference).c_str(), title, detail, fonts);
  }
  (void)actions;
}

void drawFormLinks(const AppState& state, const Fonts& fonts, ActionList& actions) {
  if (!state.forms || state.forms->forms.empty()) return;
  sectionHeading(state.strings->formsHeading, fonts);
  for (const Form& form : state.forms->forms)
    act(chip(("form-" + form.id).c_str(), form.title, fonts, false),
        {Action::Kind::StartForm, json{{"form", form.id}, {"source", "home"}}.dump()}, actions);
  if (!state.outbox.entries().empty())
    act(chip("my-requests", state.strings->myRequests + " (" + std::to_string(state.outbox.entries().size()) + ")", fonts, true),
        {Action::Kind::OpenRequests, {}}, actions);
  endChips();
}

}  // namespace hw::ui
