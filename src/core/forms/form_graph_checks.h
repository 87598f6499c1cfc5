// Checks that need the whole form: where each step can lead. A form that
// passes can always be walked from its first step to review, asks every
// field a condition reads before the condition runs, and asks for an order
// before an item of it. Pure C++.
#pragma once
#include <vector>

#include "core/forms/form_definition.h"
#include "core/rules/condition.h"

namespace hw {

// Issues carry JSON pointers relative to the form ("/steps/2/goto").
// Checked: duplicate step and field ids, unknown goto targets (with a "did
// you mean"), steps no path reaches, loops that never reach review,
// conditions naming unknown fields, fields not asked before the condition
// (or offered options they do not have), item fields without an order field
// asked before them.
std::vector<ConditionIssue> checkFormGraph(const Form& form);

// Steps each step can lead to (branch targets and the default), by index;
// review is not included.
std::vector<std::vector<std::size_t>> formSuccessors(const Form& form);

}  // namespace hw
