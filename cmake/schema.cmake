# Content checking: a JSON Schema validator, the schemas of assets/schemas/
# embedded at build time, the checks each content kind adds, and their tests.
set(HW_GENERATED_DIR "${CMAKE_BINARY_DIR}/generated")
file(GLOB HW_SCHEMA_FILES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/assets/schemas/*.json")
add_custom_command(
  OUTPUT "${HW_GENERATED_DIR}/embedded_schemas.cpp"
  COMMAND "${CMAKE_COMMAND}" -DSCHEMA_DIR=${CMAKE_SOURCE_DIR}/assets/schemas
          -DOUTPUT=${HW_GENERATED_DIR}/embedded_schemas.cpp
          -P "${CMAKE_SOURCE_DIR}/cmake/embed_schemas.cmake"
  DEPENDS ${HW_SCHEMA_FILES} "${CMAKE_SOURCE_DIR}/cmake/embed_schemas.cmake"
  COMMENT "Embedding assets/schemas/*.json"
  VERBATIM)

add_library(hw_schema STATIC
  src/core/schema/json_schema.cpp
  src/core/schema/schema_format.cpp
  src/core/schema/schema_pattern.cpp
  src/core/schema/schema_catalog.cpp
  "${HW_GENERATED_DIR}/embedded_schemas.cpp"
  src/core/sha256.cpp
  src/core/content/content_check.cpp
  src/core/content/pointer_locator.cpp
  src/core/content/content_kinds.cpp
  src/core/content/kb_checks.cpp
  src/core/content/loader_kinds.cpp
  src/core/content/strings_kind.cpp
  src/core/content/rules_references.cpp
  src/core/content/kb_lint.cpp
  src/core/content/markdown_lint.cpp
  src/core/content/content_publish.cpp
)
target_link_libraries(hw_schema PUBLIC hw_core)

if(TARGET helpkb)
  target_link_libraries(helpkb PRIVATE hw_schema)

  add_executable(schema_tests
    tests/schema/unit-types.cpp
    tests/schema/unit-objects.cpp
    tests/schema/unit-arrays.cpp
    tests/schema/unit-strings.cpp
    tests/schema/unit-numbers.cpp
    tests/schema/unit-combinators.cpp
    tests/schema/unit-refs.cpp
    tests/schema/unit-schema-load.cpp
    tests/schema/unit-limits.cpp
    tests/schema/unit-catalog.cpp
    tests/schema/unit-sha256.cpp
    tests/schema/unit-content-check.cpp
    tests/schema/unit-markdown-lint.cpp
    tests/schema/unit-publish.cpp
    tests/schema/unit-applicators.cpp
    tests/schema/unit-kb-lint.cpp
    tests/schema/unit-rules-references.cpp
    tests/schema/unit-content-manifest.cpp
  )
  target_link_libraries(schema_tests PRIVATE hw_schema hw_catch2)
  target_include_directories(schema_tests PRIVATE tests)
  target_compile_definitions(schema_tests PRIVATE HW_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}")
  add_test(NAME schema_tests COMMAND schema_tests)

  # helpkb validate on every broken file of tests/content/invalid/ must
  # print the expected first finding; helpkb build must write or refuse.
  add_test(NAME content_golden
    COMMAND "${CMAKE_SOURCE_DIR}/tests/content/golden.sh" "$<TARGET_FILE:helpkb>")
  add_test(NAME content_build
    COMMAND "${CMAKE_SOURCE_DIR}/tests/content/build.sh" "$<TARGET_FILE:helpkb>")
endif()
