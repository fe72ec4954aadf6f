# The languages Confab ships. To add one, add its code here and run the update_translations
# target: lupdate creates translations/confab_<code>.ts for translators to fill in.
set(CONFAB_LANGUAGES de fr es pt_BR ja)

# Attaches the compiled translations to `target` as Qt resources (:/i18n/confab_<code>.qm) and
# defines the update_translations target that refreshes the .ts files from ui/ and app/.
function(confab_add_translations target)
  set(ts_files "")
  foreach(language IN LISTS CONFAB_LANGUAGES)
    list(APPEND ts_files "${PROJECT_SOURCE_DIR}/translations/confab_${language}.ts")
  endforeach()

  file(GLOB_RECURSE sources CONFIGURE_DEPENDS
       "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
       "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h")

  # No source locations in the .ts files: line numbers would make every unrelated edit a
  # translation change, and CI fails on a .ts file that lupdate would rewrite.
  qt_add_translations(${target}
    TS_FILES ${ts_files}
    SOURCES ${sources}
    RESOURCE_PREFIX "/i18n"
    LUPDATE_OPTIONS -locations none -no-obsolete -source-language en
    LRELEASE_OPTIONS -nounfinished -removeidentical)
endfunction()
