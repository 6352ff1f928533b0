#include "formats/csv_reader.hpp"

#include <array>
#include <optional>
#include <string_view>

#include <boost/spirit/home/x3.hpp>

#include "formats/csv_columns.hpp"
#include "formats/csv_rows.hpp"
#include "formats/single_byte_encoding.hpp"
#include "model/text.hpp"

namespace scolint::formats {
namespace {

namespace x3 = boost::spirit::x3;

constexpr std::size_t line_cap = std::size_t{4} << 20U;  // a longer physical line is skipped, and said so

using Cell = CsvCell;

// Reads physical lines (without CR LF), counting them, never holding more
// than one capped line.
class LineReader {
 public:
  explicit LineReader(io::ByteSource& source) : source_(source) {}

  // False at the end of the input. `skipped` is set when the line was over the cap.
  bool next(std::string& line, std::uint32_t& number, bool& skipped) {
    line.clear();
    skipped = false;
    for (;;) {
      if (pos_ >= size_) {
        if (eof_) {
          if (line.empty() && !pending_) return false;
          pending_ = false;
          number = ++line_;
          return true;
        }
        auto got = source_.read(buffer_);
        if (!got) {
          error = got.error().detail;
          eof_ = true;
          continue;
        }
        size_ = got.value();
        pos_ = 0;
        if (size_ == 0) eof_ = true;
        continue;
      }
      const char c = buffer_[pos_++];
      pending_ = true;
      if (c == '\n') {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        pending_ = false;
        number = ++line_;
        return true;
      }
      if (line.size() < line_cap) {
        line += c;
      } else {
        skipped = true;
      }
    }
  }

  std::string error;

 private:
  io::ByteSource& source_;
  std::array<char, 1U << 16U> buffer_{};
  std::size_t size_ = 0;
  std::size_t pos_ = 0;
  bool eof_ = false;
  bool pending_ = false;
  std::uint32_t line_ = 0;
};

bool valid_utf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto byte = static_cast<unsigned char>(text[pos]);
    const std::size_t start = pos;
    const char32_t c = model::next_code_point(text, pos);
    // U+FFFD written as such is valid; a replacement produced for a bad byte is not.
    if (c == U'\uFFFD' && !(byte == 0xEF && pos - start == 3)) return false;
  }
  return true;
}

bool has_high_byte(std::string_view text) {
  for (const char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  }
  return false;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6U));
    out += static_cast<char>(0x80 | (c & 0x3FU));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12U));
    out += static_cast<char>(0x80 | ((c >> 6U) & 0x3FU));
    out += static_cast<char>(0x80 | (c & 0x3FU));
  }
}

// windows-1252 through ICU's table; its five undefined bytes become the C1
// control of the same value, which F011 then reports.
std::string from_cp1252(std::string_view bytes) {
  static const std::optional<ByteTable> table = single_byte_table("windows-1252");
  std::string out;
  for (const char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    const int mapped = table ? (*table)[byte] : -1;
    append_utf8(out, mapped >= 0 ? static_cast<char32_t>(mapped) : static_cast<char32_t>(byte));
  }
  return out;
}

char sniff_delimiter(std::string_view header) {
  std::size_t semicolons = 0, commas = 0, tabs = 0;
  bool quoted = false;
  for (const char c : header) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    semicolons += c == ';';
    commas += c == ',';
    tabs += c == '\t';
  }
  if (tabs > semicolons && tabs > commas) return '\t';
  if (commas > semicolons) return ',';
  return ';';
}

