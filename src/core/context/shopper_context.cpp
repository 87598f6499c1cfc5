#include "core/context/shopper_context.h"

#include <algorithm>

#include "core/json_document.h"
#include "core/markdown.h"
#include "core/utf8.h"

namespace hw {

using nlohmann::json;

const std::vector<std::string>& knownOrderStatuses() {
  static const std::vector<std::string> kStatuses = {"pending", "processing", "shipped",
                                                     "delivered", "cancelled", "returned"};
  return kStatuses;
}

const std::vector<std::string>& knownPaymentStatuses() {
  static const std::vector<std::string> kStatuses = {"paid", "pending", "authorized", "failed",
                                                     "refunded"};
  return kStatuses;
}

const std::vector<std::string>& knownRefundStatuses() {
  static const std::vector<std::string> kStatuses = {"requested", "pending", "completed",
                                                     "rejected"};
  return kStatuses;
}

namespace {

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

// Reads the context leniently: each field is checked on its own, so one bad
// value costs that value only. Unknown keys are ignored on purpose: shops
// send whatever their order system has, and that must not be an error.
class ContextReader {
 public:
  ContextReader(const ContextLimits& limits, std::vector<ContextIssue>& issues)
      : m_limits(limits), m_issues(issues) {}

  void read(const json& root, ShopperContext& out) {
    if (!root.is_object()) {
      report("", "the context must be an object with \"customer\" and \"orders\"");
      return;
    }
    if (const json* customer = member(root, "", "customer", json::value_t::object))
      readCustomer(*customer, "/customer", out.customer);
    if (const json* orders = member(root, "", "orders", json::value_t::array)) {
      std::size_t count = std::min(orders->size(), m_limits.maxOrders);
      if (orders->size() > m_limits.maxOrders)
        report("/orders", "has " + std::to_string(orders->size()) + " orders; only the first " +
                              std::to_string(m_limits.maxOrders) + " are used");
      for (std::size_t i = 0; i < count; ++i) {
        Order order;
        if (readOrder((*orders)[i], "/orders/" + std::to_string(i), order))
          out.orders.push_back(std::move(order));
      }
      // Newest first; orders without a valid date keep the host's order,
      // after the dated ones.
      std::stable_sort(out.orders.begin(), out.orders.end(), [](const Order& a, const Order& b) {
        if (a.placedAt && b.placedAt) return a.placedAt->unixSeconds > b.placedAt->unixSeconds;
        return a.placedAt.has_value() && !b.placedAt.has_value();
      });
    }
  }

 private:
  void report(std::string pointer, std::string message) {
    m_issues.push_back({std::move(pointer), std::move(message)});
  }

  // The member `key` when present with the expected type; reports a wrong type.
  const json* member(const json& object, const std::string& at, const char* key,
                     json::value_t type) {
    auto found = object.find(key);
    if (found == object.end() || found->is_null()) return nullptr;
    const bool numberWanted = type == json::value_t::number_float;
    if (numberWanted ? !found->is_number() : found->type() != type) {
      const char* wanted = type == json::value_t::object   ? "an object"
                           : type == json::value_t::array  ? "an array"
                           : type == json::value_t::string ? "a string"
                                                           : "a number";
      report(at + "/" + key, std::string("must be ") + wanted);
      return nullptr;
    }
    return &*found;
  }

  bool text(const json& object, const std::string& at, const char* key, std::string& out) {
    const json* value = member(object, at, key, json::value_t::string);
    if (!value) return false;
    const std::string& s = value->get_ref<const std::string&>();
    if (findInvalidUtf8(s) != std::string::npos) {
      report(at + "/" + key, "is not valid UTF-8");
      return false;
    }
    std::size_t chars = 0;
    for (std::size_t pos = 0; pos < s.size(); ++chars) decodeUtf8(s, pos);
    if (chars > m_limits.maxTextChars) {
      report(at + "/" + key, "is longer than " + std::to_string(m_limits.maxTextChars) +
                                 " characters");
      return false;
    }
    out = s;
    return true;
  }

  void oneOf(const json& object, const std::string& at, const char* key, const char* what,
             const std::vector<std::string>& allowed, std::string& out) {
    std::string value;
    if (!text(object, at, key, value)) return;
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end()) {
      report(at + "/" + key, std::string("unknown ") + what + " \"" + value +
                                 "\" (expected one of: " + joined(allowed) + ")");
      return;
    }
    out = value;
  }

  void time(const json& object, const std::string& at, const char* key,
            std::optional<Instant>& out) {
    std::string value;
    if (!text(object, at, key, value)) return;
    out = parseIsoTime(value);
    if (!out)
      report(at + "/" + key, "\"" + value +
                                 "\" is not an ISO 8601 time such as 2026-11-20T09:30:00+08:00");
  }

