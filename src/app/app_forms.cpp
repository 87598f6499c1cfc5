// The App's guided forms and tickets: starting a form (prefilled from the
// order and the shopper), moving through it, drafts kept in the browser,
// submitting into the outbox and delivering from it exactly once. No ImGui,
// no Emscripten.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "app/app.h"
#include "core/context/locale_format.h"
#include "core/forms/form_loader.h"
#include "core/forms/you_will_need.h"
#include "core/tickets/reference.h"

namespace hw {

using nlohmann::json;

namespace {

std::string todayOf(const Clock& clock) {
  return formatIsoTime(clock.nowUnix, clock.offsetMinutes).substr(0, 10);
}

std::string draftKey(const std::string& formId) { return kDraftKeyPrefix + formId; }

// An answer as the ticket carries it: text, number, yes/no or a list of
// strings; attached files become their names (the files travel alongside).
bool toTicketAnswer(const json& value, AnswerValue& out) {
  if (value.is_string()) out = value.get<std::string>();
  else if (value.is_number()) out = value.get<double>();
  else if (value.is_boolean()) out = value.get<bool>();
  else if (value.is_array()) {
    std::vector<std::string> list;
    for (const json& item : value) {
      if (item.is_string()) list.push_back(item.get<std::string>());
      else if (item.is_object() && item.contains("name") && item["name"].is_string())
        list.push_back(item["name"].get<std::string>());
    }
    out = list;
  } else {
    return false;
  }
  return true;
}

}  // namespace

void App::loadOutbox() {
  const std::string stored = m_shell.load(kOutboxKey);
  if (stored.empty()) return;
  OutboxLoad loaded = Outbox::fromJson(stored);
  m_state.outbox = std::move(loaded.outbox);
  if (!loaded.problems.empty())
    emitEvent("error", json{{"code", "outbox"}, {"message", loaded.problems.front()}}.dump());
  sendDue();
}

std::vector<OrderSummary> App::orderChoices() const {
  std::vector<OrderSummary> orders;
  for (const Order& order : m_state.shopper.orders) {
    OrderSummary summary;
    summary.id = order.id;
    summary.label = order.id + " \u00b7 " + formatItemSummary(order, m_state.locale);
    if (!order.status.empty()) summary.label += " \u00b7 " + formatOrderStatus(order.status, m_state.locale);
    for (std::size_t i = 0; i < order.items.size(); ++i) {
      const OrderItem& item = order.items[i];
      std::string label = item.name;
      if (item.quantity > 1) label += " \u00d7 " + std::to_string(item.quantity);
      summary.items.push_back({item.id.empty() ? "item-" + std::to_string(i + 1) : item.id, label});
    }
    orders.push_back(std::move(summary));
  }
  return orders;
}

void App::startForm(const std::string& argJson) {
  const json arg = json::parse(argJson, nullptr, false);
  const std::string formId = arg.is_object() && arg.contains("form") && arg["form"].is_string()
                                 ? arg["form"].get<std::string>() : std::string();
  if (!m_state.forms && m_round.active) {
    // startForm right after opening: the forms are still on their way.
    m_pendingFormStart = argJson;
    return;
  }
  const Form* form = m_state.forms ? m_state.forms->find(formId) : nullptr;
  if (!form) {
    emitEvent("error", json{{"code", "form"}, {"message", "no form \"" + formId + "\" in the loaded forms"}}.dump());
    return;
  }
  // What the shop already knows is filled in (and stays editable).
  PrefillValues prefill;
  const Customer& customer = m_state.shopper.customer;
  if (!customer.email.empty()) prefill["email"] = customer.email;
  if (!customer.name.empty()) prefill["name"] = customer.name;
  if (!customer.phone.empty()) prefill["phone"] = customer.phone;
  if (arg.contains("prefill") && arg["prefill"].is_object())
    for (const auto& item : arg["prefill"].items())
      if (item.value().is_string()) prefill[item.key()] = item.value().get<std::string>();
  const SessionOptions options{m_state.locale, todayOf(m_shell.clock())};
  FormScreen screen;
  // A draft left on this device resumes, unless this start is about
  // another order than the draft was.
  const json draft = json::parse(m_shell.load(draftKey(form->id)), nullptr, false);
  if (draft.is_object()) {
    FormSession::Restored restored = FormSession::fromDraftJson(*form, draft, orderChoices(), options);
    const json& draftOrder = restored.session.answer("order");
    const bool sameOrder = !prefill.count("order_id") || draftOrder.is_null() ||
                           (draftOrder.is_string() && draftOrder.get<std::string>() == prefill["order_id"]);
    if (restored.fromDraft && sameOrder) {
      screen.session.emplace(std::move(restored.session));
      screen.begun = true;
    }
  }
  if (!screen.session) screen.session.emplace(FormSession::start(*form, prefill, orderChoices(), options));
  screen.youWillNeed = youWillNeed(*form, m_state.locale, prefill);
  screen.answersSerial = m_state.form.answersSerial + 1;
  m_state.form = std::move(screen);
  const std::string source = arg.contains("source") && arg["source"].is_string() ? arg["source"].get<std::string>() : "api";
  emitEvent("form_start", json{{"form", form->id}, {"source", source}, {"resumed", m_state.form.begun}}.dump());
  navigate(Route{View::Form, form->id}, true);
  afterFormChange();
}

void App::formAction(const Action& action) {
  if (!m_state.form.session || m_state.route.view != View::Form) return;
  FormSession& session = *m_state.form.session;
  FormScreen& screen = m_state.form;
  const std::string formId = session.form().id;
  const FormStep* stepBefore = session.currentStep();
  const auto showErrors = [&](const std::vector<FieldError>& errors) {
    screen.errors.clear();
    for (const FieldError& error : errors) screen.errors[error.fieldId] = error.message;
  };
  switch (action.kind) {
    case Action::Kind::FormBegin:
      screen.begun = true;
      break;
    case Action::Kind::FormAnswer: {
      const json arg = json::parse(action.arg, nullptr, false);
      if (!arg.is_object() || !arg.contains("field") || !arg["field"].is_string() ||
          !session.form().findField(arg["field"].get<std::string>()))
        return;
      const std::string field = arg["field"].get<std::string>();
      session.setAnswer(field, arg.contains("value") ? arg["value"] : json());
      screen.errors.erase(field);
      break;
    }
    case Action::Kind::FormNext: {
      showErrors(session.next());
      if (!screen.errors.empty()) {
        // Said in the mirror's live region and drawn next to each field.
        break;
      }
      const FormStep* step = session.currentStep();
      emitEvent("form_step", json{{"form", formId},
                                     {"step", step ? step->id : "review"},
                                     {"index", session.progress().current - 1}}
                                    .dump());
      break;
    }
    case Action::Kind::FormBack:
      if (!stepBackInForm()) dispatch({Action::Kind::Back, {}});
      return;
    case Action::Kind::FormSolved: {
      const bool yes = action.arg == "yes";
      const std::string stepId = stepBefore ? stepBefore->id : "";
      if (!session.solved(yes)) return;
      if (yes) emitEvent("form_resolved", json{{"form", formId}, {"step", stepId}}.dump());
      else emitEvent("form_step", json{{"form", formId},
                                          {"step", session.currentStep() ? session.currentStep()->id : "review"},
                                          {"index", session.progress().current - 1}}
                                         .dump());
      break;
    }
    case Action::Kind::FormEdit:
      screen.errors.clear();
      session.editStep(action.arg);
      break;
    case Action::Kind::FormSubmit:
      submitForm();
      return;
    case Action::Kind::PickFiles: {
      const FormField* field = session.form().findField(action.arg);
      if (!field || field->type != FieldType::Attachment) return;
      std::string accept;
      for (const std::string& type : field->accept) accept += (accept.empty() ? "" : ",") + type;
      m_filesRequestId = m_nextRequestId++;
      m_filesField = field->id;
      m_shell.pickFiles(m_filesRequestId, accept, field->maxFiles > 1);
      return;
    }
    default:
      return;
  }
  if (session.currentStep() != stepBefore) ++m_state.scrollResetSerial;
  afterFormChange();
}

// One step back inside the form (or to its "you will need" screen); false
// when the form has nothing to go back to and the panel's Back applies.
bool App::stepBackInForm() {
  if (!m_state.form.session) return false;
  FormSession& session = *m_state.form.session;
  m_state.form.errors.clear();
  if (session.back()) {
    ++m_state.scrollResetSerial;
  } else if (m_state.form.begun && session.state() == SessionState::InProgress) {
    m_state.form.begun = false;
  } else {
    return false;
  }
  afterFormChange();
  return true;
}

// Keeps the draft in step with the session and prepares what the step shows.
void App::afterFormChange() {
  m_state.answerBlocks.clear();
  if (!m_state.form.session) return;
  const FormSession& session = *m_state.form.session;
  const std::string key = draftKey(session.form().id);
  const bool open = session.state() == SessionState::InProgress || session.state() == SessionState::Review;
  m_shell.store(key, open ? session.toDraftJson().dump() : std::string());
  if (const FormStep* step = session.currentStep(); step && step->kind == StepKind::Answer) {
    const Article* article = m_state.kb() ? m_state.kb()->findArticle(step->article) : nullptr;
    m_state.answerBlocks = parseMarkdown(article ? article->body : step->text);
  }
  m_shell.requestFrame();
}

void App::onFilesPicked(int requestId, std::string_view filesJson) {
  if (requestId != m_filesRequestId || !m_state.form.session) return;
  m_filesRequestId = 0;
  const json picked = json::parse(filesJson, nullptr, false);
  if (!picked.is_array() || picked.empty()) return;
  FormSession& session = *m_state.form.session;
  json files = session.answer(m_filesField);
  if (!files.is_array()) files = json::array();
  for (const json& file : picked)
    if (file.is_object() && file.contains("id") && file.contains("name") && file.contains("type") &&
        file.contains("size"))
      files.push_back({{"id", file["id"]}, {"name", file["name"]}, {"type", file["type"]}, {"size", file["size"]}});
  session.setAnswer(m_filesField, files);
  if (auto problem = session.validateAnswer(m_filesField)) m_state.form.errors[m_filesField] = *problem;
  else m_state.form.errors.erase(m_filesField);
  ++m_state.form.answersSerial;
  afterFormChange();
}

void App::submitForm() {
  FormSession& session = *m_state.form.session;
  std::optional<json> answers = session.submit();
  if (!answers) {
    m_state.form.errors.clear();
    for (const FieldError& error : session.lastErrors()) m_state.form.errors[error.fieldId] = error.message;
    afterFormChange();
    return;
  }
  const Form& form = session.form();
  const Clock clock = m_shell.clock();
  ReferenceEntropy entropy{};
  m_shell.randomBytes(entropy.data(), entropy.size());
  Ticket ticket;
  ticket.reference = makeReference(entropy);
  ticket.formId = form.id;
  ticket.locale = m_state.locale;
  ticket.createdAt = formatIsoTime(clock.nowUnix, clock.offsetMinutes);
  if (classifyLink(m_config.pageUrl) == LinkKind::External) ticket.pageUrl = m_config.pageUrl;
  ticket.widgetVersion = m_config.widgetVersion;
  std::vector<std::string> fileIds;
  for (const auto& item : answers->items()) {
    const FormField* field = form.findField(item.key());
    if (field && field->type == FieldType::Attachment && item.value().is_array())
      for (const json& file : item.value()) {
        ticket.attachments.push_back({field->id, file.value("name", ""), file.value("type", ""),
                                      file.value("size", std::int64_t{0})});
        fileIds.push_back(file.value("id", ""));
      }
    AnswerValue value;
    if (toTicketAnswer(item.value(), value)) ticket.answers[item.key()] = value;
  }
  // The order the request is about, summarized from the page's context.
  for (const auto& item : answers->items()) {
    const FormField* field = form.findField(item.key());
    if (!field || field->type != FieldType::Order || !item.value().is_string()) continue;
    for (const Order& order : m_state.shopper.orders) {
      if (order.id != item.value().get<std::string>()) continue;
      TicketOrder summary;
      summary.id = order.id;
      summary.status = order.status;
      if (order.placedAt) summary.placedAt = formatIsoTime(order.placedAt->unixSeconds, order.placedAt->offsetMinutes);
      if (order.total) summary.total = TicketMoney{order.total->amount, order.total->currency};
      for (std::size_t i = 0; i < order.items.size() && i < ticket_limits::kMaxOrderItems; ++i)
        summary.items.push_back({order.items[i].id.empty() ? "item-" + std::to_string(i + 1) : order.items[i].id,
                                 order.items[i].name, order.items[i].quantity});
      ticket.order = summary;
    }
  }
  const Customer& customer = m_state.shopper.customer;
  if (!customer.name.empty() || !customer.email.empty() || !customer.phone.empty())
    ticket.customer = TicketCustomer{customer.name, customer.email, customer.phone};
  const EnqueueResult queued = m_state.outbox.enqueue(ticket, m_shell.nowMs());
  if (queued == EnqueueResult::Invalid || queued == EnqueueResult::Full) {
    const std::vector<ContentError> problems = validateTicket(ticket);
    m_state.problem = queued == EnqueueResult::Full ? m_state.strings->requestsFull : m_state.strings->requestInvalid;
    emitEvent("error", json{{"code", "ticket"},
                               {"message", problems.empty() ? "the outbox is full" : problems.front().describe()}}
                              .dump());
    afterFormChange();
    return;
  }
  m_shell.keepFiles(ticket.reference, fileIds);
  storeOutbox();
  m_shell.store(draftKey(form.id), std::string());
  // The page may deliver the ticket itself: it gets it whole with form_submit.
  emitEvent("form_submit", json{{"form", form.id}, {"reference", ticket.reference},
                                   {"ticket", ticketToJson(ticket)}}.dump());
  emitEvent("ticket_queued", json{{"form", form.id}, {"reference", ticket.reference}}.dump());
  m_state.form = FormScreen{};
  m_state.history.clear();
  navigate(Route{View::Receipt, ticket.reference}, false);
  sendDue();
}

void App::storeOutbox() { m_shell.store(kOutboxKey, m_state.outbox.toJson()); }

void App::sendDue() {
  const std::int64_t now = m_shell.nowMs();
  for (const std::string& reference : m_state.outbox.due(now)) {
    if (!m_state.outbox.markSending(reference, now)) continue;
    if (m_config.ticketEndpoint.empty()) {
      // No endpoint: the page took the ticket from form_submit.
      m_state.outbox.onResult(reference, SendResult{SendOutcome::Delivered, "handed to the page", std::nullopt}, now, 0);
      continue;
    }
    const int requestId = m_nextRequestId++;
    m_ticketRequests[requestId] = reference;
    m_shell.postTicket(requestId, m_config.ticketEndpoint, m_state.outbox.payload(reference), reference);
  }
  storeOutbox();
  if (auto wake = m_state.outbox.nextWakeAt()) m_shell.wakeAfter(std::max<std::int64_t>(0, *wake - now));
  m_shell.requestFrame();
}

void App::onTicketAnswer(const std::string& reference, int httpStatus, std::string_view body,
                         std::string_view networkError) {
  SendResult result;
  if (httpStatus >= 200 && httpStatus < 300) {
    result.outcome = SendOutcome::Delivered;
  } else if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 429) {
    // The endpoint will never take it as it is: kept with its answers, with the reason.
    result.outcome = SendOutcome::Rejected;
    const json answer = json::parse(body, nullptr, false);
    result.reason = answer.is_object() && answer.contains("error") && answer["error"].is_string()
                        ? answer["error"].get<std::string>()
                        : "the server answered HTTP " + std::to_string(httpStatus);
    if (answer.is_object() && answer.contains("pointer") && answer["pointer"].is_string())
      result.reason = answer["pointer"].get<std::string>() + ": " + result.reason;
  } else {
    result.outcome = SendOutcome::Retryable;
    result.reason = httpStatus == 0 ? std::string(networkError) : "HTTP " + std::to_string(httpStatus);
  }
  std::uint32_t jitter = 0;
  m_shell.randomBytes(reinterpret_cast<std::uint8_t*>(&jitter), sizeof jitter);
  const OutboxEntry* entry = m_state.outbox.find(reference);
  const std::string formId = entry ? entry->formId : "";
  if (!m_state.outbox.onResult(reference, result, m_shell.nowMs(), jitter)) return;
  const OutboxEntry* after = m_state.outbox.find(reference);
  if (after && after->state == OutboxState::Delivered)
    emitEvent("ticket_delivered", json{{"form", formId}, {"reference", reference}}.dump());
  if (after && after->state == OutboxState::Rejected)
    emitEvent("error", json{{"code", "ticket_rejected"}, {"reference", reference}, {"message", result.reason}}.dump());
  storeOutbox();
  if (auto wake = m_state.outbox.nextWakeAt())
    m_shell.wakeAfter(std::max<std::int64_t>(0, *wake - m_shell.nowMs()));
  m_shell.requestFrame();
}

void App::onTimer() { sendDue(); }

void App::onOnline() {
  m_state.outbox.retryNow(m_shell.nowMs());
  sendDue();
}

void App::closed() {
  flushEvents();
  if (m_state.route.view != View::Form || !m_state.form.session) return;
  const FormSession& session = *m_state.form.session;
  if (session.state() != SessionState::InProgress && session.state() != SessionState::Review) return;
  const FormStep* step = session.currentStep();
  emitEvent("form_abandon", json{{"form", session.form().id},
                                    {"step", !m_state.form.begun ? "intro" : step ? step->id : "review"}}
                                   .dump());
}

}  // namespace hw
