// A small valid forms document for tests to load as is or to break in one
// place.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "core/forms/form_loader.h"
#include "core/forms/form_session.h"

namespace hw::test {

inline nlohmann::json sampleFormsDocument() {
  return nlohmann::json::parse(R"({
  "schema_version": 1,
  "locale": "en",
  "forms": [{
    "id": "damaged",
    "title": "Damaged item",
    "category": "orders",
    "keywords": ["broken"],
    "steps": [
      {"id": "which", "kind": "questions", "title": "Which order?",
       "fields": [
         {"id": "order", "type": "order", "label": "Order", "required": true, "prefill": "order_id"},
         {"id": "item", "type": "item", "label": "Item", "required": true, "prefill": "item_id"},
         {"id": "problem", "type": "single_choice", "label": "What happened?", "required": true,
          "options": [{"id": "damaged", "label": "Damaged"}, {"id": "wrong", "label": "Wrong item"},
                      {"id": "missing", "label": "Something is missing"}]}
       ],
       "next": [{"when": {"field": "problem", "equals": "wrong"}, "goto": "wrong-answer"}],
       "goto": "photos"},
      {"id": "wrong-answer", "kind": "answer", "title": "Wrong item", "article": "wrong-item", "goto": "details"},
      {"id": "photos", "kind": "questions", "title": "Photos",
       "when": {"field": "problem", "equals": "damaged"},
       "fields": [{"id": "pictures", "type": "attachment", "label": "Photos of the damage", "required": true,
                   "accept": ["image/jpeg", "image/png"], "max_files": 5, "max_bytes": 5242880}]},
      {"id": "details", "kind": "questions", "title": "Details",
       "fields": [{"id": "note", "type": "long_text", "label": "Anything else?"},
                  {"id": "email", "type": "email", "label": "Email", "required": true, "prefill": "email"}]}
    ]
  }]
})");
}

inline Loaded<FormSet> loadJson(const nlohmann::json& document) {
  return loadForms(document.dump(2), "forms.json");
}

}  // namespace hw::test

namespace hw::test {

inline const Form& sampleForm() {
  static const Loaded<FormSet> loaded = loadJson(sampleFormsDocument());
  REQUIRE(loaded.ok());
  return loaded.value.forms.front();
}

inline std::vector<OrderSummary> sampleOrders() {
  return {{"SO-1042", "SO-1042 · 2 items", {{"sku-1", "Blue mug"}, {"sku-2", "Teapot"}}},
          {"SO-1043", "SO-1043 · 1 item", {{"sku-3", "Desk lamp"}}}};
}

inline nlohmann::json photo(const char* name) {
  return {{"name", name}, {"type", "image/jpeg"}, {"size", 120000}};
}

}  // namespace hw::test
