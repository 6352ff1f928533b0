#include "engine/input_plan.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "io/zip_archive.hpp"

namespace scolint::engine {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// An archive stands for its *.xml members, "archive.zip!member.xml".
void plan_archive(const std::string& path, Language language, std::vector<PlannedFile>& planned) {
  auto members = io::zip_export_members(path);
  if (!members) {
    planned.push_back({path, nullptr, open_problem(members.error().detail, language), false, {}, {}});
    return;
  }
  if (members.value().empty()) {
    planned.push_back({path, nullptr, empty_directory_problem(language), false, {}, {}});
    return;
  }
  for (const auto& member : members.value())
    planned.push_back({std::string(path).append("!").append(member), nullptr, std::nullopt, false, path, member});
}

}  // namespace

// A directory stands for every *.xml below it, in a stable order.
std::vector<PlannedFile> plan(const std::vector<Input>& inputs, Language language) {
  std::vector<PlannedFile> planned;
  for (const Input& input : inputs) {
    if (input.bytes) {
      planned.push_back({input.name, &*input.bytes, std::nullopt, false, {}, {}});
      continue;
    }
    if (input.from_stdin) {
      planned.push_back({input.name, nullptr, std::nullopt, true, {}, {}});
      continue;
    }
    const fs::path path = fs::path(input.name).lexically_normal();
    std::error_code error;
    if (!fs::is_directory(path, error)) {
      if (fs::is_regular_file(path, error) && (lower_extension(path) == ".zip" || io::looks_like_zip(path.string()))) {
        plan_archive(path.string(), language, planned);
      } else {
        planned.push_back({path.string(), nullptr, std::nullopt, false, {}, {}});
      }
      continue;
    }
    std::vector<std::string> found;
    for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, error), end;
         !error && it != end; it.increment(error)) {
      const std::string extension = lower_extension(it->path());
      if (it->is_regular_file(error) && (extension == ".xml" || extension == ".zip" || extension == ".csv")) {
        found.push_back(it->path().lexically_normal().string());  // "./a.xml" → "a.xml"
      }
    }
    std::sort(found.begin(), found.end());
    if (found.empty()) planned.push_back({path.string(), nullptr, empty_directory_problem(language), false, {}, {}});
    for (auto& file : found) {
      if (lower_extension(file) == ".zip") {
        plan_archive(file, language, planned);
      } else {
        planned.push_back({std::move(file), nullptr, std::nullopt, false, {}, {}});
      }
    }
  }
  return planned;
}

}  // namespace scolint::engine
