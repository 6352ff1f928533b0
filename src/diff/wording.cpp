#include "diff/wording.hpp"

#include <array>
#include <cstdlib>

namespace scolint::changes {
namespace {

using enum Severity;

// Ordered as a change log reads: what would break accounts first, then what
// the import will do anyway. {0} is always the subject (a name, a code).
constexpr std::array table{
    Wording{"export-incomplete",
            0,
            error,
            {"Le nouvel export ne place aucun élève dans une division (l'ancien en plaçait {1}) : il a été fait "
             "avant les affectations, ou sans les structures.",
             "The new export places no pupil in a division (the old one placed {1}): it was made before the "
             "placements, or without the structures."},
            {"N'importez pas cet export : refaites l'extraction dans SIECLE-BEE (Exploitation > Exports XML) une "
             "fois les divisions affectées ; importé, il retirerait tous les élèves de leur classe dans l'ENT.",
             "Do not import this export: extract again in SIECLE-BEE (Exploitation > Exports XML) once the "
             "divisions are assigned; imported, it would take every pupil out of their ENT class."}},
    Wording{"export-incomplete",
            1,
            error,
            {"Le nouvel export n'a plus {1} des {2} élèves de l'ancien ({3} divisions sur {4} restent) : il est "
             "partiel.",
             "The new export lacks {1} of the old one's {2} pupils ({3} of {4} divisions remain): it is partial."},
            {"N'importez pas cet export : l'import désactiverait les comptes ENT des élèves absents. Refaites "
             "l'extraction complète dans SIECLE-BEE (Exploitation > Exports XML), sans filtre de division.",
             "Do not import this export: the import would deactivate the ENT accounts of the missing pupils. "
             "Extract the whole school again in SIECLE-BEE (Exploitation > Exports XML), with no division filter."}},
    Wording{"export-incomplete",
            2,
            error,
            {"Le nouvel export STS-Web n'a plus {1} des {2} personnels de l'ancien : il est partiel.",
             "The new STS-Web export lacks {1} of the old one's {2} staff: it is partial."},
            {"N'importez pas cet export : l'import désactiverait les comptes des personnels absents. Refaites "
             "l'export complet dans STS-Web (Imports/Exports > Exporter les emplois du temps).",
             "Do not import this export: the import would deactivate the missing staff's accounts. Export "
             "again in STS-Web (Imports/Exports > Export timetables), in full."}},
    Wording{"pupil-id-changed",
            0,
            error,
            {"{0} est le même élève sous un nouvel identifiant (même INE {3}) : ELEVE_ID {1} → {2}.",
             "{0} is the same pupil under a new identifier (same INE {3}): ELEVE_ID {1} → {2}."},
            {"La fiche a été supprimée puis ressaisie dans SIECLE-BEE : l'ENT créera un second compte et "
             "désactivera le premier. Avant l'import, demandez à l'administrateur ENT de rattacher l'ancien compte.",
             "The record was deleted and typed again in SIECLE-BEE: the ENT will create a second account and "
             "deactivate the first. Before the import, ask the ENT administrator to attach the old account."}},
    Wording{"pupil-id-changed",
            1,
            error,
            {"{0} est le même élève sous un nouvel identifiant (même nom, prénom et date de naissance) : "
             "ELEVE_ID {1} → {2}.",
             "{0} is the same pupil under a new identifier (same name, first name and birth date): "
             "ELEVE_ID {1} → {2}."},
            {"La fiche a été supprimée puis ressaisie dans SIECLE-BEE : l'ENT créera un second compte et "
             "désactivera le premier. Avant l'import, demandez à l'administrateur ENT de rattacher l'ancien compte.",
             "The record was deleted and typed again in SIECLE-BEE: the ENT will create a second account and "
             "deactivate the first. Before the import, ask the ENT administrator to attach the old account."}},
    Wording{"responsable-id-changed",
            0,
            error,
            {"{0} est le même responsable sous un nouvel identifiant : PERSONNE_ID {1} → {2}.",
             "{0} is the same responsable under a new identifier: PERSONNE_ID {1} → {2}."},
            {"La fiche a été supprimée puis ressaisie dans SIECLE-BEE : l'ENT créera un second compte parent. "
             "Avant l'import, demandez à l'administrateur ENT de rattacher l'ancien compte.",
             "The record was deleted and typed again in SIECLE-BEE: the ENT will create a second parent account. "
             "Before the import, ask the ENT administrator to attach the old account."}},
    Wording{"staff-id-changed",
            0,
            error,
            {"{0} est le même personnel sous un nouvel identifiant STS-Web : {1} → {2}.",
             "{0} is the same staff member under a new STS-Web identifier: {1} → {2}."},
            {"La fiche a été recréée dans STS-Web : l'ENT créera un second compte. Avant l'import, demandez à "
             "l'administrateur ENT de rattacher l'ancien compte.",
             "The record was created again in STS-Web: the ENT will create a second account. Before the import, "
             "ask the ENT administrator to attach the old account."}},
    Wording{"pupil-renamed",
            1,
            info,
            {"Le nom de famille de {0} a changé : {1} → {2} (son nom d'usage, celui de l'ENT, reste).",
             "The birth name of {0} changed: {1} → {2} (their usage name, the ENT's, stays)."},
            {"Le login ne change pas ; vérifiez la fiche dans SIECLE-BEE si ce n'est pas voulu.",
             "The login does not change; check the record in SIECLE-BEE if this is not intended."}},
    Wording{
        "pupil-renamed",
        2,
        info,
        {"{1} s'écrit maintenant {2} (casse ou accents seulement).", "{1} is now written {2} (case or accents only)."},
        {"Le login, sans accents ni majuscules, ne change pas ; l'affichage dans l'ENT suivra si l'ENT met "
         "les noms à jour.",
         "The login, without accents or capitals, does not change; the ENT's display follows if the ENT updates "
         "names."}},
    Wording{"pupil-renamed",
            0,
            warning,
            {"{1} s'appelle maintenant {2} (même ELEVE_ID).", "{1} is now called {2} (same ELEVE_ID)."},
            {"L'identifiant ENT, calculé une fois à la création du compte, garde l'ancien nom. Si c'est une "
             "correction, demandez à l'administrateur ENT de renommer le compte ; sinon, rétablissez le nom dans "
             "SIECLE-BEE (fiche de l'élève).",
             "The ENT login, computed once when the account was created, keeps the old name. If this is a "
             "correction, ask the ENT administrator to rename the account; otherwise restore the name in "
             "SIECLE-BEE (the pupil's record)."}},
    Wording{"staff-renamed",
            0,
            warning,
            {"{1} s'appelle maintenant {2} (même identifiant STS-Web).",
             "{1} is now called {2} (same STS-Web identifier)."},
            {"L'identifiant ENT garde l'ancien nom : si c'est une correction, demandez à l'administrateur ENT de "
             "renommer le compte ; sinon, rétablissez le nom dans STS-Web (Personnels).",
             "The ENT login keeps the old name: if this is a correction, ask the ENT administrator to rename the "
             "account; otherwise restore the name in STS-Web (Personnels)."}},
    Wording{"ine-changed",
            0,
            warning,
            {"L'INE de {0} a changé : {1} → {2}.", "The INE of {0} changed: {1} → {2}."},
            {"Un INE ne change pas : l'ENT, EduConnect et Pix rattachent l'élève par lui. Vérifiez le bon dans "
             "SIECLE-BEE (fiche de l'élève) et, au besoin, auprès de la BNIE.",
             "An INE does not change: the ENT, EduConnect and Pix attach the pupil by it. Check the right one in "
             "SIECLE-BEE (the pupil's record) and, if need be, with the BNIE."}},
    Wording{"ine-changed",
            1,
            warning,
            {"{0} n'a plus d'INE (avant : {1}).", "{0} no longer has an INE (was {1})."},
            {"Sans INE, pas de compte ENT ni EduConnect : rétablissez-le dans SIECLE-BEE (fiche de l'élève).",
             "Without an INE there is no ENT or EduConnect account: restore it in SIECLE-BEE (the pupil's record)."}},
    Wording{"ine-changed",
            2,
            info,
            {"{0} a reçu un INE : {2}.", "{0} was given an INE: {2}."},
            {"Son compte ENT pourra être créé à l'import.", "Their ENT account can be created at the import."}},
    Wording{"link-changed",
            0,
            warning,
            {"{0} n'est plus responsable légal de {1}.", "{0} is no longer a legal responsable of {1}."},
            {"Il perdra l'accès à la scolarité de l'enfant dans l'ENT. Si c'est une erreur, corrigez le lien dans "
             "SIECLE-BEE (fiche de l'élève, onglet Responsables).",
             "They will lose access to the child's schooling in the ENT. If this is a mistake, correct the link in "
             "SIECLE-BEE (the pupil's record, Responsables tab)."}},
    Wording{"link-changed",
            1,
            warning,
            {"{0} n'est plus lié à {1}, dont il était responsable légal.",
             "{0} is no longer linked to {1}, of whom they were a legal responsable."},
            {"Il perdra l'accès à la scolarité de l'enfant dans l'ENT. Si c'est une erreur, rétablissez le lien "
             "dans SIECLE-BEE (fiche de l'élève, onglet Responsables).",
             "They will lose access to the child's schooling in the ENT. If this is a mistake, restore the link in "
             "SIECLE-BEE (the pupil's record, Responsables tab)."}},
    Wording{"link-changed",
            2,
            info,
            {"{0} devient responsable légal de {1}.", "{0} becomes a legal responsable of {1}."},
            {"Son compte parent verra la scolarité de l'enfant après l'import.",
             "Their parent account will see the child's schooling after the import."}},
    Wording{"link-changed",
            3,
            info,
            {"{0} est maintenant lié à {1}.", "{0} is now linked to {1}."},
            {"Vérifiez qu'il ne s'agit pas d'un doublon d'un responsable déjà connu (frères et sœurs).",
             "Check that this is not a duplicate of a responsable already known (siblings)."}},
    Wording{"link-changed",
            4,
            info,
            {"{0} n'est plus lié à {1}.", "{0} is no longer linked to {1}."},
            {"Rien à faire si c'est voulu.", "Nothing to do if intended."}},
    Wording{"division-renamed",
            0,
            warning,
            {"La division {1} s'appelle maintenant {2} ({3} élèves la suivent).",
             "Division {1} is now called {2} ({3} pupils follow it)."},
            {"L'ENT créera une nouvelle classe et videra l'ancienne (cahier de textes, groupes, partages). "
             "Renommez-la aussi dans STS-Web (structures, services), ou rétablissez l'ancien code dans SIECLE-BEE.",
             "The ENT will create a new class and empty the old one (homework book, groups, shares). Rename it in "
             "STS-Web too (structures, services), or restore the old code in SIECLE-BEE."}},
    Wording{"pupil-moved",
            1,
            warning,
            {"{0} n'a plus de division (avant : {1}).", "{0} no longer has a division (was {1})."},
            {"Sans division, l'élève n'est dans aucune classe de l'ENT, et Pix le tient pour parti. S'il a quitté "
             "l'établissement, saisissez sa date de sortie dans SIECLE-BEE ; sinon, affectez-le dans une division "
             "(Scolarité du moment) avant l'import.",
             "Without a division the pupil is in no ENT class, and Pix takes them as gone. If they have left, enter "
             "their leaving date in SIECLE-BEE; otherwise place them in a division (Scolarité du moment) before "
             "the import."}},
    Wording{"pupil-moved",
            2,
            warning,
            {"{0} n'est plus placé que dans « {2} », qui n'est pas une classe (avant : {1}).",
             "{0} is now placed only in \"{2}\", which is not a class (was {1})."},
            {"L'élève ne sera dans aucune classe de l'ENT, et Pix le tient pour parti. S'il a quitté "
             "l'établissement, saisissez sa date de sortie dans SIECLE-BEE ; sinon, affectez-le dans une vraie "
             "division (Scolarité du moment).",
             "The pupil will be in no ENT class, and Pix takes them as gone. If they have left, enter their leaving "
             "date in SIECLE-BEE; otherwise place them in a real division (Scolarité du moment)."}},
    Wording{"pupil-moved",
            0,
            info,
            {"{0} a changé de division : {1} → {2}.", "{0} changed division: {1} → {2}."},
            {"Son compte ENT changera de classe à l'import. Si c'est une erreur, corrigez la division dans "
             "SIECLE-BEE (Scolarité du moment).",
             "Their ENT account will change class at the import. If this is a mistake, correct the division in "
             "SIECLE-BEE (Scolarité du moment)."}},
    Wording{"pupil-arrived",
            0,
            info,
            {"Nouvel élève : {0}, en {2}.", "New pupil: {0}, in {2}."},
            {"L'import lui créera un compte ENT : vérifiez son nom, son prénom et son INE dans SIECLE-BEE avant.",
             "The import will create their ENT account: check their name, first name and INE in SIECLE-BEE "
             "first."}},
    Wording{"pupil-arrived",
            1,
            info,
            {"Nouvel élève : {0}, sans division.", "New pupil: {0}, without a division."},
            {"L'import lui créera un compte ENT sans classe : affectez-le dans SIECLE-BEE (Scolarité du moment).",
             "The import will create their ENT account in no class: assign a division in SIECLE-BEE (Scolarité "
             "du moment)."}},
    Wording{"pupil-arrived",
            2,
            info,
            {"{0} n'a plus de date de sortie : il est de nouveau élève ({2}).",
             "{0} no longer has a leaving date: a pupil again ({2})."},
            {"Son compte ENT sera réactivé à l'import.", "Their ENT account will be reactivated at the import."}},
    Wording{"pupil-left",
            0,
            info,
            {"{0} ({1}) n'est plus dans l'export.", "{0} ({1}) is no longer in the export."},
            {"Son compte ENT sera désactivé à l'import. S'il est toujours élève, vérifiez sa fiche dans "
             "SIECLE-BEE (inscription, date de sortie) et refaites l'export.",
             "Their ENT account will be deactivated at the import. If they are still a pupil, check their record "
             "in SIECLE-BEE (enrolment, leaving date) and export again."}},
    Wording{"pupil-left",
            1,
            info,
            {"{0} ({1}) a quitté l'établissement le {2}.", "{0} ({1}) left on {2}."},
            {"Son compte ENT sera désactivé à l'import. Si la date de sortie est une erreur, corrigez-la dans "
             "SIECLE-BEE (fiche de l'élève).",
             "Their ENT account will be deactivated at the import. If the leaving date is a mistake, correct it "
             "in SIECLE-BEE (the pupil's record)."}},
    Wording{"responsable-added",
            0,
            info,
            {"Nouveau responsable : {0}.", "New responsable: {0}."},
            {"L'import lui créera un compte parent : vérifiez qu'il n'existe pas déjà sous une autre fiche (frères "
             "et sœurs) dans SIECLE-BEE.",
             "The import will create a parent account: check that they do not already exist under another record "
             "(siblings) in SIECLE-BEE."}},
    Wording{
        "responsable-removed",
        0,
        info,
        {"{0} n'est plus responsable d'aucun élève de l'export.",
         "{0} is no longer the responsable of any pupil of the export."},
        {"Son compte parent sera désactivé à l'import.", "Their parent account will be deactivated at the import."}},
    Wording{"division-added",
            0,
            info,
            {"Nouvelle division : {0}.", "New division: {0}."},
            {"L'import créera la classe dans l'ENT : vérifiez son libellé (pour un collège ou un lycée, le code de "
             "STS-Web).",
             "The import will create the class in the ENT: check its label (for a secondary school, STS-Web's "
             "code)."}},
    Wording{"division-removed",
            0,
            info,
            {"La division {0} n'est plus dans l'export.", "Division {0} is no longer in the export."},
            {"La classe sera vidée dans l'ENT. Si elle existe toujours, vérifiez les structures dans SIECLE-BEE.",
             "The ENT class will be emptied. If it still exists, check the structures in SIECLE-BEE."}},
    Wording{"group-added",
            0,
            info,
            {"Nouveau groupe : {0}.", "New group: {0}."},
            {"L'import créera le groupe dans l'ENT.", "The import will create the group in the ENT."}},
    Wording{"group-removed",
            0,
            info,
            {"Le groupe {0} n'est plus dans l'export.", "Group {0} is no longer in the export."},
            {"Le groupe sera vidé dans l'ENT.", "The ENT group will be emptied."}},
    Wording{"staff-arrived",
            0,
            info,
            {"Nouveau personnel : {0}.", "New staff member: {0}."},
            {"L'import lui créera un compte ENT : vérifiez son nom et sa date de naissance dans STS-Web.",
             "The import will create their ENT account: check their name and birth date in STS-Web."}},
    Wording{"staff-left",
            0,
            info,
            {"{0} n'est plus dans l'export STS-Web.", "{0} is no longer in the STS-Web export."},
            {"Son compte ENT sera désactivé à l'import.", "Their ENT account will be deactivated at the import."}},
    Wording{"service-added",
            0,
            info,
            {"Nouveau service en {0} : matière {1}{2}.", "New service in {0}: subject {1}{2}."},
            {"L'ENT créera le cours à l'import.", "The ENT will create the course at the import."}},
    Wording{"service-removed",
            0,
            info,
            {"Le service de la matière {1} en {0} n'est plus dans l'export.",
             "The service of subject {1} in {0} is no longer in the export."},
            {"Vérifiez dans STS-Web (Services) si c'est voulu.", "Check in STS-Web (Services) that this is intended."}},
    Wording{"service-changed",
            0,
            info,
            {"Le service de la matière {1} en {0} change d'enseignants : {2} → {3}.",
             "The service of subject {1} in {0} changes teachers: {2} → {3}."},
            {"Les enseignants du cours changeront dans l'ENT à l'import.",
             "The course's teachers in the ENT will change at the import."}},
};

}  // namespace

const Wording& wording(std::string_view kind, std::uint8_t variant) {
  for (const Wording& w : table) {
    if (w.kind == kind && w.variant == variant) return w;
  }
  std::abort();  // a kind or variant not in the table: a bug caught by the tests
}

std::size_t kind_rank(std::string_view kind) {
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (table[i].kind == kind) return i;
  }
  return table.size();
}

std::span<const Wording> all_wordings() { return table; }

}  // namespace scolint::changes
