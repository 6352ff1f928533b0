#include "formats/csv_reader.hpp"

#include <array>
#include <map>
#include <unordered_map>
#include <optional>
#include <set>

#include <boost/spirit/home/x3.hpp>

#include "formats/code_set.hpp"
#include "formats/single_byte_encoding.hpp"
#include "model/text.hpp"

namespace scolint::formats {
namespace {

namespace x3 = boost::spirit::x3;

constexpr std::size_t line_cap = std::size_t{4} << 20U;  // a longer physical line is skipped, and said so

// Column roles, recognised by the folded header (formats/SIECLE_STS.md §3:
// case, accents, spaces and punctuation do not count; SIECLE lets users
// rename columns, hence aliases).
enum class Role : std::uint8_t {
  nom, nom_usage, prenom, date_naissance, division, ine,
  r1_nom, r1_prenom, r1_mel, r1_tel, r2_nom, r2_prenom, r2_mel, r2_tel,
  titre, mel, adresse, code_postal, commune, tel_domicile, tel_portable, tel_pro,
};

const std::map<std::string, Role>& aliases() {
  static const std::map<std::string, Role> table{
      {"NOM", Role::nom}, {"NOMDEFAMILLE", Role::nom}, {"NOMELEVE", Role::nom},
      {"NOMDUSAGE", Role::nom_usage}, {"NOMUSAGE", Role::nom_usage},
      {"PRENOM", Role::prenom}, {"PRENOM1", Role::prenom}, {"PRENOMELEVE", Role::prenom},
      {"DATEDENAISSANCE", Role::date_naissance}, {"DATENAISSANCE", Role::date_naissance},
      {"DATENAISS", Role::date_naissance}, {"NEELE", Role::date_naissance},
      {"DIVISION", Role::division}, {"CLASSE", Role::division},
      {"INE", Role::ine}, {"NUMERONATIONAL", Role::ine}, {"NNATIONAL", Role::ine},
      {"IDENTIFIANTNATIONAL", Role::ine}, {"IDNATIONAL", Role::ine},
      {"NOMDEFAMILLERESPLEGAL1", Role::r1_nom}, {"NOMRESPLEGAL1", Role::r1_nom},
      {"PRENOMRESPLEGAL1", Role::r1_prenom}, {"COURRIELRESPLEGAL1", Role::r1_mel}, {"MELRESPLEGAL1", Role::r1_mel},
      {"TELPORTABLERESPLEGAL1", Role::r1_tel}, {"TELEPHONERESPLEGAL1", Role::r1_tel},
      {"NOMDEFAMILLERESPLEGAL2", Role::r2_nom}, {"NOMRESPLEGAL2", Role::r2_nom},
      {"PRENOMRESPLEGAL2", Role::r2_prenom}, {"COURRIELRESPLEGAL2", Role::r2_mel}, {"MELRESPLEGAL2", Role::r2_mel},
      {"TELPORTABLERESPLEGAL2", Role::r2_tel}, {"TELEPHONERESPLEGAL2", Role::r2_tel},
      // ENT guest accounts (seed 004): Nom;Prénom;Titre;Mail;Date de naissance;Adresse;Code Postal;Commune;Téléphone…
      {"TITRE", Role::titre}, {"MAIL", Role::mel}, {"EMAIL", Role::mel}, {"COURRIEL", Role::mel},
      {"ADRESSE", Role::adresse}, {"CODEPOSTAL", Role::code_postal}, {"COMMUNE", Role::commune}, {"VILLE", Role::commune},
      {"TELEPHONEDOMICILE", Role::tel_domicile}, {"TELEPHONEPORTABLE", Role::tel_portable},
      {"TELEPHONEPROFESSIONNEL", Role::tel_pro},
  };
  return table;
}

struct Cell {
  std::string value;
  XmlPosition position;
};

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

class RowMapper {
 public:
  RowMapper(model::FileId file, RecordSink& sink) : file_(file), sink_(sink) {
    sink.records_apart();  // between_records() after each row: no Text outlives its row
  }

