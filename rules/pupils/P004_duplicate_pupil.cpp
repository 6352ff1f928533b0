#include <map>
#include <set>
#include <string>

#include "model/identity.hpp"
#include "rules/duplicate_keys.hpp"
#include "rules/pupils/repeated_rows.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct DuplicatePupil {
  static constexpr OptionSpec options[]{{"max_related", 10, 1, 1000}};
  static constexpr RuleInfo info{
      .code = "P004",
      .slug = "duplicate-pupil",
      .severity = Severity::warning,
      .summary = {.fr = "même élève saisi deux fois (nom, prénom, date de naissance) : deux comptes ENT",
                  .en = "same pupil entered twice (name, first name, birth date): two ENT accounts"},
      // {0} nom prénom, {1} birth date, {2} the other records' names (with their ELEVE_ID)
      .message = {.fr = "l'élève « {0} » né(e) le {1} a une autre fiche : {2} ; chaque fiche crée un compte ENT",
                  .en = "pupil \"{0}\" born {1} has another record: {2}; each record creates an ENT account"},
      .hint = {.fr = "dans SIECLE-BEE, gardez la fiche récupérée de l'établissement précédent et déscolarisez "
                     "celle créée à la main, avant l'import dans l'ENT",
               .en = "in SIECLE-BEE, keep the record transferred from the previous school and withdraw the one "
                     "created by hand, before the ENT import"},
      .options = options,
  };

  // Key: folded birth name + first name + birth date. Twins differ by first
  // name; "Jean-Pierre" / "JEAN PIERRE" / "Jean Pierre" share a key.
  static std::string identity(const model::Pupil& pupil) {
    return pupil.left ? std::string() : model::pupil_identity_key(pupil);
  }

  static void check(const model::Dataset& dataset, Reporter& out) {
    const auto cap = static_cast<std::size_t>(out.option("max_related"));
    const RepeatedRows rows(dataset);  // a row written twice is one pupil (P015)
    for_each_shared_key(dataset.pupils, identity, [&](const std::string& /*key*/, const auto& pupils) {
      // The same ELEVE_ID in two files (ElevesSansAdresses + ElevesAvecAdresses) is one pupil.
      std::map<model::Text, const model::Pupil*> distinct;
      for (const model::Pupil* pupil : pupils) {
        if (!rows.repeats(pupil)) distinct.emplace(pupil->eleve_id, pupil);
      }
      if (distinct.size() < 2) return;
      for (const auto& [id, pupil] : distinct) {
        Finding finding{.location = pupil->location, .record = model::RecordRef::pupil(id)};
        std::string others;
        for (const auto& [other_id, other] : distinct) {
          if (other_id == id) continue;
          if (finding.related.size() < cap) {
            others += (others.empty() ? "" : ", ") + name_and_id(*other, out.language());
            finding.related.push_back(other->location);
          }
        }
        finding.args = {model::personal_name(pupil->birth_name().value, pupil->prenom.value),
                        personal(PersonalKind::date, model::trim(pupil->date_naissance.value)), others};
        out.report(std::move(finding));
      }
    });
  }

  // Low-memory mode: the pupils whose identity another pupil shares.
  static std::uint64_t identity_key(const model::Pupil& pupil) {
    const std::string key = identity(pupil);
    return key.empty() ? 0 : low_memory::key_of(key);
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .pupil_keys = {&identity_key}, .select = &low_memory::keep_shared};
};

}  // namespace

SCOLINT_RULE(P004, DuplicatePupil)

}  // namespace scolint::rules
