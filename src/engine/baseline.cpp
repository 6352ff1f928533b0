#include <scolint/baseline.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace scolint {

Result<Baseline> read_baseline(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::io_error, path + ": cannot read the baseline"};
  std::stringstream text;
  text << in.rdbuf();
  Baseline baseline;
  try {
    const auto json = nlohmann::json::parse(text.str());
    if (json.value("schema_version", 0) != 1)
      return Error{ErrorCode::invalid_option, path + ": not a scolint baseline (schema_version 1)"};
    for (const auto& entry : json.at("entries")) {
      baseline.entries.push_back({entry.at("fingerprint").get<std::string>(), entry.value("code", ""),
                                  entry.value("record", ""), entry.value("reason", "")});
    }
  } catch (const nlohmann::json::exception& error) {
    return Error{ErrorCode::invalid_option, path + ": " + error.what()};
  }
  return baseline;
}

std::string baseline_json(const Report& report, const Baseline& previous) {
  std::map<std::string, std::string> reasons;
  for (const auto& entry : previous.entries) reasons[entry.fingerprint] = entry.reason;
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  std::set<std::string> seen;
  for (const Diagnostic& d : report.diagnostics) {
    if (!seen.insert(d.fingerprint).second) continue;
    entries.push_back({{"fingerprint", d.fingerprint},
                       {"code", d.code},
                       {"record", d.record},
                       {"reason", reasons.contains(d.fingerprint) ? reasons[d.fingerprint] : ""}});
  }
  const nlohmann::ordered_json json{{"schema_version", 1}, {"tool", "scolint"}, {"entries", std::move(entries)}};
  return json.dump(2) + "\n";
}

void apply_baseline(Report& report, const Baseline& baseline) {
  std::set<std::string> accepted;
  for (const auto& entry : baseline.entries) accepted.insert(entry.fingerprint);
  std::set<std::string> found;
  std::vector<Diagnostic> kept;
  report.errors = report.warnings = report.infos = 0;
  bool fails = false;
  for (Diagnostic& d : report.diagnostics) {
    found.insert(d.fingerprint);
    if (accepted.contains(d.fingerprint)) {
      ++report.baseline_hidden;
      continue;
    }
    switch (d.severity) {
      case Severity::error: ++report.errors; break;
      case Severity::warning: ++report.warnings; break;
      case Severity::info: ++report.infos; break;
    }
    fails = fails || d.severity >= report.fail_on;
    kept.push_back(std::move(d));
  }
  report.diagnostics = std::move(kept);
  const std::set<std::string> ran(report.rules_run.begin(), report.rules_run.end());
  for (const auto& entry : baseline.entries) {
    // An entry of a rule that did not run this time is not stale, only unchecked.
    if (found.contains(entry.fingerprint) || !ran.contains(entry.code)) continue;
    report.baseline_stale.push_back(entry.code + " " + entry.record + " (" + entry.fingerprint + ")");
  }
  report.baseline_applied = true;
  if (report.exit_code != 2) report.exit_code = fails ? 1 : 0;
}

}  // namespace scolint
