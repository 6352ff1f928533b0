#pragma once
// Shared plumbing of the XML adapters: locations, the element being read,
// and the PARAMETRES block every SIECLE and STS export starts with.

#include <string_view>

#include "formats/record_sink.hpp"
#include "formats/xml_reader.hpp"
#include "model/records.hpp"
#include "model/text.hpp"

namespace scolint::formats {

class AdapterBase : public XmlHandler {
 public:
  AdapterBase(model::FileId file, RecordSink& sink) : file_(file), sink_(sink) {}

 protected:
  [[nodiscard]] model::SourceLocation at(XmlPosition position) const { return {file_, position.line, position.column}; }
  /// A field read from the leaf element that is ending now, in the record at `record`.
  [[nodiscard]] model::Field leaf(std::string_view text, const model::SourceLocation& record) const {
    return {sink_.text(text), at(last_start_), record};
  }
  /// A value kept for the records (see RecordSink::text).
  [[nodiscard]] model::Text keep(std::string_view text) const { return sink_.text(text); }
  /// A division or group code as written (`raw`, for S008) and trimmed (its
  /// identity): one copy of the bytes when trimming changes nothing.
  void keep_code(std::string_view raw, model::Text& code, model::Text& raw_code) const {
    const std::string_view trimmed = model::trim(raw);
    code = keep(trimmed);
    raw_code = trimmed.size() == raw.size() ? code : keep(raw);
  }

  void remember_start(XmlPosition position) { last_start_ = position; }

  /// SIECLE writes PARAMETRES as text children; called for each of them.
  void siecle_parameter(std::string_view name, std::string_view text);
  void send_parameters() { sink_.parameters(parameters_); }

  /// True when `path` is .../`parent`/`child` (the element ending or starting).
  static bool is(const XmlPath& path, std::string_view parent, std::string_view child) {
    return path.parent() == parent && path.back() == child;
  }

  model::FileId file_;
  RecordSink& sink_;
  model::ExportParameters parameters_;
  XmlPosition last_start_;
};

}  // namespace scolint::formats
