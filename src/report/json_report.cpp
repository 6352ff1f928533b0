// The JSON contract of docs/output.md. Field names never change within a
// schema_version; new fields may be added.
#include <nlohmann/json.hpp>

#include <scolint/report.hpp>
#include <scolint/version.hpp>

namespace scolint {
namespace {

using Json = nlohmann::ordered_json;

Json location_json(const Location& at) { return Json{{"file", at.file}, {"line", at.line}, {"column", at.column}}; }

// One entry at a time: a DOM of the whole report costs several times the size
// of the text (100 000 findings: hundreds of MB). Each piece is dumped as
// nlohmann would dump it inside the document, so the bytes are the same.
// `value` as nlohmann dumps it, its lines after the first indented by `indent`.
// Invalid UTF-8 from a broken file must not abort the report: replace it.
void append_dumped(std::string& out, const Json& value, std::string_view indent) {
  for (const char c : value.dump(2, ' ', false, Json::error_handler_t::replace)) {
    out += c;
    if (c == '\n') out += indent;
  }
}

void append_member(std::string& out, const char* key, const Json& value, bool last = false) {
  out += "  \"";
  out += key;
  out += "\": ";
  append_dumped(out, value, "  ");
  out += last ? "\n" : ",\n";
}

Json diagnostic_json(const Diagnostic& d) {
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
  return entry;
}

}  // namespace

std::string render_json(const Report& report) {
  std::string out = "{\n";
  append_member(out, "schema_version", 1);
  append_member(out, "tool", {{"name", "scolint"}, {"version", version_string}});
  Json files = Json::array();
  for (const FileSummary& file : report.files) {
    Json entry{{"path", file.path}, {"kind", file.kind}};
    if (!file.encoding.empty()) entry["encoding"] = file.encoding;
    entry["records"] = file.records;
    if (file.skipped) entry["skipped"] = true;
    if (file.failed) entry["failed"] = true;
    files.push_back(std::move(entry));
  }
  append_member(out, "files", files);
  if (report.diagnostics.empty()) {
    out += "  \"diagnostics\": [],\n";
  } else {
    out += "  \"diagnostics\": [\n";
    for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
      out += "    ";
      append_dumped(out, diagnostic_json(report.diagnostics[i]), "    ");
      out += i + 1 < report.diagnostics.size() ? ",\n" : "\n";
    }
    out += "  ],\n";
  }
  const bool more = !report.skipped_checks.empty() || report.baseline_applied;
  append_member(out, "summary", {{"error", report.errors}, {"warning", report.warnings}, {"info", report.infos}},
                !more);
  if (!report.skipped_checks.empty()) {
    Json skipped = Json::array();
    for (const SkippedCheck& check : report.skipped_checks) {
      skipped.push_back({{"code", check.code}, {"missing", check.missing}});
    }
    append_member(out, "skipped_checks", skipped, !report.baseline_applied);
  }
  if (report.baseline_applied) {
    append_member(out, "baseline", {{"hidden", report.baseline_hidden}, {"stale", report.baseline_stale}}, true);
  }
  return out + "}\n";
}

}  // namespace scolint
