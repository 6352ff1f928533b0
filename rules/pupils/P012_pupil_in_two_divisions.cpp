#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rules/pupils_who_left.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// A SIECLE pupil with two divisions (TYPE_STRUCTURE D): the importers keep
// one, the last they read (GEPI init_xml2/step1.php, Pix's
// xml-organization-learner-set.js `updateDivision`), and SACoche refuses a
// pupil in two classes. Which one the ENT and the others show is then down
// to the order of the export.
struct PupilInTwoDivisions {
  static constexpr model::ExportKind needs[]{model::ExportKind::siecle_eleves};
  static constexpr RuleInfo info{
      .code = "P012",
      .slug = "pupil-in-two-divisions",
      .severity = Severity::warning,
      .summary = {.fr = "élève affecté à deux divisions : les logiciels n'en gardent qu'une",
                  .en = "pupil placed in two divisions: software keeps only one"},
      // {0} name (ELEVE_ID if blank), {1} the divisions, {2} the last one
      .message = {.fr = "l'élève {0} est affecté à plusieurs divisions ({1}) ; les logiciels qui importent l'export "
                        "(GEPI, Pix) n'en gardent qu'une, la dernière lue : « {2} »",
                  .en = "pupil {0} is placed in several divisions ({1}); the software importing the export (GEPI, "
                        "Pix) keeps only one, the last read: \"{2}\""},
      .hint = {.fr = "dans SIECLE-BEE (fiche de l'élève, Scolarité), ne laissez que sa division ; un changement de "
                     "classe se fait en modifiant l'affectation, pas en en ajoutant une, puis refaites l'export",
               .en = "in SIECLE-BEE (the pupil's record), keep their one division; a change of class modifies the "
                     "placement rather than adding one; then export again"},
      .needs = needs,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const TextSet left = pupils_who_left(dataset);
    // One export's division placements, pupil by pupil in export order.
    std::vector<const model::Membership*> placed;
    for (const model::Membership& membership : dataset.memberships) {
      if (membership.type != 'D' || membership.code.empty() || membership.eleve_id.empty()) continue;
      const auto file = membership.location.file;
      if (file < dataset.files.size() && dataset.files[file].kind == model::ExportKind::siecle_eleves) {
        placed.push_back(&membership);
      }
    }
    std::stable_sort(placed.begin(), placed.end(), [](const model::Membership* a, const model::Membership* b) {
      return std::tie(a->location.file, a->eleve_id) < std::tie(b->location.file, b->eleve_id);
    });
    ByIdentifier records(dataset);
    for (std::size_t run = 0; run < placed.size();) {
      std::size_t end = run + 1;
      while (end < placed.size() && placed[end]->location.file == placed[run]->location.file &&
             placed[end]->eleve_id == placed[run]->eleve_id) {
        ++end;
      }
      std::vector<const model::Membership*> distinct;
      for (std::size_t i = run; i < end; ++i) {
        const bool seen = std::any_of(distinct.begin(), distinct.end(),
                                      [&](const model::Membership* m) { return m->code == placed[i]->code; });
        if (!seen) distinct.push_back(placed[i]);
      }
      if (distinct.size() > 1 && !left.contains(placed[run]->eleve_id.view())) report(distinct, records, out);
      run = end;
    }
  }

  static void report(const std::vector<const model::Membership*>& distinct, ByIdentifier& records, Reporter& out) {
    const model::Membership& last = *distinct.back();
    std::vector<std::string> codes;
    Finding finding{.location = last.location, .record = model::RecordRef::pupil(last.eleve_id)};
    for (const model::Membership* m : distinct) {
      codes.push_back(quoted(out.language(), m->code));
      if (m != &last) finding.related.push_back(m->location);
    }
    finding.args = {records.pupil_name(last.eleve_id, last.location.file, out.language()),
                    join_words(codes, out.language()), last.code.str()};
    out.report(std::move(finding));
  }

  // Low-memory mode: the placements of the pupils placed in two divisions
  // (the selection's closure keeps those pupils).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    std::unordered_map<std::uint64_t, std::uint64_t> division_of;  // pupil key → its first division key
    std::unordered_set<std::uint64_t> several;
    for (std::size_t i = 0; i < first.membership_count; ++i) {
      const std::uint64_t division = first.membership(1, i);
      if (division == 0) continue;
      const auto [it, inserted] = division_of.try_emplace(first.membership(0, i), division);
      if (!inserted && it->second != division) several.insert(it->first);
    }
    for (std::size_t i = 0; i < first.membership_count; ++i) {
      if (first.membership(1, i) != 0 && several.contains(first.membership(0, i))) keep.memberships[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true,
      .membership_keys = {&low_memory::membership_pupil_id, &low_memory::placement_division},
      .select = &select};
};

}  // namespace

SCOLINT_RULE(P012, PupilInTwoDivisions)

}  // namespace scolint::rules
