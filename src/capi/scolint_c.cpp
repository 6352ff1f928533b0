// The C API over scolint::Linter. Options accumulate until scolint_run,
// which creates the Linter: the C++ API validates options at creation.
#include <scolint/scolint.h>

#include <exception>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <scolint/linter.hpp>
#include <scolint/report.hpp>
#include <scolint/version.hpp>

struct scolint_linter {
  scolint::Options options;
  std::vector<std::pair<std::string, std::optional<std::string>>> inputs;  // path, or name + bytes
  // The last run's report, kept for scolint_report; its JSON is made at once,
  // so that scolint_report_json only reads (const, as it always was).
  std::optional<scolint::Report> report;
  std::string report_json;
  std::map<std::string, std::string, std::less<>> rendered;  // other formats, made when first asked
  std::size_t diagnostics = 0;
  std::string last_error;
};

namespace {

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    const auto end = comma == std::string::npos ? text.size() : comma;
    if (end > start) parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

scolint_status fail(scolint_linter* linter, scolint_status status, std::string message) {
  if (linter != nullptr) linter->last_error = std::move(message);
  return status;
}

// The last run's report in `format`, or nullptr for an unknown format. In
// the run's language, whatever "lang" says since.
const char* rendered_report(scolint_linter& linter, std::string_view format) {
  if (format == "json") return linter.report_json.c_str();
  if (const auto done = linter.rendered.find(format); done != linter.rendered.end()) return done->second.c_str();
  scolint::TextStyle style;
  style.language = linter.report->language;
  std::ostringstream out;
  if (!scolint::write_report(*linter.report, format, style, out)) return nullptr;
  return linter.rendered.emplace(std::string(format), std::move(out).str()).first->second.c_str();
}

scolint_status set_option(scolint_linter* linter, const std::string& key, const std::string& value) {
  auto& options = linter->options;
  if (key == "lang") {
    if (value != "fr" && value != "en") return fail(linter, SCOLINT_E_INVALID_OPTION, "lang: " + value);
    options.language = value == "fr" ? scolint::Language::fr : scolint::Language::en;
  } else if (key == "select") {
    options.select = split(value);
  } else if (key == "ignore") {
    options.ignore = split(value);
  } else if (key == "fail_on") {
    const auto severity = scolint::parse_severity(value);
    if (!severity) return fail(linter, SCOLINT_E_INVALID_OPTION, "fail_on: " + value);
    options.fail_on = *severity;
  } else if (key == "login_profile") {
    options.login_profile = value;
  } else if (key == "existing_logins") {
    options.existing_logins = value;
  } else if (key == "redact") {
    options.redact = value == "1" || value == "true";
  } else if (key == "low_memory") {
    options.low_memory = value == "1" || value == "true";
  } else if (key.rfind("rule_option.", 0) == 0) {
    options.rule_options[key.substr(12)] = value;
  } else {
    return fail(linter, SCOLINT_E_INVALID_ARGUMENT, "unknown option key: " + key);
  }
  return SCOLINT_OK;
}

}  // namespace

extern "C" {

const char* scolint_version(void) { return scolint::version_string; }

scolint_status scolint_new(scolint_linter** out) {
  if (out == nullptr) return SCOLINT_E_INVALID_ARGUMENT;
  try {
    *out = new scolint_linter();
    return SCOLINT_OK;
  } catch (...) {
    *out = nullptr;
    return SCOLINT_E_INTERNAL;
  }
}

scolint_status scolint_set(scolint_linter* linter, const char* key, const char* value) {
  if (linter == nullptr || key == nullptr || value == nullptr) return SCOLINT_E_INVALID_ARGUMENT;
  try {
    return set_option(linter, key, value);
  } catch (const std::exception& error) {
    return fail(linter, SCOLINT_E_INTERNAL, error.what());
  } catch (...) {
    return fail(linter, SCOLINT_E_INTERNAL, "unknown error");
  }
}

scolint_status scolint_add_file(scolint_linter* linter, const char* path) {
  if (linter == nullptr || path == nullptr) return SCOLINT_E_INVALID_ARGUMENT;
  try {
    linter->inputs.emplace_back(path, std::nullopt);
    return SCOLINT_OK;
  } catch (...) {
    return fail(linter, SCOLINT_E_INTERNAL, "out of memory");
  }
}

scolint_status scolint_add_buffer(scolint_linter* linter, const char* name, const char* data, size_t size) {
  if (linter == nullptr || name == nullptr || (data == nullptr && size > 0)) return SCOLINT_E_INVALID_ARGUMENT;
  try {
    linter->inputs.emplace_back(name, std::string(data == nullptr ? "" : data, size));
    return SCOLINT_OK;
  } catch (...) {
    return fail(linter, SCOLINT_E_INTERNAL, "out of memory");
  }
}

scolint_status scolint_run(scolint_linter* linter, int* exit_code) {
  if (linter == nullptr) return SCOLINT_E_INVALID_ARGUMENT;
  try {
    linter->report.reset();
    linter->report_json.clear();
    linter->rendered.clear();
    auto created = scolint::Linter::create(linter->options);
    if (!created) {
      const auto& error = created.error();
      return fail(linter,
                  error.code == scolint::ErrorCode::unknown_rule ? SCOLINT_E_UNKNOWN_RULE : SCOLINT_E_INVALID_OPTION,
                  error.detail);
    }
    for (const auto& [name, bytes] : linter->inputs) {
      if (bytes) {
        created.value().add_buffer(name, *bytes);
      } else {
        created.value().add_path(name);
      }
    }
    linter->report = created.value().run();
    linter->report_json = scolint::render_json(*linter->report);
    linter->diagnostics = linter->report->diagnostics.size();
    if (exit_code != nullptr) *exit_code = linter->report->exit_code;
    linter->last_error.clear();
    return SCOLINT_OK;
  } catch (const std::exception& error) {
    return fail(linter, SCOLINT_E_INTERNAL, error.what());
  } catch (...) {
    return fail(linter, SCOLINT_E_INTERNAL, "unknown error");
  }
}

const char* scolint_report(scolint_linter* linter, const char* format) {
  if (linter == nullptr || format == nullptr || !linter->report) return nullptr;
  try {
    const char* text = rendered_report(*linter, format);
    if (text == nullptr) fail(linter, SCOLINT_E_INVALID_OPTION, std::string("format: ") + format);
    return text;
  } catch (...) {
    fail(linter, SCOLINT_E_INTERNAL, "out of memory");
    return nullptr;
  }
}

const char* scolint_report_json(const scolint_linter* linter) {
  return linter != nullptr && linter->report ? linter->report_json.c_str() : nullptr;
}

size_t scolint_diagnostic_count(const scolint_linter* linter) { return linter != nullptr ? linter->diagnostics : 0; }

const char* scolint_last_error(const scolint_linter* linter) {
  return linter != nullptr ? linter->last_error.c_str() : "";
}

void scolint_free(scolint_linter* linter) { delete linter; }

}  // extern "C"
