# Guided forms: definitions, loader with graph checks, validation and the
# session state machine. Pure C++, part of hw_core so that the panel and the
# command line get it without further wiring.
target_sources(hw_core PRIVATE
  src/core/forms/form_definition.cpp
  src/core/forms/form_messages.cpp
  src/core/forms/pattern.cpp
  src/core/forms/text_length.cpp
  src/core/forms/field_validation.cpp
  src/core/forms/form_loader.cpp
  src/core/forms/form_graph_checks.cpp
  src/core/forms/answer_display.cpp
  src/core/forms/form_session.cpp
  src/core/forms/form_draft.cpp
  src/core/forms/you_will_need.cpp
)

if(NOT EMSCRIPTEN)
  add_executable(forms_tests
    tests/forms/unit-pattern.cpp
    tests/forms/unit-field-validation.cpp
    tests/forms/unit-form-loader.cpp
    tests/forms/unit-form-graph.cpp
    tests/forms/unit-session-navigation.cpp
    tests/forms/unit-session-review.cpp
    tests/forms/unit-session-draft.cpp
    tests/forms/unit-you-will-need.cpp
    tests/forms/unit-sample-forms.cpp
    tests/forms/unit-forms-schema.cpp
  )
  target_link_libraries(forms_tests PRIVATE hw_core hw_catch2)
  target_include_directories(forms_tests PRIVATE tests)
  target_compile_definitions(forms_tests PRIVATE HW_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}")
  add_test(NAME forms_tests COMMAND forms_tests)
endif()
