#include <filesystem>

#include "model/placeholders.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct PlaceholderValue {
  static constexpr RuleInfo info{
      .code = "F012",
      .slug = "placeholder-value",
      .severity = Severity::warning,
      .summary = {.fr = "valeur bouche-trou répétée sur une grande part des fiches d'un fichier (0000000000, "
                        "XXXXXXXXXX, courriel de l'établissement)",
                  .en = "placeholder value repeated over a large share of a file's records (0000000000, "
                        "XXXXXXXXXX, the school's e-mail)"},
      // {0} value, {1} field, {2} records carrying it, {3} records with a value in that field,
      // {4} "ce fichier" or "cet export (N fichiers)"
      .message = {.fr = "« {0} » remplit le champ {1} de {2} fiches sur {3} de {4} : c'est un bouche-trou, "
                        "pas une coordonnée ; l'ENT l'utilisera tel quel pour chacune",
                  .en = "\"{0}\" fills field {1} of {2} records out of {3} in {4}: a placeholder, not "
                        "contact data; the ENT will use it as is for each of them"},
      .hint = {.fr = "dans SIECLE-BEE (fiches responsables), videz le champ plutôt que d'y mettre une valeur de "
                     "remplissage, ou saisissez la vraie coordonnée ; les fiches concernées ne sont pas listées "
                     "une par une",
               .en = "in SIECLE-BEE (responsable records), leave the field empty rather than filling it with a "
                     "dummy value, or type the real contact; the records are not listed one by one"},
  };

  // The attribute an AAF PersRelEleve file carries the field in.
  static std::string_view aaf_attribute(model::ContactField field) {
    switch (field) {
      case model::ContactField::tel_personnel: return "homePhone";
      case model::ContactField::tel_portable: return "mobile";
      case model::ContactField::tel_professionnel: return "telephoneNumber";
      case model::ContactField::mel: return "mail";
      case model::ContactField::address_lines: return "ENTPersonAdresse";
    }
    return "";
  }

  // {4}: where the value repeats.
  static constexpr Phrase this_file{"ce fichier", "this file"};
  static constexpr Phrase this_export{"cet export ({0} fichiers)", "this export ({0} files)"};

  static void check(const model::Dataset& dataset, Reporter& out) {
    for (const model::Placeholder& placeholder : dataset.placeholders.all()) {
      const bool address = placeholder.field == model::ContactField::address_lines;
      const bool aaf =
          placeholder.file < dataset.files.size() && dataset.files[placeholder.file].kind == model::ExportKind::aaf;
      const std::string field(aaf ? aaf_attribute(placeholder.field) : model::contact_field_name(placeholder.field));
      const std::string path = placeholder.file < dataset.files.size() ? dataset.files[placeholder.file].path : "";
      Finding finding{
          .location = placeholder.places.front(),
          .args = {personal(address                                         ? PersonalKind::address
                            : placeholder.field == model::ContactField::mel ? PersonalKind::email
                                                                            : PersonalKind::phone,
                            placeholder.value),
                   field, std::to_string(placeholder.count), std::to_string(placeholder.of),
                   placeholder.files < 2 ? say(out.language(), this_file)
                                         : say(out.language(), this_export, {std::to_string(placeholder.files)})},
          .record = model::RecordRef::file(std::filesystem::path(path).filename().string()),
          .key = std::string(path).append(":").append(field).append(":").append(placeholder.value)};
      finding.related.assign(placeholder.places.begin() + 1, placeholder.places.end());
      out.report(std::move(finding));
    }
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(F012, PlaceholderValue)

}  // namespace scolint::rules
