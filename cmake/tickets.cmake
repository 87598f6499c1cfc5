# Tickets: the payload, references and the outbox in the pure core; their
# Catch2 tests; and (natively) the ticket inbox server. Included once from
# the top-level CMakeLists.txt after the core and the test library exist.
target_sources(hw_core PRIVATE
  src/core/tickets/reference.cpp
  src/core/tickets/ticket.cpp
  src/core/tickets/outbox.cpp
)

if(NOT EMSCRIPTEN)
  add_executable(ticket_tests
    tests/tickets/unit-reference.cpp
    tests/tickets/unit-ticket-serialization.cpp
    tests/tickets/unit-ticket-validation.cpp
    tests/tickets/unit-ticket-schema.cpp
    tests/tickets/unit-outbox-transitions.cpp
    tests/tickets/unit-outbox-retry.cpp
    tests/tickets/unit-outbox-storage.cpp
  )
  target_link_libraries(ticket_tests PRIVATE hw_core hw_catch2)
  target_include_directories(ticket_tests PRIVATE tests)
  target_compile_definitions(ticket_tests PRIVATE HW_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}")
  add_test(NAME ticket_tests COMMAND ticket_tests)
endif()
