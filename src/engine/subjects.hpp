#pragma once
// Who each finding is about, named (issue #23): a secretariat finds a record
// in SIECLE-BEE by the person's name, never by ELEVE_ID. A stage of the run,
// after the checks and before the records are freed: the pupils, responsables,
// addresses and staff the findings name are looked up, with a pupil's
// division, a responsable's children (and theirs) and an address's residents.
// Only those records are looked at: no work on a clean export. What is kept
// is compact (a pool of text and offsets, each person once), because it
// outlives the records until the diagnostics are built from it.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <scolint/diagnostic.hpp>

#include "model/dataset.hpp"
#include "model/record_ref.hpp"

namespace scolint::engine {

/// At most this many children or residents are named per subject.
inline constexpr std::size_t max_related_named = 5;

/// What a finding names, and the file it was found in: an id names the
/// record of that file first (see NamedSubjects).
struct Asked {
  const model::RecordRef* record = nullptr;
  model::FileId file = 0;
};

/// Two files may give one id to two people (two schools' exports, test
/// fixtures that all count from ELEVE_ID 0001): an id names the record of
/// the finding's own file, else one of a file of the same establishment
/// (UAJ), else the first read. A CSV row known by its line ("L12") is never
/// looked for in another file.
class NamedSubjects {
 public:
  /// Looks up the records that the findings (one Asked each) name.
  NamedSubjects(const std::vector<Asked>& asked, const model::Dataset& dataset, unsigned threads);
  NamedSubjects() = default;

  /// The subject of finding `finding`, whose record is `record` (names marked
  /// as personal data, model/personal.hpp).
  [[nodiscard]] Subject subject(std::size_t finding, const model::RecordRef& record) const;
  /// The division that files finding `finding`: the pupil's, a responsable's
  /// first child's, the division's own.
  [[nodiscard]] std::string division(std::size_t finding, const model::RecordRef& record) const;

 private:
  static constexpr std::uint32_t none = UINT32_MAX;
  struct Span {
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
  };
  struct Named {  // a person looked up once, whatever the number of findings naming them
    Span id, name, division;
  };
  struct RelatedRef {  // a child of a responsable (with how they are related), a resident of an address
    std::uint32_t named = 0;
    Span relation;
  };
  struct Entry {  // per finding
    std::uint32_t self = none;
    std::uint32_t related = 0;  // first index into related_
    std::uint32_t related_count = 0;
    std::uint32_t more = 0;
  };

  [[nodiscard]] std::string_view text(Span span) const {
    return std::string_view(text_).substr(span.offset, span.size);
  }
  [[nodiscard]] Subject named(std::uint32_t index, std::string kind) const;
  Span keep(std::string_view value);

  std::string text_;
  std::vector<Named> named_;
  std::vector<RelatedRef> related_;
  std::vector<Entry> entries_;
};

/// How a responsable is related to a child, as a stable word ("mother",
/// "father", "guardian") from the link's CODE_PARENTE (SIECLE: 10 mère,
/// 20 père, 50 tuteur) or an AAF relation's lien (2013 files: 1 père, 2 mère);
/// empty when the code says nothing more precise.
std::string relation_word(const model::ResponsableLink& link, model::ExportKind kind);

}  // namespace scolint::engine
