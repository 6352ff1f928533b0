// scolint.toml through toml++. Every key is checked: a typo in a config
// file must not silently disable a check.
#include <scolint/config.hpp>

#include <filesystem>
#include <sstream>

#include <toml++/toml.h>

#include "rules/rule_registry.hpp"

namespace scolint {
namespace {

namespace fs = std::filesystem;

Error config_error(const std::string& path, const toml::source_region& where, const std::string& what) {
  return Error{ErrorCode::invalid_option,
               path + ":" + std::to_string(where.begin.line) + ":" + std::to_string(where.begin.column) + ": " + what};
}

std::optional<std::vector<std::string>> string_list(const toml::node& node) {
  std::vector<std::string> out;
  if (const auto* text = node.as_string()) {
    out.push_back(text->get());
    return out;
  }
  const auto* array = node.as_array();
  if (array == nullptr) return std::nullopt;
  for (const auto& item : *array) {
    const auto* text = item.as_string();
    if (text == nullptr) return std::nullopt;
    out.push_back(text->get());
  }
  return out;
}

}  // namespace

std::string find_config(const std::string& directory) {
  std::error_code error;
  fs::path dir = fs::absolute(directory, error).lexically_normal();
  if (error) return {};
  if (!dir.has_filename()) dir = dir.parent_path();  // "/a/b/" → "/a/b"
  for (;;) {
    const fs::path candidate = dir / "scolint.toml";
    if (fs::is_regular_file(candidate, error)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return {};
    dir = dir.parent_path();
  }
}

Result<Options> read_config(const std::string& path, Options options) {
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& error) {
    return config_error(path, error.source(), std::string(error.description()));
  }
  const auto registry = rules::RuleRegistry::with_all_rules();
  for (const auto& [table_key, table_node] : root) {
    const std::string table_name(table_key.str());
    const auto* table = table_node.as_table();
    if (table == nullptr || (table_name != "lint" && table_name != "rules")) {
      return config_error(path, table_node.source(),
                          "unknown table or key \"" + table_name + "\" (expected [lint] or [rules.CODE])");
    }
    if (table_name == "lint") {
      for (const auto& [key_node, value] : *table) {
        const std::string key(key_node.str());
        if (key == "select" || key == "ignore" || key == "kinds") {
          const auto list = string_list(value);
          if (!list) return config_error(path, value.source(), key + " must be a list of strings");
          (key == "select" ? options.select : key == "ignore" ? options.ignore : options.kinds) = *list;
        } else if (key == "fail_on") {
          const auto severity = value.as_string() ? parse_severity(value.as_string()->get()) : std::nullopt;
          if (!severity)
            return config_error(path, value.source(), "fail_on must be \"error\", \"warning\" or \"info\"");
          options.fail_on = *severity;
        } else if (key == "language") {
          const auto* text = value.as_string();
          if (text == nullptr || (text->get() != "fr" && text->get() != "en")) {
            return config_error(path, value.source(), "language must be \"fr\" or \"en\"");
          }
          options.language = text->get() == "fr" ? Language::fr : Language::en;
        } else if (key == "login_profile") {
          const auto* text = value.as_string();
          if (text == nullptr) return config_error(path, value.source(), "login_profile must be a string");
          options.login_profile = text->get();
        } else if (key == "existing_logins") {
          const auto* text = value.as_string();
          if (text == nullptr) return config_error(path, value.source(), "existing_logins must be a string");
          // Relative to the settings file, which travels with the list it names.
          const std::filesystem::path list(text->get());
          options.existing_logins =
              list.is_absolute() ? list.string() : (std::filesystem::path(path).parent_path() / list).string();
        } else if (key == "redact") {
          const auto* flag = value.as_boolean();
          if (flag == nullptr) return config_error(path, value.source(), "redact must be true or false");
          options.redact = flag->get();
        } else if (key == "low_memory") {
          const auto* flag = value.as_boolean();
          if (flag == nullptr) return config_error(path, value.source(), "low_memory must be true or false");
          options.low_memory = flag->get();
        } else {
          return config_error(path, value.source(), "unknown key \"" + key + "\" in [lint]");
        }
      }
      continue;
    }
    for (const auto& [code_node, rule_node] : *table) {
      const std::string code(code_node.str());
      const rules::Rule* rule = registry.find(code);
      const auto* rule_table = rule_node.as_table();
      if (rule == nullptr) return config_error(path, rule_node.source(), "unknown rule \"" + code + "\"");
      if (rule_table == nullptr) return config_error(path, rule_node.source(), "[rules." + code + "] must be a table");
      for (const auto& [key_node, value] : *rule_table) {
        const std::string key(key_node.str());
        if (key == "severity") {
          const auto severity = value.as_string() ? parse_severity(value.as_string()->get()) : std::nullopt;
          if (!severity)
            return config_error(path, value.source(), "severity must be \"error\", \"warning\" or \"info\"");
          options.severities[code] = *severity;
          continue;
        }
        const rules::OptionSpec* declared = nullptr;
        for (const auto& spec : rule->info.options) {
          if (spec.name == key) declared = &spec;
        }
        if (declared == nullptr)
          return config_error(path, value.source(), "rule " + code + " has no option \"" + key + "\"");
        if (declared->text) {
          const auto* text = value.as_string();
          if (text == nullptr) return config_error(path, value.source(), code + "." + key + " must be a string");
          options.rule_options[code + "." + key] = text->get();
          continue;
        }
        const auto* number = value.as_integer();
        if (number == nullptr) return config_error(path, value.source(), code + "." + key + " must be an integer");
        options.rule_options[code + "." + key] = std::to_string(number->get());
      }
    }
  }
  return options;
}

std::string settings_as_toml(const Options& options) {
  std::ostringstream out;
  auto list = [](const std::vector<std::string>& items) {
    std::string text = "[";
    for (std::size_t i = 0; i < items.size(); ++i) text += (i ? ", \"" : "\"") + items[i] + "\"";
    return text + "]";
  };
  out << "[lint]\n"
      << "select = " << list(options.select) << "\n"
      << "ignore = " << list(options.ignore) << "\n"
      << "kinds = " << list(options.kinds) << "\n"
      << "fail_on = \"" << severity_name(options.fail_on) << "\"\n"
      << "language = \"" << (options.language == Language::fr ? "fr" : "en") << "\"\n"
      << "login_profile = \"" << options.login_profile << "\"\n"
      << "redact = " << (options.redact ? "true" : "false") << "\n"
      << "low_memory = " << (options.low_memory ? "true" : "false") << "\n";
  if (!options.existing_logins.empty()) out << "existing_logins = \"" << options.existing_logins << "\"\n";
  std::map<std::string, std::vector<std::string>> rules;
  for (const auto& [code, severity] : options.severities) {
    rules[code].push_back("severity = \"" + std::string(severity_name(severity)) + "\"");
  }
  for (const auto& [key, value] : options.rule_options) {
    const auto dot = key.find('.');
    const bool number = !value.empty() && value.find_first_not_of("-0123456789") == std::string::npos;
    std::ostringstream quoted;  // toml++ writes the string with TOML's quoting and escapes
    quoted << toml::value<std::string>(value);
    rules[key.substr(0, dot)].push_back(key.substr(dot + 1) + " = " + (number ? value : quoted.str()));
  }
  for (const auto& [code, lines] : rules) {
    out << "\n[rules." << code << "]\n";
    for (const auto& line : lines) out << line << "\n";
  }
  return out.str();
}

}  // namespace scolint
