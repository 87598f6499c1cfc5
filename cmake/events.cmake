# Analytics events: the event model, the builder with the retailer's privacy,
# consent and sampling choices, the send queue, and the report over many
# events (text, JSON, HTML). Pure C++ in hw_core; helpkb report and the
# inbox's event intake use it natively. Included after tickets and schema.
target_sources(hw_core PRIVATE
  src/core/events/event.cpp
  src/core/events/event_fields.cpp
  src/core/events/event_queue.cpp
  src/core/events/event_builder.cpp
  src/core/events/event_log.cpp
  src/core/events/event_report.cpp
  src/core/events/report_output.cpp
  src/core/events/closest_articles.cpp
  src/core/events/report_html.cpp
)

if(TARGET helpkb)
  target_sources(helpkb PRIVATE src/cli/report_command.cpp)
endif()

if(NOT EMSCRIPTEN)
  add_executable(events_tests
    tests/events/unit-event-serialization.cpp
    tests/events/unit-event-validation.cpp
    tests/events/unit-event-privacy.cpp
    tests/events/unit-event-consent.cpp
    tests/events/unit-event-sampling.cpp
    tests/events/unit-event-queue.cpp
    tests/events/unit-event-storage.cpp
    tests/events/unit-report-aggregation.cpp
    tests/events/unit-report-output.cpp
    tests/events/unit-report-log.cpp
  )
  target_link_libraries(events_tests PRIVATE hw_schema hw_catch2)
  target_include_directories(events_tests PRIVATE tests)
  target_compile_definitions(events_tests PRIVATE HW_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}")
  add_test(NAME events_tests COMMAND events_tests)
endif()

# The demo inbox takes event batches and shows the report (native only).
if(TARGET hw_inbox)
  target_sources(hw_inbox PRIVATE
    src/server/event_store.cpp
    src/server/event_intake.cpp
    src/server/event_routes.cpp
  )
  target_sources(server_tests PRIVATE tests/server/unit-event-intake.cpp)
  target_include_directories(server_tests PRIVATE tests)
endif()
