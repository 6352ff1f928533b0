// SARIF 2.1.0, the format GitHub code scanning and IDEs read
// (docs.oasis-open.org/sarif/sarif/v2.1.0). Only the rules that fired are
// listed, with their page as help text.
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include <scolint/report.hpp>
#include <scolint/version.hpp>

#include "report/subject_words.hpp"

namespace scolint {
namespace {

using Json = nlohmann::ordered_json;

std::string_view level(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
  }
  return "note";
}

// artifactLocation.uri is a URI reference: keep unreserved characters and '/',
// percent-encode the rest (spaces and accents occur in real folder names).
std::string uri(std::string_view path) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool keep = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') ||
                      c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += c;
    } else {
      out += '%';
      out += hex[byte >> 4U];
      out += hex[byte & 0xFU];
    }
  }
  return out;
}

Json physical(const Location& at) {
  Json region{{"startLine", std::max<std::uint32_t>(at.line, 1)}};
  if (at.column > 0) region["startColumn"] = at.column;
  return Json{{"physicalLocation", {{"artifactLocation", {{"uri", uri(at.file)}}}, {"region", region}}}};
}

}  // namespace

std::string render_sarif(const Report& report, Language language) {
  // One pass over the findings, not one per rule: a report can hold millions.
  std::set<std::string_view> fired;
  for (const auto& d : report.diagnostics) fired.insert(d.code);
  std::map<std::string, std::size_t> rule_index;
  Json rules = Json::array();
  for (const auto& rule : Linter::rules(language)) {
    if (!fired.contains(rule.code)) continue;
    const auto page = Linter::explain(rule.code, language);
    const std::string help = page.ok() ? page.value() : rule.summary;
    rule_index[rule.code] = rules.size();
    rules.push_back({{"id", rule.code},
                     {"name", rule.slug},
                     {"shortDescription", {{"text", rule.summary}}},
                     {"fullDescription", {{"text", rule.summary}}},
                     {"help", {{"text", help}, {"markdown", help}}},
                     {"defaultConfiguration", {{"level", level(rule.severity)}}}});
  }
  Json results = Json::array();
  for (const Diagnostic& d : report.diagnostics) {
    std::string text = d.message;
    // Who it is about, with the pupil's division: a code-scanning reader finds the record by name.
    if (const std::string about = report::subject_words(d.subject, language); !about.empty()) text += " — " + about;
    if (!d.hint.empty()) text += (language == Language::fr ? " — conseil : " : " — hint: ") + d.hint;
    Json result{{"ruleId", d.code},
                {"level", level(d.severity)},
                {"message", {{"text", text}}},
                {"locations", Json::array({physical(d.location)})}};
    if (const auto it = rule_index.find(d.code); it != rule_index.end()) result["ruleIndex"] = it->second;
    if (!d.related.empty()) {
      Json related = Json::array();
      for (std::size_t i = 0; i < d.related.size(); ++i) {
        Json entry = physical(d.related[i]);
        entry["id"] = i + 1;
        related.push_back(std::move(entry));
      }
      result["relatedLocations"] = std::move(related);
    }
    result["partialFingerprints"] = {{"scolint/v1", d.fingerprint}};
    Json properties{{"rule", d.rule}};
    if (!d.record.empty()) properties["record"] = d.record;
    if (!d.predicted_login.empty()) properties["predicted_login"] = d.predicted_login;
    result["properties"] = std::move(properties);
    results.push_back(std::move(result));
  }
  Json run{{"tool",
            {{"driver",
              {{"name", "scolint"},
               {"version", version_string},
               {"informationUri", "https://github.com/scolint/scolint"},
               {"rules", std::move(rules)}}}}},
           {"results", std::move(results)},
           {"columnKind", "unicodeCodePoints"}};
  const Json sarif{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                   {"version", "2.1.0"},
                   {"runs", Json::array({std::move(run)})}};
  return sarif.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace scolint
