# Interface strings: assets/strings/<locale>.json embedded into the core at
# build time, locale matching, and their tests.
set(HW_STRINGS_GENERATED "${CMAKE_BINARY_DIR}/generated/embedded_strings.cpp")
file(GLOB HW_STRINGS_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/strings/*.json")
add_custom_command(
  OUTPUT "${HW_STRINGS_GENERATED}"
  COMMAND "${CMAKE_COMMAND}" -DSTRINGS_DIR=${CMAKE_SOURCE_DIR}/assets/strings
          -DOUTPUT=${HW_STRINGS_GENERATED}
          -P "${CMAKE_SOURCE_DIR}/cmake/embed_strings.cmake"
  DEPENDS ${HW_STRINGS_FILES} "${CMAKE_SOURCE_DIR}/cmake/embed_strings.cmake"
  COMMENT "Embedding assets/strings/*.json"
  VERBATIM)

target_sources(hw_core PRIVATE
  src/core/i18n/string_table.cpp
  src/core/i18n/string_catalog.cpp
  src/core/i18n/locale_match.cpp
  "${HW_STRINGS_GENERATED}"
)

if(NOT EMSCRIPTEN)
  add_executable(strings_tests
    tests/strings/unit-string-lookup.cpp
    tests/strings/unit-placeholders.cpp
    tests/strings/unit-fallback.cpp
    tests/strings/unit-locale-match.cpp
    tests/strings/unit-locale-files.cpp
    tests/context/unit-locale-format.cpp
  )
  target_link_libraries(strings_tests PRIVATE hw_core hw_schema hw_catch2)
  target_include_directories(strings_tests PRIVATE tests)
  target_compile_definitions(strings_tests PRIVATE HW_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}")
  add_test(NAME strings_tests COMMAND strings_tests)
endif()
