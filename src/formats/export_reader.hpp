#pragma once
// Recognises a file by content and streams its records into a RecordSink.

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "formats/aaf_reader.hpp"
#include "formats/csv_reader.hpp"
#include "formats/record_sink.hpp"
#include "formats/xml_reader.hpp"
#include "io/byte_source.hpp"
#include "model/records.hpp"

namespace scolint::formats {

/// What reading one file gave, beyond the records sent to the sink.
struct ReadOutcome {
  model::ExportKind kind = model::ExportKind::unknown;
  std::string encoding;
  bool empty = false;         // no byte but white space
  bool not_xml = false;       // the first byte that is not white space is not '<'
  std::string head;           // when not_xml: the first bytes, to say what was found
  XmlPosition head_position;  // where those bytes start
  XmlOutcome xml;             // failure details when the file is XML
  std::optional<CsvOutcome> csv;  // set when the file was read as delimited text
  std::vector<AafIssue> aaf_issues;  // A rules found while reading an AAF file
  bool skipped = false;              // a kind the settings leave out: recognised, not read
};

/// Which kinds to read; the others are recognised and skipped.
using KindFilter = std::function<bool(model::ExportKind)>;

/// Reads `source` to the end (or the first fatal problem), sending records to `sink`.
/// `slice` when `source` is one part of a split file (formats/split_plan.hpp).
/// `file_name` (no directory) only tells the ENT's CSV profiles apart.
ReadOutcome read_export(io::ByteSource& source, model::FileId file, RecordSink& sink, const KindFilter& wanted,
                        const XmlSlice& slice = {}, std::string_view file_name = {});

/// True when read_export hands a file starting with `prefix` to the CSV
/// reader: after a UTF-8 BOM and white space, not '<', not UTF-16, and a
/// first line that looks like delimited text.
bool read_as_csv(std::string_view prefix);

/// The adapter for a root element, or nullptr if scolint does not read that kind.
std::unique_ptr<XmlHandler> make_adapter(model::ExportKind kind, model::FileId file, RecordSink& sink, AafIssueLog& log);

/// The export kind a root element names (BEE_ELEVES → siecle_eleves...).
model::ExportKind kind_of_root(std::string_view root);

}  // namespace scolint::formats
