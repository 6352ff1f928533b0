#include "cli/output.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace scolint::cli {
namespace {

// Whether writing `output` would overwrite what `input` stands for: the file
// itself, or a file a directory input holds that scolint reads (.xml, .zip, .csv).
bool is_input(const std::string& input, const std::string& output) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (fs::equivalent(input, output, error)) return true;
  if (!fs::is_directory(input, error) || !fs::exists(output, error)) return false;
  const std::string_view format = format_of_path(output);
  const std::string raw = fs::path(output).extension().string();
  if (format != "csv" && format != "junit" && raw != ".zip" && raw != ".ZIP") return false;
  const fs::path dir = fs::weakly_canonical(input, error);
  const fs::path file = fs::weakly_canonical(output, error);
  const auto [end, ignored] = std::mismatch(dir.begin(), dir.end(), file.begin(), file.end());
  return end == dir.end();
}

std::string error_text(const Error& error, Language language) {
  const bool fr = language == Language::fr;
  switch (error.code) {
    case ErrorCode::unknown_rule: return (fr ? "règle inconnue : " : "unknown rule: ") + error.detail;
    case ErrorCode::invalid_option: return (fr ? "option invalide : " : "invalid option: ") + error.detail;
    case ErrorCode::io_error: return (fr ? "erreur d'entrée-sortie : " : "I/O error: ") + error.detail;
  }
  return error.detail;
}

}  // namespace

void print_error(const Error& error, Language language) {
  std::cerr << "scolint: " << error_text(error, language) << '\n';
}

Output::Output(const CommandLine& line, Language language)
    : line_(line),
      language_(language),
      format_(line.output_path.empty() || line.format_given ? line.format
                                                            : std::string(format_of_path(line.output_path))) {}

bool Output::open(const std::vector<std::string>& inputs) {
  const std::string& path = line_.output_path;
  if (path.empty()) return true;
  // scolint never writes to its inputs: a report named like one is refused.
  for (const std::string& input : inputs) {
    if (input != "-" && is_input(input, path)) {
      const std::string why = language_ == Language::fr ? " : c'est un des fichiers lus, scolint n'y écrit jamais"
                                                        : ": it is one of the files read, scolint never writes to them";
      print_error({ErrorCode::invalid_option, std::string("--output ").append(path).append(why)}, language_);
      return false;
    }
  }
  file_.open(path, std::ios::binary | std::ios::trunc);
  if (!file_) {
    print_error({ErrorCode::io_error, path}, language_);
    return false;
  }
  return true;
}

std::ostream& Output::stream() { return line_.output_path.empty() ? std::cout : file_; }

bool Output::close() {
  if (line_.output_path.empty()) return true;
  file_.close();
  if (!file_) print_error({ErrorCode::io_error, line_.output_path}, language_);
  return static_cast<bool>(file_);
}

TextStyle Output::text_style() const {
  const bool tty = line_.output_path.empty() && isatty(STDOUT_FILENO) != 0;
  const char* no_color = std::getenv("NO_COLOR");
  const bool no_color_env = no_color != nullptr && *no_color != '\0';
  TextStyle style;
  style.language = language_;
  style.color = line_.color == "always" || (line_.color == "auto" && tty && !no_color_env);
  style.show_hints = !line_.quiet;
  style.show_summary = !line_.quiet;
  return style;
}

}  // namespace scolint::cli
