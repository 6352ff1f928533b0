#pragma once
// Turns what went wrong while reading a file into an F-rule finding.

#include <optional>
#include <string>
#include <vector>

#include <scolint/diagnostic.hpp>

#include "formats/export_reader.hpp"

namespace scolint::engine {

struct FileProblem {
  std::string code;  // F001, F002, F003, F004 or F009
  formats::XmlPosition position{1, 1};
  std::vector<std::string> args;  // message arguments (personal values marked, model/personal.hpp)
  bool failed = true;             // the file could not be read to the end: exit code 2
  std::uint8_t variant = 0;       // the rule's wording (rules::Finding::variant)
  model::RecordRef record{};      // the record it concerns; none: the file itself
};

/// The problem of an open failure ("not-found", "permission-denied", ...).
FileProblem open_problem(const std::string& detail, Language language);
/// The problem of a directory with no export in it.
FileProblem empty_directory_problem(Language language);
/// The A-rule findings of an AAF file: the reader's facts, worded by the rules.
std::vector<FileProblem> aaf_problems(const formats::ReadOutcome& outcome);

/// The problems of a CSV file (F004, F006, F007, F008, F014), each with its place.
std::vector<FileProblem> csv_problems(const formats::ReadOutcome& outcome, Language language);

/// The problem a read revealed, if any. `records` is how many records it gave.
std::optional<FileProblem> read_problem(const formats::ReadOutcome& outcome, std::uint64_t records, Language language);

}  // namespace scolint::engine