  void money(const json& object, const std::string& at, const char* key,
             std::optional<Money>& out) {
    const json* value = member(object, at, key, json::value_t::object);
    if (!value) return;
    const std::string here = at + "/" + key;
    const json* amount = member(*value, here, "amount", json::value_t::number_float);
    Money parsed;
    if (!amount || !text(*value, here, "currency", parsed.currency)) {
      if (!amount && !value->contains("amount")) report(here, "needs \"amount\" and \"currency\"");
      return;
    }
    parsed.amount = amount->get<double>();
    out = parsed;
  }

  void readCustomer(const json& object, const std::string& at, Customer& out) {
    text(object, at, "first_name", out.firstName);
    text(object, at, "name", out.name);
    text(object, at, "email", out.email);
    text(object, at, "phone", out.phone);
  }

  bool readOrder(const json& object, const std::string& at, Order& out) {
    if (!object.is_object()) {
      report(at, "each order must be an object");
      return false;
    }
    // Without an id the order cannot be named to the shopper or support.
    if (!text(object, at, "id", out.id) || out.id.empty()) {
      if (!object.contains("id")) report(at + "/id", "is missing; the order is not shown");
      return false;
    }
    oneOf(object, at, "status", "order status", knownOrderStatuses(), out.status);
    time(object, at, "placed_at", out.placedAt);
    time(object, at, "return_by", out.returnBy);
    money(object, at, "total", out.total);
    if (const json* payment = member(object, at, "payment", json::value_t::object))
      oneOf(*payment, at + "/payment", "status", "payment status", knownPaymentStatuses(),
            out.paymentStatus);
    if (const json* shipment = member(object, at, "shipment", json::value_t::object))
      out.shipment = readShipment(*shipment, at + "/shipment");
    if (const json* refund = member(object, at, "refund", json::value_t::object)) {
      Refund parsed;
      oneOf(*refund, at + "/refund", "status", "refund status", knownRefundStatuses(),
            parsed.status);
      time(*refund, at + "/refund", "requested_at", parsed.requestedAt);
      money(*refund, at + "/refund", "amount", parsed.amount);
      out.refund = parsed;
    }
    if (const json* items = member(object, at, "items", json::value_t::array)) {
      const std::size_t count = std::min(items->size(), m_limits.maxItems);
      for (std::size_t i = 0; i < count; ++i) {
        OrderItem item;
        if (readItem((*items)[i], at + "/items/" + std::to_string(i), item))
          out.items.push_back(std::move(item));
      }
    }
    return true;
  }

  Shipment readShipment(const json& object, const std::string& at) {
    Shipment shipment;
    text(object, at, "carrier", shipment.carrier);
    text(object, at, "tracking", shipment.tracking);
    std::string url;
    if (text(object, at, "tracking_url", url)) {
      // Only web links leave the widget; javascript: and friends never do.
      if (classifyLink(url) == LinkKind::External) shipment.trackingUrl = url;
      else report(at + "/tracking_url", "must be an http or https URL");
    }
    time(object, at, "shipped_at", shipment.shippedAt);
    time(object, at, "eta", shipment.eta);
    time(object, at, "delivered_at", shipment.deliveredAt);
    return shipment;
  }

  bool readItem(const json& object, const std::string& at, OrderItem& out) {
    if (!object.is_object()) {
      report(at, "each item must be an object");
      return false;
    }
    if (!text(object, at, "name", out.name) || out.name.empty()) {
      if (!object.contains("name")) report(at + "/name", "is missing; the item is not shown");
      return false;
    }
    text(object, at, "id", out.id);
    text(object, at, "category", out.category);
    if (const json* quantity = member(object, at, "quantity", json::value_t::number_float)) {
      const double q = quantity->get<double>();
      if (q >= 1 && q <= 10000 && q == static_cast<double>(static_cast<int>(q)))
        out.quantity = static_cast<int>(q);
      else
        report(at + "/quantity", "must be a whole number from 1 to 10000");
    }
    return true;
  }

  const ContextLimits& m_limits;
  std::vector<ContextIssue>& m_issues;
};

}  // namespace

ParsedContext parseShopperContext(const json& value, const ContextLimits& limits) {
  ParsedContext parsed;
  ContextReader reader(limits, parsed.issues);
  reader.read(value, parsed.context);
  return parsed;
}

ParsedContext parseShopperContextText(std::string_view text, const ContextLimits& limits) {
  JsonLimits jsonLimits;
  jsonLimits.maxBytes = limits.maxBytes;
  jsonLimits.maxDepth = 16;
  Loaded<json> document = parseJsonDocument(text, "context", jsonLimits);
  if (!document.ok()) {
    ParsedContext parsed;
    const ContentError& error = document.errors.front();
    parsed.issues.push_back({error.pointer, "line " + std::to_string(error.position.line) +
                                                ", column " + std::to_string(error.position.column) +
                                                ": " + error.message});
    return parsed;
  }
  return parseShopperContext(document.value, limits);
}

}  // namespace hw
