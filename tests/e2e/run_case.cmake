# Runs the real scolint binary on one testdata case and compares its output
# (stdout, then "# exit code: N") with the case's expected.txt.
#
# A case folder holds its input files and expected.txt; under testdata/diff/,
# an old/ and a new/ folder, compared by `scolint diff old new`. Without an `args`
# file, scolint runs in the folder on every input file, with
# `--lang en --no-color`, plus `--select <CODE>` under testdata/cases/<CODE>
# and a fixed selection under testdata/malformed/.
# With an `args` file (one argument per line), that is the whole command
# line, run from the repository root.
# SCOLINT_UPDATE_GOLDEN=1 in the environment rewrites expected.txt instead.
# Every case runs a second time with --low-memory, which must print the same
# (but --show-settings, which prints the setting itself).

cmake_policy(SET CMP0057 NEW)  # if(... IN_LIST ...) in script mode

get_filename_component(case_name ${CASE_DIR} NAME)
get_filename_component(group_dir ${CASE_DIR} DIRECTORY)
get_filename_component(group ${group_dir} NAME)

if(EXISTS ${CASE_DIR}/args)
  file(STRINGS ${CASE_DIR}/args arguments)
  set(work_dir ${SOURCE_DIR})
else()
  file(GLOB inputs RELATIVE ${CASE_DIR} ${CASE_DIR}/*)
  list(REMOVE_ITEM inputs expected.txt)
  list(SORT inputs)
  set(arguments --lang en --no-color --no-config)
  if(group STREQUAL "diff")
    # testdata/diff/<case>/{old,new}: `scolint diff old new` (docs/diff.md).
    set(inputs diff old new)
  endif()
  if(group STREQUAL "cases")
    list(APPEND arguments --select ${case_name})
  elseif(group STREQUAL "malformed")
    # A fixed set, so that adding a rule does not churn every bad-input golden:
    # the F rules and one rule per kind of record, to show the good files are still read.
    list(APPEND arguments --select F,S001,P001,N001)
  endif()
  list(APPEND arguments ${inputs})
  set(work_dir ${CASE_DIR})
endif()

execute_process(
  COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1 LANG=C.UTF-8 ${SCOLINT} ${arguments}
  WORKING_DIRECTORY ${work_dir}
  OUTPUT_VARIABLE output
  ERROR_VARIABLE errors
  RESULT_VARIABLE exit_code)
if(group STREQUAL "diff" AND NOT errors STREQUAL "")
  # What a diff refuses (two schools) is said on stderr: part of the golden.
  string(APPEND output "# stderr: ${errors}")
endif()
string(APPEND output "# exit code: ${exit_code}\n")

if(NOT "$ENV{SCOLINT_UPDATE_GOLDEN}" STREQUAL "")
  file(WRITE ${CASE_DIR}/expected.txt "${output}")
  message(STATUS "rewrote ${CASE_DIR}/expected.txt")
  return()
endif()

if(NOT EXISTS ${CASE_DIR}/expected.txt)
  message(FATAL_ERROR "no expected.txt in ${CASE_DIR}; run with SCOLINT_UPDATE_GOLDEN=1 and review it\n"
                      "--- actual ---\n${output}--- stderr ---\n${errors}")
endif()
file(READ ${CASE_DIR}/expected.txt expected)
if(NOT output STREQUAL expected)
  message(FATAL_ERROR "output differs from ${CASE_DIR}/expected.txt\n"
                      "--- expected ---\n${expected}--- actual ---\n${output}--- stderr ---\n${errors}")
endif()
if(exit_code GREATER 2 OR exit_code LESS 0 OR NOT exit_code MATCHES "^[0-9]+$")
  message(FATAL_ERROR "scolint crashed: ${exit_code}\n${errors}")
endif()

if(NOT "--show-settings" IN_LIST arguments)
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E env NO_COLOR=1 LANG=C.UTF-8 ${SCOLINT} --low-memory ${arguments}
    WORKING_DIRECTORY ${work_dir}
    OUTPUT_VARIABLE low_output
    ERROR_VARIABLE low_errors
    RESULT_VARIABLE low_exit_code)
  if(group STREQUAL "diff" AND NOT low_errors STREQUAL "")
    string(APPEND low_output "# stderr: ${low_errors}")
  endif()
  string(APPEND low_output "# exit code: ${low_exit_code}\n")
  if(NOT low_output STREQUAL expected)
    message(FATAL_ERROR "with --low-memory, output differs from ${CASE_DIR}/expected.txt\n"
                        "--- expected ---\n${expected}--- actual ---\n${low_output}--- stderr ---\n${low_errors}")
  endif()
endif()
