// The interface strings kind (assets/strings/<locale>.json): locale files
// given together are each compared with English, the en.json among them or
// else the English built into this program. A placeholder English does not use is an
// error (nothing would fill it); a missing or unknown key is a warning.
// Pure C++.
#pragma once
#include "core/content/content_kinds.h"

namespace hw::content {

ContentKind interfaceStringsKind();  // published as "strings.<locale>"

}  // namespace hw::content
