# libscolint.so exports its public API and nothing else (#26): the C API
# (scolint_*), free functions of namespace scolint and members of its public
# classes. An internal namespace (scolint::engine::...) or a standard-library
# instantiation in the dynamic symbol table fails the test.
#   cmake -DLIBRARY=path/to/libscolint.so -DNM=nm -P check_exports.cmake
execute_process(COMMAND ${NM} -DC --defined-only ${LIBRARY}
  OUTPUT_VARIABLE symbols RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "${NM} failed on ${LIBRARY}")
endif()
string(REPLACE "\n" ";" lines "${symbols}")
set(count 0)
set(bad "")
foreach(line IN LISTS lines)
  # "address type name": skip the version nodes (type A).
  if(NOT line MATCHES "^[0-9a-f]+ ([A-Za-z]) (.*)$" OR CMAKE_MATCH_1 STREQUAL "A")
    continue()
  endif()
  set(name "${CMAKE_MATCH_2}")
  math(EXPR count "${count} + 1")
  if(name MATCHES "^scolint_[a-z_]+$" OR name MATCHES "^scolint::[A-Z][A-Za-z]*::" OR name MATCHES "^scolint::[a-z_]+[[(]")
    continue()
  endif()
  string(APPEND bad "  ${name}\n")
endforeach()
if(count LESS 20)
  message(FATAL_ERROR "only ${count} symbols exported: is ${LIBRARY} the library?")
endif()
if(bad)
  message(FATAL_ERROR "libscolint exports symbols outside its public API:\n${bad}")
endif()
message(STATUS "${count} symbols exported, all public")
