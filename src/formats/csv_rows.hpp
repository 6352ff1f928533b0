#pragma once
// Turns the rows of a recognised CSV file into records, by kind: pupils and
// their division or class, responsables and their address, staff.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "formats/code_set.hpp"
#include "formats/csv_columns.hpp"
#include "formats/record_sink.hpp"
#include "formats/xml_reader.hpp"

namespace scolint::formats {

/// One cell of a row, unquoted, with where it starts.
struct CsvCell {
  std::string value;
  XmlPosition position;
};

class CsvRows {
 public:
  CsvRows(model::FileId file, RecordSink& sink, const CsvLayout& layout);

  /// Says what the file lacks (RecordSink::lacks), once, before any row.
  void declare_lacks();
  /// Sends the records of one row; returns how many.
  std::uint64_t row(const std::vector<CsvCell>& cells, std::uint32_t line);

 private:
  [[nodiscard]] const CsvCell* cell(const std::vector<CsvCell>& cells, Role role) const;
  [[nodiscard]] std::string_view trimmed(const std::vector<CsvCell>& cells, Role role) const;
  // A field of the record at `record`: the cell's place, or `fallback` when the row has no such cell.
  [[nodiscard]] model::Field field(const std::vector<CsvCell>& cells, Role role, const model::SourceLocation& fallback,
                                   const model::SourceLocation& record) const;
  [[nodiscard]] model::Field date(const std::vector<CsvCell>& cells, const model::SourceLocation& fallback,
                                  const model::SourceLocation& record) const;
  [[nodiscard]] model::Text text(const std::vector<CsvCell>& cells, Role role) const;
  [[nodiscard]] model::Text identifier(const std::vector<CsvCell>& cells, std::uint32_t line) const;

  std::uint64_t siecle_pupil(const std::vector<CsvCell>& cells, std::uint32_t line);
  std::uint64_t first_degree_pupil(const std::vector<CsvCell>& cells, std::uint32_t line);
  std::uint64_t legal_responsable(const std::vector<CsvCell>& cells, model::Text eleve_id, int rank,
                                  model::SourceLocation at);
  std::uint64_t person(const std::vector<CsvCell>& cells, std::uint32_t line);
  std::uint64_t child_mentions(const std::vector<CsvCell>& cells, model::Text personne_id);
  std::uint64_t staff(const std::vector<CsvCell>& cells, std::uint32_t line);
  std::uint64_t placement(const CsvCell& cell, model::Text eleve_id, model::Origin origin);
  model::Text address_of(const std::vector<CsvCell>& cells, model::Text id, model::SourceLocation at,
                         std::uint64_t& records);

  model::FileId file_;
  RecordSink& sink_;
  const CsvLayout& layout_;
  CodeSet divisions_;
  // Folded identity → PERSONNE_ID, as a string: rows are read apart, and a
  // value (Text) may be freed once its row is passed on (RecordSink::between_records).
  std::unordered_map<std::string, std::string> persons_;
};

}  // namespace scolint::formats
