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

# [SECTION] help_inbox: the ticket endpoint for the demo and the tests,
# Debian's cpp-httplib (a shared library built with TLS and compression, so
# its compile definitions must match) and SQLite.
if(NOT EMSCRIPTEN)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(HW_HTTPLIB cpp-httplib)
  find_package(SQLite3)
  if(NOT HW_HTTPLIB_FOUND OR NOT SQLite3_FOUND)
    message(FATAL_ERROR "cpp-httplib or SQLite development files missing: run scripts/setup")
  endif()
  add_library(hw_inbox STATIC
    src/server/attachment_sniff.cpp
    src/server/html_escape.cpp
    src/server/http_support.cpp
    src/server/inbox_options.cpp
    src/server/inbox_page.cpp
    src/server/inbox_routes.cpp
    src/server/ticket_intake.cpp
    src/server/ticket_store.cpp
  )
  target_link_libraries(hw_inbox PUBLIC hw_core ${HW_HTTPLIB_LINK_LIBRARIES} SQLite::SQLite3)
  target_compile_options(hw_inbox PUBLIC ${HW_HTTPLIB_CFLAGS})
  find_package(Threads REQUIRED)
  add_executable(help_inbox src/server/inbox_main.cpp)
  target_link_libraries(help_inbox PRIVATE hw_inbox Threads::Threads)
endif()

if(NOT EMSCRIPTEN)
  add_executable(server_tests
    tests/server/unit-inbox-parts.cpp
    tests/server/unit-ticket-intake.cpp
  )
  target_link_libraries(server_tests PRIVATE hw_inbox hw_catch2)
  target_include_directories(server_tests PRIVATE tests)
  add_test(NAME server_tests COMMAND server_tests)
endif()
