#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/text.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// A class a teacher's row names (ONDE enseignants, the ENT's teachers' CSV)
// that no pupil of the run's pupils' files is in, label for label: the ENT
// finds classes by their label, byte for byte, and asks "que les classes
// aient bien strictement le même libellé dans tous les fichiers" (entcore
// feeder i18n fr.json, docs/field.md). The teacher lands in an empty class.
struct ClassLabelMismatch {
  static constexpr std::size_t named = 3;
  static constexpr RuleInfo info{
      .code = "X010",
      .slug = "class-label-mismatch",
      .severity = Severity::warning,
      .summary = {.fr = "classe d'un enseignant qu'aucun élève des fichiers n'a, au libellé près",
                  .en = "teacher's class no pupil of the files has, label for label"},
      // {0} the class, {1} the teachers (first few), {2} a near label among the pupils' (with its words)
      .message = {.fr = "la classe « {0} » de {1} n'est la classe d'aucun élève des fichiers d'élèves{2} : l'ENT "
                        "rattachera l'enseignant à une classe sans élèves",
                  .en = "class \"{0}\" of {1} is the class of no pupil of the pupils' files{2}: the ENT will attach "
                        "the teacher to a class with no pupils"},
      .hint = {.fr = "écrivez la classe exactement comme dans le fichier des élèves (espaces, majuscules, accents "
                     "compris), puis refaites l'import",
               .en = "write the class exactly as in the pupils' file (spaces, capitals and accents included), then "
                     "import again"},
  };

  static bool pupils_file(const model::Dataset& dataset, model::FileId file) {
    if (file >= dataset.files.size()) return false;
    const model::ExportKind kind = dataset.files[file].kind;
    return kind == model::ExportKind::ent_eleves_csv || kind == model::ExportKind::onde_eleves_csv;
  }

  static void check(const model::Dataset& dataset, Reporter& out) {
    if (dataset.class_mentions.empty()) return;
    std::set<std::string_view> classes;               // the pupils' labels, as written (trimmed)
    std::map<std::string, std::string_view> by_fold;  // folded label → one spelling
    for (const model::Membership& m : dataset.memberships) {
      if (m.type != 'D' || m.code.empty() || !pupils_file(dataset, m.location.file)) continue;
      classes.insert(m.code.view());
      by_fold.try_emplace(model::fold_identity(m.code.view()), m.code.view());
    }
    if (classes.empty()) return;  // no pupils' file of the first degree or the ENT in the run
    std::map<std::string_view, std::vector<const model::ClassMention*>> missing;
    for (const model::ClassMention& mention : dataset.class_mentions) {
      if (!classes.contains(mention.classe.view())) missing[mention.classe.view()].push_back(&mention);
    }
    ByIdentifier records(dataset);
    static constexpr Phrase pupils_in{" (les élèves sont en « {0} »)", " (the pupils are in \"{0}\")"};
    for (const auto& [label, mentions] : missing) {
      std::vector<std::string> teachers;
      for (std::size_t i = 0; i < mentions.size() && i < named; ++i) {
        teachers.push_back(staff_name(dataset, *mentions[i], out.language()));
      }
      std::string who = join_words(teachers, out.language());
      if (mentions.size() > named) who += "…";
      std::string near;
      if (const auto found = by_fold.find(model::fold_identity(label)); found != by_fold.end()) {
        near = say(out.language(), pupils_in, {found->second});
      }
      Finding finding{.location = mentions.front()->location,
                      .args = {std::string(label), who, near},
                      .record = model::RecordRef::structure(true, label)};
      for (std::size_t i = 1; i < mentions.size() && finding.related.size() < 10; ++i) {
        finding.related.push_back(mentions[i]->location);
      }
      out.report(std::move(finding));
    }
  }

  // "l'enseignant « NOM Prénom »" of the mention's row (looked up in its own
  // file: rows without identifier are known by their line, "L3", in every file).
  static std::string staff_name(const model::Dataset& dataset, const model::ClassMention& mention, Language language) {
    for (const model::Staff& staff : dataset.staff) {
      if (staff.id == mention.staff_id && staff.location.file == mention.location.file) {
        return who(Who::staff, quoted_name(staff, language), language, false);
      }
    }
    return mention.staff_id.str();
  }

  // Low-memory mode: the pupils of the first-degree and ENT pupils' files
  // (their placements follow), when some teacher's row names a class.
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    if (first.rest->class_mentions.empty()) return;
    for (std::size_t i = 0; i < first.pupil_count; ++i) {
      if (pupils_file(*first.rest, first.pupil_file(i))) keep.pupils[i] = true;
    }
  }
  static constexpr low_memory::Needs records_needed{.declared = true, .select = &select};
};

}  // namespace

SCOLINT_RULE(X010, ClassLabelMismatch)

}  // namespace scolint::rules
