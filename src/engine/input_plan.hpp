#pragma once
// Input planning: what the run will read — files, every export in a
// directory (recursively, in a stable order), the members of a ZIP archive,
// in-memory buffers, standard input — and the problems known before reading.

#include <optional>
#include <string>
#include <vector>

#include "engine/file_problems.hpp"
#include "engine/session.hpp"

namespace scolint::engine {

struct PlannedFile {
  std::string display;
  const std::string* bytes = nullptr;
  std::optional<FileProblem> problem;  // known before reading (empty directory, corrupt archive)
  bool from_stdin = false;
  std::string zip_path;  // set for an archive member
  std::string zip_member;
};

/// The files `inputs` stand for, in the order the report lists them.
std::vector<PlannedFile> plan(const std::vector<Input>& inputs, Language language);

}  // namespace scolint::engine
