# The library's layers (docs/contributing.md, "Layers"), enforced by the
# compiler: each layer is an OBJECT library whose include path is a folder of
# links to the layers it may use and to itself, nothing else. An #include of
# a layer it may not use ("engine/session.hpp" from formats/) fails to
# compile. The public headers (include/scolint) are open to every layer.
#
# Every layer is compiled once, position-independent and with hidden
# visibility: the shared library exports only what the public headers mark
# SCOLINT_API, and the static one (unit tests, fuzz harnesses) is made of
# the same objects.

add_library(scolint_layer_base INTERFACE)
target_compile_features(scolint_layer_base INTERFACE cxx_std_20)
target_include_directories(scolint_layer_base INTERFACE
  ${PROJECT_SOURCE_DIR}/include ${PROJECT_BINARY_DIR}/generated)
target_compile_definitions(scolint_layer_base INTERFACE SCOLINT_BUILDING_LIBRARY)
target_link_libraries(scolint_layer_base INTERFACE
  expat::expat ICU::uc ICU::i18n Boost::headers PkgConfig::LIBZIP tomlplusplus::tomlplusplus Threads::Threads
  nlohmann_json::nlohmann_json scolint_warnings scolint_sanitizers)

set(SCOLINT_LAYERS "")

# scolint_layer(NAME SOURCES files... USES layers...)
# NAME is the folder its headers are included by ("formats/csv_reader.hpp").
# scolint_layer_tree(TARGET NAME layers...): TARGET's include path gets the
# folder of links to NAME and the layers it uses.
function(scolint_layer_tree target name)
  set(tree ${PROJECT_BINARY_DIR}/layers/${name})
  file(REMOVE_RECURSE ${tree})
  file(MAKE_DIRECTORY ${tree})
  foreach(visible IN ITEMS ${name} ${ARGN})
    if(visible STREQUAL "rules")
      set(folder ${PROJECT_SOURCE_DIR}/rules)
    else()
      set(folder ${PROJECT_SOURCE_DIR}/src/${visible})
    endif()
    file(CREATE_LINK ${folder} ${tree}/${visible} SYMBOLIC)
  endforeach()
  target_include_directories(${target} PRIVATE ${tree})
endfunction()

function(scolint_layer name)
  cmake_parse_arguments(PARSE_ARGV 1 layer "" "" "SOURCES;USES")
  add_library(scolint_${name} OBJECT ${layer_SOURCES})
  scolint_layer_tree(scolint_${name} ${name} ${layer_USES})
  target_link_libraries(scolint_${name} PRIVATE scolint_layer_base)
  set_target_properties(scolint_${name} PROPERTIES
    POSITION_INDEPENDENT_CODE ON CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  set(SCOLINT_LAYERS ${SCOLINT_LAYERS} scolint_${name} PARENT_SCOPE)
endfunction()