  // Decides the kind from the header; issues for duplicate and missing columns.
  model::ExportKind header(const std::vector<Cell>& cells, std::vector<CsvIssue>& issues) {
    std::set<std::string> seen_names;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::string folded = model::fold_identity(cells[i].value);
      if (!folded.empty() && !seen_names.insert(folded).second) {
        issues.push_back({CsvIssue::Kind::duplicate_column, cells[i].position, std::string(model::trim(cells[i].value)), 0, 0});
        continue;  // the first one wins
      }
      const auto it = aliases().find(folded);
      if (it != aliases().end() && !columns_.contains(it->second)) columns_[it->second] = i;
    }
    if (columns_.empty()) return model::ExportKind::unknown;
    const bool guests = columns_.contains(Role::titre) || columns_.contains(Role::mel) || columns_.contains(Role::code_postal);
    const bool pupils = columns_.contains(Role::division) || columns_.contains(Role::ine);
    kind_ = guests && !pupils ? model::ExportKind::ent_invites_csv : model::ExportKind::siecle_csv;
    if (kind_ == model::ExportKind::siecle_csv) {
      // A custom extraction holds the columns its author chose: what it
      // lacks is not checked in it, instead of failing on every row.
      if (!columns_.contains(Role::ine)) sink_.lacks(model::Column::pupil_ine);
      if (!columns_.contains(Role::date_naissance)) sink_.lacks(model::Column::pupil_birth_date);
      if (!columns_.contains(Role::division)) sink_.lacks(model::Column::pupil_division);
      if (!columns_.contains(Role::r1_nom) && !columns_.contains(Role::r2_nom)) {
        sink_.lacks(model::Column::pupil_responsables);
      }
    }
    const XmlPosition at = cells.empty() ? XmlPosition{1, 1} : cells.front().position;
    if (!columns_.contains(Role::nom)) issues.push_back({CsvIssue::Kind::missing_column, at, "Nom", 0, 0});
    if (!columns_.contains(Role::prenom)) issues.push_back({CsvIssue::Kind::missing_column, at, "Prénom", 0, 0});
    return kind_;
  }

  std::uint64_t row(const std::vector<Cell>& cells, std::uint32_t line) {
    if (kind_ == model::ExportKind::ent_invites_csv) return guest(cells, line);
    return pupil(cells, line);
  }

 private:
  const Cell* cell(const std::vector<Cell>& cells, Role role) const {
    const auto it = columns_.find(role);
    return it != columns_.end() && it->second < cells.size() ? &cells[it->second] : nullptr;
  }
  model::Field field(const std::vector<Cell>& cells, Role role, model::SourceLocation fallback) const {
    const Cell* c = cell(cells, role);
    if (c == nullptr) return {{}, fallback};
    return {sink_.text(c->value), {file_, c->position.line, c->position.column}};
  }
  // The trimmed cell, read only (keys); text() keeps it for a record.
  std::string_view trimmed(const std::vector<Cell>& cells, Role role) const {
    const Cell* c = cell(cells, role);
    return c == nullptr ? std::string_view() : model::trim(c->value);
  }
  model::Text text(const std::vector<Cell>& cells, Role role) const { return sink_.text(trimmed(cells, role)); }

  // A row of a SIECLE extraction: a pupil, their division, their legal responsables.
  std::uint64_t pupil(const std::vector<Cell>& cells, std::uint32_t line) {
    const model::SourceLocation at{file_, line, 1};
    model::Pupil pupil;
    pupil.location = at;
    pupil.eleve_id = sink_.text("L" + std::to_string(line));  // CSV rows have no ELEVE_ID: the line identifies them
    pupil.nom_de_famille = field(cells, Role::nom, at);
    pupil.nom_usage = field(cells, Role::nom_usage, at);
    pupil.prenom = field(cells, Role::prenom, at);
    pupil.date_naissance = field(cells, Role::date_naissance, at);
    pupil.id_national = field(cells, Role::ine, at);
    std::uint64_t records = 1;
    const std::string_view code = trimmed(cells, Role::division);
    if (!code.empty()) {
      const Cell* c = cell(cells, Role::division);
      const model::SourceLocation where{file_, c->position.line, c->position.column};
      const model::Text division = sink_.text(code);
      const model::Text raw = code.size() == c->value.size() ? division : sink_.text(c->value);
      if (divisions_.first_use(code)) {
        sink_.division({where, division, model::Origin::siecle_pupils, 0, raw});
        ++records;
      }
      sink_.membership({where, 'D', pupil.eleve_id, division, raw});
    }
    const model::Text eleve_id = pupil.eleve_id;
    sink_.pupil(std::move(pupil));
    records += responsable(cells, eleve_id, "1", Role::r1_nom, Role::r1_prenom, Role::r1_mel, Role::r1_tel, at);
    records += responsable(cells, eleve_id, "2", Role::r2_nom, Role::r2_prenom, Role::r2_mel, Role::r2_tel, at);
    return records;
  }

