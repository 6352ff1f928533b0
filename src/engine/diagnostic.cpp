#include <scolint/diagnostic.hpp>

namespace scolint {

std::string_view severity_name(Severity severity) {
  switch (severity) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  for (const Severity severity : {Severity::info, Severity::warning, Severity::error}) {
    if (severity_name(severity) == text) return severity;
  }
  return std::nullopt;
}

}  // namespace scolint
