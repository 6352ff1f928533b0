#include <string>
#include <unordered_map>
#include <vector>

#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// An ENT parents' CSV row names a child by last name, first name and class;
// the ENT's feeder finds the child by a hash of exactly those strings against
// the pupils' file (trimmed, nothing else: no case or accent folding), and
// only for a pupil of one class. A child it cannot find gets the warning
// "le parent … référence un élève non retrouvé" and the parent an account
// with no link to the child (docs/field.md: entcore CsvValidator, CsvFeeder).
struct ChildNotFound {
  static constexpr model::ExportKind needs[]{model::ExportKind::ent_eleves_csv, model::ExportKind::ent_parents_csv};
  static constexpr rules::Phrase variants[]{
      {.fr = "le parent {0} nomme l'enfant « {1} » en « {2} », mais le fichier des élèves l'écrit « {3} » en « {4} » "
             ": l'ENT compare nom, prénom et classe à l'octet près (majuscules, accents, espaces) et créera le compte "
             "parent sans lien avec cet enfant",
       .en = "parent {0} names the child \"{1}\" in \"{2}\", but the pupils' file writes \"{3}\" in \"{4}\": the ENT "
             "compares name, first name and class byte for byte (case, accents, spaces) and will create the parent's "
             "account with no link to this child"},
      {.fr = "le parent {0} nomme l'enfant « {1} » en « {2} », qui a plusieurs classes dans le fichier des élèves : "
             "l'ENT ne retrouve par son nom qu'un élève d'une seule classe et créera le compte parent sans lien avec "
             "cet enfant",
       .en = "parent {0} names the child \"{1}\" in \"{2}\", who has several classes in the pupils' file: the ENT "
             "finds by name only a pupil of one class and will create the parent's account with no link to this "
             "child"}};
  static constexpr RuleInfo info{
      .code = "R010",
      .slug = "child-not-found",
      .severity = Severity::warning,
      .summary = {.fr = "fichier CSV des parents : enfant nommé que le fichier des élèves n'a pas à l'identique",
                  .en = "parents' CSV file: a child named whom the pupils' file does not have identically"},
      // {0} the parent, {1} the child's name, {2} the class named; variant 1: {3} {4} the pupils' file's spelling
      .message = {.fr = "le parent {0} nomme l'enfant « {1} » en « {2} », que le fichier des élèves n'a pas sous ces "
                        "nom, prénom et classe : l'ENT créera le compte parent sans lien avec cet enfant",
                  .en = "parent {0} names the child \"{1}\" in \"{2}\", whom the pupils' file does not have under "
                        "this name, first name and class: the ENT will create the parent's account with no link to "
                        "this child"},
      .variants = variants,
      .hint = {.fr = "dans le fichier des parents, recopiez le nom, le prénom et la classe de l'enfant exactement "
                     "comme dans le fichier des élèves, ou donnez son identifiant (colonne « Id enfant ») ; sinon, "
                     "rattachez le parent à l'enfant dans la console d'administration de l'ENT après l'import",
               .en = "in the parents' file, copy the child's name, first name and class exactly as in the pupils' "
                     "file, or give their identifier (\"Id enfant\" column); otherwise link the parent to the child "
                     "in the ENT's administration console after the import"},
      .needs = needs,
  };

  static std::string exact_key(std::string_view nom, std::string_view prenom, std::string_view classe) {
    return std::string(model::trim(nom)) + '\x1f' + std::string(model::trim(prenom)) + '\x1f' +
           std::string(model::trim(classe));
  }
  static std::string loose_key(std::string_view nom, std::string_view prenom, std::string_view classe) {
    return model::fold_identity(nom) + '\x1f' + model::fold_identity(prenom) + '\x1f' + model::fold_identity(classe);
  }
  static bool in_ent_pupils(const model::Dataset& dataset, const model::SourceLocation& at) {
    return at.file < dataset.files.size() && dataset.files[at.file].kind == model::ExportKind::ent_eleves_csv;
  }

  struct Known {
    const model::Pupil* pupil;
    model::Text classe;
    bool several;  // the pupil has more than one class
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    if (dataset.child_mentions.size() == 0) return;
    // The pupils' classes in the ENT pupils' files.
    std::unordered_map<std::string_view, std::vector<model::Text>> classes;
    for (const model::Membership& m : dataset.memberships) {
      if (!m.code.empty() && in_ent_pupils(dataset, m.location)) classes[m.eleve_id.view()].push_back(m.code);
    }
    std::unordered_map<std::string, Known> exact;
    std::unordered_map<std::string, Known> loose;
    for (const model::Pupil& pupil : dataset.pupils) {
      if (!in_ent_pupils(dataset, pupil.location)) continue;
      const auto it = classes.find(pupil.eleve_id.view());
      if (it == classes.end()) continue;
      const bool several = it->second.size() > 1;
      for (const model::Text code : it->second) {
        const Known known{&pupil, code, several};
        exact.try_emplace(exact_key(pupil.nom_de_famille.value, pupil.prenom.value, code), known);
        loose.try_emplace(loose_key(pupil.nom_de_famille.value, pupil.prenom.value, code), known);
      }
    }
    ByIdentifier records(dataset);
    static constexpr Phrase no_class{"(aucune classe)", "(no class)"};
    for (const model::ChildMention& mention : dataset.child_mentions) {
      const auto found = exact.find(exact_key(mention.nom, mention.prenom, mention.classe));
      if (found != exact.end() && !found->second.several) continue;
      Finding finding{.location = mention.location, .record = model::RecordRef::responsable(mention.personne_id)};
      const std::string child = model::personal_name(mention.nom, mention.prenom);
      const std::string classe = mention.classe.empty() ? say(out.language(), no_class) : mention.classe.str();
      finding.args = {records.person_name(mention.personne_id, mention.location.file, out.language()), child, classe};
      if (found != exact.end()) {
        finding.variant = 2;
        finding.related.push_back(found->second.pupil->location);
      } else if (const auto near = loose.find(loose_key(mention.nom, mention.prenom, mention.classe));
                 near != loose.end()) {
        const model::Pupil& pupil = *near->second.pupil;
        finding.variant = near->second.several ? 2 : 1;
        finding.args.push_back(model::personal_name(pupil.nom_de_famille.value, pupil.prenom.value));
        finding.args.push_back(near->second.classe.str());
        finding.related.push_back(pupil.location);
      }
      out.report(std::move(finding));
    }
  }

  // Low-memory mode: every pupil of the ENT pupils' files (one school's; the
  // selection's closure keeps their placements).
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    for (std::size_t i = 0; i < first.pupil_count; ++i) {
      const model::FileId file = first.pupil_file(i);
      if (file < first.rest->files.size() && first.rest->files[file].kind == model::ExportKind::ent_eleves_csv) {
        keep.pupils[i] = true;
      }
    }
  }
  static constexpr low_memory::Needs records_needed{.declared = true, .select = &select};
};

}  // namespace

SCOLINT_RULE(R010, ChildNotFound)

}  // namespace scolint::rules