  // An extraction repeats a parent on every child's row: one person per
  // folded name + contact, so that siblings do not look like duplicates.
  std::uint64_t responsable(const std::vector<Cell>& cells, model::Text eleve_id, const char* legal, Role nom,
                            Role prenom, Role mel, Role tel, model::SourceLocation at) {
    const std::string_view name = trimmed(cells, nom);
    const std::string_view first = trimmed(cells, prenom);
    if (name.empty() && first.empty()) return 0;
    std::string key = model::fold_identity(name) + '\x1f' + model::fold_identity(first) + '\x1f';
    key.append(trimmed(cells, mel)).append(1, '\x1f').append(trimmed(cells, tel));
    std::uint64_t records = 1;
    auto [it, inserted] = persons_.try_emplace(std::move(key));
    if (inserted) {
      it->second = "L" + std::to_string(at.line) + "-R" + legal;
      model::Person person;
      person.personne_id = sink_.text(it->second);
      const Cell* first_cell = cell(cells, nom);
      person.location = first_cell != nullptr ? model::SourceLocation{file_, first_cell->position.line, first_cell->position.column} : at;
      person.nom_de_famille = field(cells, nom, at);
      person.prenom = field(cells, prenom, at);
      person.mel = text(cells, mel);
      person.tel_portable = text(cells, tel);
      sink_.person(std::move(person));
      ++records;
    }
    sink_.link({at, eleve_id, sink_.text(it->second), sink_.text(legal), {}});
    return records;
  }

  // A row of the ENT guest-account file: a person with an address.
  std::uint64_t guest(const std::vector<Cell>& cells, std::uint32_t line) {
    const model::SourceLocation at{file_, line, 1};
    model::Person person;
    person.location = at;
    person.personne_id = sink_.text("L" + std::to_string(line));
    person.nom_de_famille = field(cells, Role::nom, at);
    person.prenom = field(cells, Role::prenom, at);
    person.civilite = field(cells, Role::titre, at);
    person.mel = text(cells, Role::mel);
    person.tel_personnel = text(cells, Role::tel_domicile);
    person.tel_portable = text(cells, Role::tel_portable);
    person.tel_professionnel = text(cells, Role::tel_pro);
    std::uint64_t records = 1;
    if (columns_.contains(Role::adresse) || columns_.contains(Role::code_postal) || columns_.contains(Role::commune)) {
      model::Address address;
      address.location = at;
      address.adresse_id = person.personne_id;
      address.ligne1 = text(cells, Role::adresse);
      address.code_postal = text(cells, Role::code_postal);
      address.libelle_postal = text(cells, Role::commune);
      person.adresse_id = address.adresse_id;
      sink_.address(std::move(address));
      ++records;
    }
    sink_.person(std::move(person));
    return records;
  }

  model::FileId file_;
  RecordSink& sink_;
  model::ExportKind kind_ = model::ExportKind::unknown;
  std::map<Role, std::size_t> columns_;
  CodeSet divisions_;
  // Folded identity → PERSONNE_ID, as a string: rows are read apart, and a
  // value (Text) may be freed once its row is passed on (RecordSink::between_records).
  std::unordered_map<std::string, std::string> persons_;
};

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
                    const std::function<bool(model::ExportKind)>& wanted) {
  CsvOutcome outcome;
  LineReader lines(source);
  RowMapper mapper(file, sink);
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
      outcome.kind = mapper.header(cells, outcome.issues);
      if (outcome.kind != model::ExportKind::unknown && !wanted(outcome.kind)) {
        outcome.skipped = true;
        outcome.issues.clear();
      }
    } else if (outcome.kind != model::ExportKind::unknown && complete) {
      if (cells.size() != header_cells) {
        outcome.issues.push_back({CsvIssue::Kind::ragged_row, {record_line, 1}, "", header_cells, cells.size()});
      }
      mapper.row(cells, record_line);
      sink.between_records();
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
    if ((outcome.kind == model::ExportKind::unknown || outcome.skipped) && have_header) break;  // nothing more to read
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