// Splits a logical record (UTF-8, possibly over several physical lines) into
// cells with RFC 4180 quoting. Returns false when a quote is left open.
bool split_cells(const std::string& record, char delimiter, std::uint32_t first_line, std::vector<Cell>& cells) {
  cells.clear();
  const auto quoted = x3::lexeme['"' >> *((x3::lit("\"\"") >> x3::attr('"')) | ~x3::char_('"')) >> '"'];
  const auto plain = *~x3::char_(std::string(1, delimiter) + "\"\n");
  auto it = record.begin();
  const auto end = record.end();
  // Position of the cell start: lines and code points before it, counted
  // from where the previous cell started (once over the record, not per cell).
  auto scan = record.begin();
  std::uint32_t line = first_line;
  std::uint32_t column = 1;
  for (;;) {
    for (; scan != it; ++scan) {
      if (*scan == '\n') {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(*scan) & 0xC0U) != 0x80U) {
        ++column;
      }
    }
    std::string value;
    if (it != end && *it == '"') {
      if (!x3::parse(it, end, quoted, value)) return false;
      std::string tail;  // text after the closing quote, kept as written ("a"b → ab)
      x3::parse(it, end, plain, tail);
      value += tail;
    } else {
      x3::parse(it, end, plain, value);
      // A quote inside an unquoted cell is kept as a character.
      while (it != end && *it == '"') {
        value += *it++;
        std::string more;
        x3::parse(it, end, plain, more);
        value += more;
      }
    }
    cells.push_back({std::move(value), {line, column}});
    if (it == end) return true;
    if (*it == delimiter) {
      ++it;
      continue;
    }
    ++it;  // a newline outside quotes cannot happen: records end at unquoted newlines
  }
}

// Whether a quote is still open after `text`, given the state before it
// (doubled quotes cancel out). Called on each new physical line only, so a
// long quoted value costs one pass.
bool inside_quotes(std::string_view text, bool open) {
  for (const char c : text) {
    if (c == '"') open = !open;
  }
  return open;
}

// A SIECLE extraction names each column once (a repeat is read once: F008);
// every kind needs the names the ENT makes an account of, and the ENT's
// pupils their birth date (the feeder rejects each row without it).
void header_issues(const CsvLayout& layout, const std::vector<Cell>& cells, std::vector<CsvIssue>& issues) {
  for (const std::size_t i : layout.duplicates()) {
    issues.push_back({CsvIssue::Kind::duplicate_column, cells[i].position, std::string(model::trim(cells[i].value)), 0, 0});
  }
  const XmlPosition at = cells.empty() ? XmlPosition{1, 1} : cells.front().position;
  if (!layout.has(Role::nom)) issues.push_back({CsvIssue::Kind::missing_column, at, "Nom", 0, 0});
  if (!layout.has(Role::prenom)) issues.push_back({CsvIssue::Kind::missing_column, at, "Prénom", 0, 0});
  if (layout.kind() == model::ExportKind::ent_eleves_csv && !layout.has(Role::date_naissance)) {
    issues.push_back({CsvIssue::Kind::missing_column, at, "Date de naissance", 0, 0});
  }
  // The ENT then makes each account's identifier of its names, class and
  // contacts (entcore CsvFeeder.java:762): a correction makes another account.
  using K = model::ExportKind;
  const K kind = layout.kind();
  if ((kind == K::ent_eleves_csv || kind == K::ent_parents_csv || kind == K::ent_enseignants_csv ||
       kind == K::ent_personnels_csv) &&
      !layout.has(Role::external_id)) {
    issues.push_back({CsvIssue::Kind::no_identifier, at, {}, 0, 0});
  }
}

// Whether a row of `found` cells fits a header of `expected`. SIECLE writes
// every cell; ONDE and the ENT stop a row after its last value, and a
// parent's row after their last child's group of columns (the feeder reads
// a short row to its end, and misreads one that stops inside a group).
bool row_fits(const CsvLayout& layout, std::size_t expected, std::size_t found) {
  if (found == expected) return true;
  if (found > expected || !layout.repeats_are_values()) return false;
  if (found <= layout.children_from()) return true;
  return layout.child_width() == 0 || (found - layout.children_from()) % layout.child_width() == 0;
}

// ONDE ends its responsables with the host organisations ("Intitulé;Adresse
// Organisme"), which the feeder stops at too.
bool is_onde_footer(const std::vector<Cell>& cells) {
  for (std::size_t i = 0; i + 1 < cells.size() && i < 2; ++i) {
    if (model::fold_identity(cells[i].value) == "INTITULE" &&
        model::fold_identity(cells[i + 1].value) == "ADRESSEORGANISME") {
      return true;
    }
  }
  return false;
}

}  // namespace

bool looks_like_csv(std::string_view head) {
  const auto end = head.find('\n');
  const std::string_view first = head.substr(0, end);
  if (first.find_first_of(";,\t") == std::string_view::npos) return false;
  for (const char c : first) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && c != '\t' && c != '\r') return false;  // binary
  }
  return true;
}

