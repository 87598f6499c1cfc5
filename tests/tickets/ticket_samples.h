// Sample tickets shared by the ticket and outbox tests.
#pragma once
#include <string>

#include "core/tickets/reference.h"
#include "core/tickets/ticket.h"

namespace hw::test {

inline std::string sampleReference(std::uint8_t seed) {
  return makeReference({seed, static_cast<std::uint8_t>(seed * 7), 0x5A, 0x11,
                        static_cast<std::uint8_t>(seed ^ 0xC3)});
}

// A ticket using every member: order, customer, each answer kind, attachments.
inline Ticket fullTicket(std::uint8_t seed = 1) {
  Ticket ticket;
  ticket.reference = sampleReference(seed);
  ticket.formId = "wrong-item";
  ticket.locale = "en";
  ticket.createdAt = "2026-11-23T10:15:00+01:00";
  ticket.pageUrl = "https://shop.example/orders/SO-1042";
  ticket.widgetVersion = "0.1.0";
  ticket.answers["description"] = std::string("The mug arrived broken \xF0\x9F\x98\xA2");
  ticket.answers["quantity"] = 2.0;
  ticket.answers["keep_item"] = false;
  ticket.answers["issues"] = std::vector<std::string>{"broken", "late"};
  TicketOrder order;
  order.id = "SO-1042";
  order.status = "delivered";
  order.placedAt = "2026-11-20T09:00:00Z";
  order.total = TicketMoney{49.9, "EUR"};
  order.items.push_back({"SKU-1", "Mug", 2});
  ticket.order = order;
  ticket.customer = TicketCustomer{"Ada Lovelace", "ada@example.com", "+44 20 7946 0000"};
  ticket.attachments.push_back({"photo", "mug.jpg", "image/jpeg", 48213});
  return ticket;
}

// The smallest valid ticket.
inline Ticket minimalTicket(std::uint8_t seed = 2) {
  Ticket ticket;
  ticket.reference = sampleReference(seed);
  ticket.formId = "contact";
  ticket.locale = "zh-CN";
  ticket.createdAt = "2026-11-23T09:15:00Z";
  ticket.widgetVersion = "0.1.0";
  ticket.answers["message"] = std::string("你好");
  return ticket;
}

}  // namespace hw::test
