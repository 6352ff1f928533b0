// The JSON contract of docs/output.md. Field names never change within a
// schema_version; new fields may be added.
#include <nlohmann/json.hpp>

#include <ostream>
#include <sstream>
#include <string>

#include <scolint/report.hpp>
#include <scolint/version.hpp>

#include "report/json_text.hpp"

namespace scolint {
namespace {

using Json = nlohmann::ordered_json;

// The members of a subject, in the order of docs/output.md; `children` for a
// responsable's, `residents` for an address's.
void append_subject(std::string& out, const Subject& subject, const std::string& indent) {
  using report::append_json_string;
  const std::string inner = indent + "  ";
  bool first = true;
  auto member = [&](std::string_view key) {
    out += first ? "{\n" : ",\n";
    first = false;
    out += inner;
    out += '"';
    out += key;
    out += "\": ";
  };
  auto text = [&](std::string_view key, std::string_view value) {
    if (value.empty()) return;
    member(key);
    append_json_string(out, value);
  };
  text("kind", subject.kind);
  text("id", subject.id);
  text("name", subject.name);
  text("division", subject.division);
  text("relation", subject.relation);
  if (!subject.related.empty()) {
    member(subject.kind == "address" ? "residents" : "children");
    out += "[";
    for (std::size_t i = 0; i < subject.related.size(); ++i) {
      out += i == 0 ? "\n" : ",\n";
      out += inner + "  ";
      append_subject(out, subject.related[i], inner + "  ");
    }
    out += "\n" + inner + "]";
  }
  if (subject.more > 0) {
    member("more");
    out += std::to_string(subject.more);
  }
  out += first ? "{}" : "\n" + indent + "}";
}

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

// One diagnostic, written directly (tests/unit/json_writer.cpp checks it
// against nlohmann's dump of the same entry): "{…}" at nesting depth 2.
void append_diagnostic(std::string& out, const Diagnostic& d) {
  using report::append_json_string;
  auto member = [&out](std::string_view key, bool first = false) {
    out += first ? "{\n      \"" : ",\n      \"";
    out += key;
    out += "\": ";
  };
  auto text = [&](std::string_view key, std::string_view value, bool first = false) {
    member(key, first);
    append_json_string(out, value);
  };
  auto number = [&](std::string_view key, std::uint32_t value) {
    member(key);
    out += std::to_string(value);
  };
  auto optional_text = [&](std::string_view key, std::string_view value) {
    if (!value.empty()) text(key, value);
  };
  text("code", d.code, true);
  text("rule", d.rule);
  text("severity", severity_name(d.severity));
  text("file", d.location.file);
  number("line", d.location.line);
  number("column", d.location.column);
  text("message", d.message);
  optional_text("hint", d.hint);
  optional_text("record", d.record);
  if (!d.related.empty()) {
    member("related");
    out += "[";
    for (std::size_t i = 0; i < d.related.size(); ++i) {
      const Location& at = d.related[i];
      out += i == 0 ? "\n        {\n          \"file\": " : ",\n        {\n          \"file\": ";
      append_json_string(out, at.file);
      out += ",\n          \"line\": ";
      out += std::to_string(at.line);
      out += ",\n          \"column\": ";
      out += std::to_string(at.column);
      out += "\n        }";
    }
    out += "\n      ]";
  }
  optional_text("predicted_login", d.predicted_login);
  optional_text("division", d.division);
  if (!d.subject.kind.empty()) {
    member("subject");
    append_subject(out, d.subject, "      ");
  }
  text("fingerprint", d.fingerprint);
  out += "\n    }";
}

}  // namespace

void write_json(const Report& report, std::ostream& stream) {
  // Written a piece at a time through a bounded buffer: the text of a
  // 1M-pupil report (84 MB) never exists at once.
  constexpr std::size_t flush_at = std::size_t{1} << 20;
  // Not reserved: a small report stays small (the buffer grows to about
  // flush_at only for a large one).
  std::string out = "{\n";
  auto flush = [&out, &stream] {
    stream.write(out.data(), static_cast<std::streamsize>(out.size()));
    out.clear();
  };
  append_member(out, "schema_version", 1);
  append_member(out, "tool", {{"name", "scolint"}, {"version", version_string}});
  Json files = Json::array();
  for (const FileSummary& file : report.files) {
    Json entry{{"path", file.path}, {"kind", file.kind}};
    if (!file.encoding.empty()) entry["encoding"] = file.encoding;
    entry["records"] = file.records;
    if (!file.uaj.empty()) entry["uaj"] = file.uaj;
    if (!file.school_year.empty()) entry["school_year"] = file.school_year;
    if (!file.export_date.empty()) entry["export_date"] = file.export_date;
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
      append_diagnostic(out, report.diagnostics[i]);
      out += i + 1 < report.diagnostics.size() ? ",\n" : "\n";
      if (out.size() >= flush_at) flush();
    }
    out += "  ],\n";
  }
  const bool more = !report.skipped_checks.empty() || !report.not_checked.empty() || !report.tallies.empty() ||
                    report.baseline_applied;
  append_member(out, "summary", {{"error", report.errors}, {"warning", report.warnings}, {"info", report.infos}},
                !more);
  if (!report.skipped_checks.empty()) {
    Json skipped = Json::array();
    for (const SkippedCheck& check : report.skipped_checks) {
      skipped.push_back({{"code", check.code}, {"missing", check.missing}});
    }
    append_member(out, "skipped_checks", skipped,
                  report.not_checked.empty() && report.tallies.empty() && !report.baseline_applied);
  }
  if (!report.not_checked.empty()) {
    Json unchecked = Json::array();
    for (const NotChecked& entry : report.not_checked) {
      unchecked.push_back({{"code", entry.code}, {"file", entry.file}, {"missing", entry.missing}});
    }
    append_member(out, "not_checked", unchecked, report.tallies.empty() && !report.baseline_applied);
  }
  if (!report.tallies.empty()) {
    Json tallies = Json::array();
    for (const Report::Tally& tally : report.tallies) {
      tallies.push_back({{"code", tally.code}, {"count", tally.count}, {"message", tally.message}});
    }
    append_member(out, "tallies", tallies, !report.baseline_applied);
  }
  if (report.baseline_applied) {
    append_member(out, "baseline", {{"hidden", report.baseline_hidden}, {"stale", report.baseline_stale}}, true);
  }
  out += "}\n";
  flush();
}

std::string render_json(const Report& report) {
  std::ostringstream out;
  write_json(report, out);
  return std::move(out).str();
}

}  // namespace scolint