CsvOutcome read_csv(io::ByteSource& source, model::FileId file, RecordSink& sink,
                    const std::function<bool(model::ExportKind)>& wanted, std::string_view file_name) {
  CsvOutcome outcome;
  LineReader lines(source);
  std::optional<CsvLayout> layout;
  std::optional<CsvRows> rows;
  bool footer = false;  // ONDE's host organisations, after the responsables
  std::string physical;
  std::string record;
  std::uint32_t number = 0;
  std::uint32_t record_line = 0;
  bool skipped = false;
  bool have_header = false;
  std::size_t header_cells = 0;
  bool decided = false;
  bool utf8 = true;
  bool first = true;
  std::vector<Cell> cells;
  bool open_quote = false;

  auto decode = [&](std::string bytes, std::uint32_t line) {
    if (first) {
      first = false;
      if (bytes.rfind("\xEF\xBB\xBF", 0) == 0) {
        bytes.erase(0, 3);
        decided = true;
      }
    }
    if (!has_high_byte(bytes)) return bytes;
    const bool valid = valid_utf8(bytes);
    if (!decided) {
      decided = true;
      utf8 = valid;
    }
    if (utf8 && valid) return bytes;
    if (utf8) outcome.issues.push_back({CsvIssue::Kind::invalid_utf8, {line, 1}, "", 0, 0});
    return from_cp1252(bytes);
  };

  auto finish_record = [&]() {
    if (record.empty() && record_line == 0) return;
    if (model::is_blank(record)) {
      record.clear();
      return;
    }
    const bool complete = split_cells(record, outcome.delimiter, record_line, cells);
    if (!complete) outcome.issues.push_back({CsvIssue::Kind::unclosed_quote, {record_line, 1}, "", 0, 0});
    if (!have_header) {
      have_header = true;
      header_cells = cells.size();
      std::vector<std::string> names;
      names.reserve(cells.size());
      for (const Cell& c : cells) names.push_back(c.value);
      layout = CsvLayout::of(names, file_name);
      outcome.kind = layout->kind();
      if (outcome.kind != model::ExportKind::unknown && !wanted(outcome.kind)) {
        outcome.skipped = true;
      } else if (outcome.kind != model::ExportKind::unknown) {
        header_issues(*layout, cells, outcome.issues);
        rows.emplace(file, sink, *layout);
        rows->declare_lacks();
      }
    } else if (rows && complete && !footer) {
      footer = layout->kind() == model::ExportKind::onde_responsables_csv && is_onde_footer(cells);
      if (!footer) {
        if (!row_fits(*layout, header_cells, cells.size())) {
          outcome.issues.push_back({CsvIssue::Kind::ragged_row, {record_line, 1}, "", header_cells, cells.size()});
        }
        rows->row(cells, record_line);
        sink.between_records();
      }
    }
    record.clear();
  };

  while (lines.next(physical, number, skipped)) {
    if (skipped) {
      outcome.issues.push_back({CsvIssue::Kind::line_too_long, {number, 1}, "", line_cap, 0});
      record.clear();
      continue;
    }
    std::string text = decode(std::move(physical), number);
    if (!have_header && record.empty()) {
      outcome.header = text.substr(0, 120);
      outcome.delimiter = sniff_delimiter(text);
    }
    open_quote = inside_quotes(text, open_quote);
    if (record.empty()) {
      record_line = number;
      record = std::move(text);
    } else {
      record += '\n';
      record += text;
    }
    if (open_quote) {
      if (record.size() <= line_cap) continue;
      // A quote left open would make the rest of the file one cell: stop
      // at the cap, like an overlong line, and say where the quote opened.
      outcome.issues.push_back({CsvIssue::Kind::unclosed_quote, {record_line, 1}, "", 0, 0});
      record.clear();
      break;
    }
    finish_record();
    if ((outcome.kind == model::ExportKind::unknown || outcome.skipped || footer) && have_header) break;  // nothing more to read
  }
  if (!record.empty()) finish_record();
  outcome.encoding = decided && !utf8 ? "windows-1252" : "UTF-8";
  if (!lines.error.empty()) {
    outcome.read_error = true;
    outcome.read_error_detail = lines.error;
  }
  return outcome;
}

}  // namespace scolint::formats
