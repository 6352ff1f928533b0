#pragma once
// Who each finding is about, named (issue #23): a secretariat finds a record
// in SIECLE-BEE by the person's name, never by ELEVE_ID. A stage of the run,
// after the checks and before the records are freed: the pupils, responsables,
// addresses and staff the findings name are looked up, with a pupil's
// division, a responsable's children (and theirs) and an address's residents.
// Only those records are looked at: no work on a clean export.

#include <string>
#include <vector>

#include <scolint/diagnostic.hpp>

#include "model/dataset.hpp"
#include "model/record_ref.hpp"

namespace scolint::engine {

struct NamedSubjects {
  std::vector<Subject> subjects;        ///< per finding; names marked as personal data (engine/personal.hpp)
  std::vector<std::string> divisions;  ///< per finding: the pupil's, the responsable's first child's, the division's
};

/// At most this many children or residents are named per subject.
inline constexpr std::size_t max_related_named = 5;

/// The subjects of the findings whose records are `records` (one per finding).
NamedSubjects name_subjects(const std::vector<const model::RecordRef*>& records, const model::Dataset& dataset,
                            unsigned threads);

/// How a responsable is related to a child, as a stable word ("mother",
/// "father", "guardian") from the link's CODE_PARENTE (SIECLE: 10 mère,
/// 20 père, 50 tuteur) or an AAF relation's lien (2013 files: 1 père, 2 mère);
/// empty when the code says nothing more precise.
std::string relation_word(const model::ResponsableLink& link, model::ExportKind kind);

}  // namespace scolint::engine
