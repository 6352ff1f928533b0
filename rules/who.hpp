#pragma once
// How a message names a person (issue #23): by the name the SIECLE-BEE and
// STS-Web screens search by, "« DAVID Léa »" (nom d'usage, then prénom),
// never by an ELEVE_ID alone. The identifier is the fallback when both names
// are blank, and stays beside the name where two records of one name must be
// told apart. Names are marked as personal data (model/personal.hpp).

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <scolint/diagnostic.hpp>

#include "model/dataset.hpp"
#include "model/per_file.hpp"
#include "model/personal.hpp"
#include "model/record_ref.hpp"
#include "model/records.hpp"
#include "model/text.hpp"
#include "rules/phrase.hpp"

namespace scolint::rules {

/// What kind of record a phrase names.
enum class Who : unsigned char { pupil, responsable, staff };

/// "« DAVID Léa »" (French) or "\"DAVID Léa\"" (English), marked personal;
/// `key` + `id` ("ELEVE_ID=12") when both names are blank.
inline std::string quoted_name(std::string_view nom, std::string_view prenom, std::string_view key, std::string_view id,
                               Language language) {
  const std::string marked = model::personal_name(nom, prenom);
  if (marked.empty()) return std::string(key) + std::string(id);
  return quoted(language, marked);
}

inline std::string quoted_name(const model::Pupil& p, Language language) {
  return quoted_name(p.usage_name().value.view(), p.prenom.value.view(), "ELEVE_ID=", p.eleve_id.view(), language);
}
inline std::string quoted_name(const model::Person& p, Language language) {
  return quoted_name(p.usage_name().value.view(), p.prenom.value.view(), "PERSONNE_ID=", p.personne_id.view(),
                     language);
}
inline std::string quoted_name(const model::Staff& s, Language language) {
  return quoted_name(s.usage_name().value.view(), s.prenom.value.view(), "INDIVIDU_ID=", s.id.view(), language);
}

/// The name with the identifier beside it, for the other record of a
/// duplicate, which bears the same name: "« DAVID Léa » (ELEVE_ID=12)".
template <typename Record>
std::string name_and_id(const Record& record, std::string_view key, std::string_view id, Language language) {
  std::string name = quoted_name(record, language);
  if (name.rfind(key, 0) == 0) return name;  // no name: the id alone
  return name + " (" + std::string(key) + std::string(id) + ")";
}
inline std::string name_and_id(const model::Pupil& p, Language language) {
  return name_and_id(p, "ELEVE_ID=", p.eleve_id.view(), language);
}
inline std::string name_and_id(const model::Person& p, Language language) {
  return name_and_id(p, "PERSONNE_ID=", p.personne_id.view(), language);
}
inline std::string name_and_id(const model::Staff& s, Language language) {
  return name_and_id(s, "INDIVIDU_ID=", s.id.view(), language);
}

/// "l'élève « DAVID Léa »" / "pupil \"DAVID Léa\"" (`of`: "de l'élève…" /
/// "of pupil…"), for messages whose record may be of any kind.
inline std::string who(Who kind, const std::string& name, Language language, bool of) {
  static constexpr std::array<std::array<Phrase, 2>, 3> words{{
      {{{"l'élève ", "pupil "}, {"de l'élève ", "of pupil "}}},
      {{{"le responsable ", "responsable "}, {"du responsable ", "of responsable "}}},
      {{{"le personnel ", "staff member "}, {"du personnel ", "of staff member "}}},
  }};
  return say(language, words.at(static_cast<std::size_t>(kind)).at(of ? 1 : 0)) + name;
}

/// who() for the pupil, responsable or staff member `record`, whose names are `nom` and `prenom`.
inline std::string who(const model::RecordRef& record, const model::Field& nom, const model::Field& prenom,
                       Language language, bool of) {
  const Who kind = record.kind == model::RecordKind::pupil         ? Who::pupil
                   : record.kind == model::RecordKind::responsable ? Who::responsable
                                                                   : Who::staff;
  const std::string_view key = kind == Who::pupil         ? "ELEVE_ID="
                               : kind == Who::responsable ? "PERSONNE_ID="
                                                          : "INDIVIDU_ID=";
  return who(kind, quoted_name(nom.value.view(), prenom.value.view(), key, record.id, language), language, of);
}

/// Pupils and responsables by identifier, for a dataset check that words a
/// finding about records it knows only by id (a link's ends). An id named
/// from file `from` means that file's record first (model/per_file.hpp:
/// two schools' exports may share ids). The index is built on the first
/// question: most runs have nothing to word.
class ByIdentifier {
 public:
  explicit ByIdentifier(const model::Dataset& dataset) : dataset_(&dataset) {}

  [[nodiscard]] const model::Pupil* pupil(std::string_view eleve_id, model::FileId from) {
    if (pupils_.empty()) {
      for (const model::Pupil& p : dataset_->pupils) pupils_[p.eleve_id.view()].add(p.location.file, &p);
    }
    return pick(pupils_, eleve_id, from);
  }
  [[nodiscard]] const model::Person* person(std::string_view personne_id, model::FileId from) {
    if (persons_.empty()) {
      for (const model::Person& p : dataset_->persons) persons_[p.personne_id.view()].add(p.location.file, &p);
    }
    return pick(persons_, personne_id, from);
  }

  /// quoted_name() of the pupil, or "ELEVE_ID=…" for one absent from the run.
  [[nodiscard]] std::string pupil_name(std::string_view eleve_id, model::FileId from, Language language) {
    const model::Pupil* found = pupil(eleve_id, from);
    return found != nullptr ? quoted_name(*found, language) : "ELEVE_ID=" + std::string(eleve_id);
  }
  /// quoted_name() of the responsable, or "PERSONNE_ID=…" for one absent from the run.
  [[nodiscard]] std::string person_name(std::string_view personne_id, model::FileId from, Language language) {
    const model::Person* found = person(personne_id, from);
    return found != nullptr ? quoted_name(*found, language) : "PERSONNE_ID=" + std::string(personne_id);
  }
  /// name_and_id() of the responsable, or "PERSONNE_ID=…" for one absent from the run.
  [[nodiscard]] std::string person_name_and_id(std::string_view personne_id, model::FileId from, Language language) {
    const model::Person* found = person(personne_id, from);
    return found != nullptr ? name_and_id(*found, language) : "PERSONNE_ID=" + std::string(personne_id);
  }

 private:
  template <typename T>
  using Index = std::unordered_map<std::string_view, model::PerFile<const T*>>;

  template <typename T>
  [[nodiscard]] const T* pick(const Index<T>& index, std::string_view id, model::FileId from) const {
    const T* const* found = model::pick_in(index, id, from, dataset_->files);
    return found == nullptr ? nullptr : *found;
  }

  const model::Dataset* dataset_;
  Index<model::Pupil> pupils_;
  Index<model::Person> persons_;
};

}  // namespace scolint::rules
