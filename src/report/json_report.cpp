// The JSON contract of docs/output.md. Field names never change within a
// schema_version; new fields may be added.
#include <nlohmann/json.hpp>

#include <scolint/report.hpp>
#include <scolint/version.hpp>

namespace scolint {
namespace {

using Json = nlohmann::ordered_json;

Json location_json(const Location& at) { return Json{{"file", at.file}, {"line", at.line}, {"column", at.column}}; }

}  // namespace

std::string render_json(const Report& report) {
  Json root;
  root["schema_version"] = 1;
  root["tool"] = {{"name", "scolint"}, {"version", version_string}};
  Json files = Json::array();
  for (const FileSummary& file : report.files) {
    Json entry{{"path", file.path}, {"kind", file.kind}};
    if (!file.encoding.empty()) entry["encoding"] = file.encoding;
    entry["records"] = file.records;
    if (file.skipped) entry["skipped"] = true;
    if (file.failed) entry["failed"] = true;
    files.push_back(std::move(entry));
  }
  root["files"] = std::move(files);
  Json diagnostics = Json::array();
  for (const Diagnostic& d : report.diagnostics) {
    Json entry{{"code", d.code}, {"rule", d.rule}, {"severity", severity_name(d.severity)}};
    entry["file"] = d.location.file;
    entry["line"] = d.location.line;
    entry["column"] = d.location.column;
    entry["message"] = d.message;
    if (!d.hint.empty()) entry["hint"] = d.hint;
    if (!d.record.empty()) entry["record"] = d.record;
    if (!d.related.empty()) {
      Json related = Json::array();
      for (const Location& at : d.related) related.push_back(location_json(at));
      entry["related"] = std::move(related);
    }
    if (!d.predicted_login.empty()) entry["predicted_login"] = d.predicted_login;
    if (!d.division.empty()) entry["division"] = d.division;
    entry["fingerprint"] = d.fingerprint;
    diagnostics.push_back(std::move(entry));
  }
  root["diagnostics"] = std::move(diagnostics);
  root["summary"] = {{"error", report.errors}, {"warning", report.warnings}, {"info", report.infos}};
  if (!report.skipped_checks.empty()) {
    Json skipped = Json::array();
    for (const SkippedCheck& check : report.skipped_checks) {
      skipped.push_back({{"code", check.code}, {"missing", check.missing}});
    }
    root["skipped_checks"] = std::move(skipped);
  }
  if (report.baseline_applied) {
    root["baseline"] = {{"hidden", report.baseline_hidden}, {"stale", report.baseline_stale}};
  }
  // Invalid UTF-8 from a broken file must not abort the report: replace it.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace scolint
