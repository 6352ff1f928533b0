#pragma once
// CSV files: SIECLE extractions, ONDE's first-degree extractions and the
// ENT's import files (docs/formats.md): streamed row by row, cells located
// by line and column, columns recognised by folded header names
// (csv_columns.hpp), records sent to the same sink as XML (csv_rows.hpp).

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "formats/record_sink.hpp"
#include "formats/xml_reader.hpp"
#include "io/byte_source.hpp"
#include "model/records.hpp"

namespace scolint::formats {

/// A problem of the file itself, found while reading it.
struct CsvIssue {
  enum class Kind : std::uint8_t {
    ragged_row,        // F006: `found` cells where the header has `expected`
    unclosed_quote,    // F006: a quoted cell runs to the end of the file
    line_too_long,     // F006: a physical line over the cap, skipped
    missing_column,    // F007: `detail` names the column
    duplicate_column,  // F008: `detail` names the column
    invalid_utf8,      // F004: a line that is not UTF-8 in a UTF-8 file, read as windows-1252
    no_identifier,     // F014: an ENT import file without an identifier column
  };
  Kind kind = Kind::ragged_row;
  XmlPosition position;
  std::string detail;
  std::size_t expected = 0;
  std::size_t found = 0;
};

struct CsvOutcome {
  model::ExportKind kind = model::ExportKind::unknown;  // unknown: the header names no known column set
  std::string encoding;    // "UTF-8" or "windows-1252"
  std::string header;      // the first line, for "what was found" when unknown
  char delimiter = ';';
  std::vector<CsvIssue> issues;
  bool skipped = false;  // a kind the settings leave out: read no further than the header
  bool read_error = false;
  std::string read_error_detail;
};

/// True when `head` (the first bytes of a file) looks like delimited text.
bool looks_like_csv(std::string_view head);

/// Reads `source` to the end, sending records to `sink`.
/// `file_name` (no directory) only tells the ENT's profiles apart where
/// their columns do not (CsvLayout::of).
CsvOutcome read_csv(io::ByteSource& source, model::FileId file, RecordSink& sink,
                    const std::function<bool(model::ExportKind)>& wanted, std::string_view file_name = {});

}  // namespace scolint::formats
