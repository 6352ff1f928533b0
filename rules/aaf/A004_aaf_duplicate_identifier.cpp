#include <string_view>
#include <vector>

#include "rules/duplicate_keys.hpp"

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafDuplicateIdentifier {
  static constexpr RuleInfo info{
      .code = "A004",
      .slug = "aaf-duplicate-identifier",
      .severity = Severity::error,
      .summary = {.fr = "même identifiant (ENTPersonJointure) deux fois dans une alimentation AAF",
                  .en = "same identifier (ENTPersonJointure) twice in an AAF drop"},
      // {0} identifier
      .message = {.fr =
                      "l'identifiant {0} figure sur plusieurs fiches de l'alimentation : la dernière écrase les autres",
                  .en = "identifier {0} is on several records of the drop: the last one overwrites the others"},
      .hint = {.fr = "signalez-le à l'académie : chaque personne doit avoir un identifiant unique dans l'annuaire",
               .en = "report it to the academy: every person needs a unique identifier in the directory"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    // Pupils, responsables and staff share one identifier space.
    struct Place {
      model::Text id;
      model::SourceLocation at;
    };
    std::vector<Place> places;
    auto add = [&](model::Text id, model::SourceLocation at) {
      if (dataset.files[at.file].kind == model::ExportKind::aaf && !id.empty()) places.push_back({id, at});
    };
    for (const auto& p : dataset.pupils) add(p.eleve_id, p.location);
    for (const auto& p : dataset.persons) add(p.personne_id, p.location);
    for (const auto& s : dataset.staff) add(s.id, s.location);
    for_each_shared_key(
        places, [](const Place& place) { return std::string_view(place.id); },
        [&out](std::string_view id, const std::vector<const Place*>& where) {
          Finding finding{
              .location = where.front()->at, .args = {std::string(id)}, .record = model::RecordRef::aaf(id)};
          for (auto it = where.begin() + 1; it != where.end(); ++it) finding.related.push_back((*it)->at);
          out.report(std::move(finding));
        });
  }

  // Low-memory mode: the pupils whose identifier another pupil, responsable
  // or staff member of an AAF drop shares (those are kept whole).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    const model::Dataset& rest = *first.rest;
    std::vector<std::uint64_t> others;
    auto add = [&](model::Text id, model::SourceLocation at) {
      if (rest.files[at.file].kind == model::ExportKind::aaf && !id.empty()) others.push_back(low_memory::key_of(id));
    };
    for (const auto& p : rest.persons) add(p.personne_id, p.location);
    for (const auto& s : rest.staff) add(s.id, s.location);
    low_memory::keep_shared_pupils(first, 0, std::move(others), keep);
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .pupil_keys = {&low_memory::pupil_id}, .select = &select};
};

}  // namespace

SCOLINT_RULE(A004, AafDuplicateIdentifier)

}  // namespace scolint::rules
