// Found by the AAF reader (src/formats/aaf_reader.cpp), which gives the
// facts; the rule words them here.
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct AafMalformedValue {
  static constexpr Phrase variants[]{
      // 1: {0} declared encoding
      {.fr = "fichier déclaré en {0} avec des caractères accentués : le chargeur de l'ENT lit tout fichier AAF en "
             "UTF-8, les accents arriveront cassés",
       .en = "file declared {0} with accented characters: the ENT feeder reads every AAF file as UTF-8, the accents "
             "will arrive broken"},
  };
  static constexpr RuleInfo info{
      .code = "A002",
      .slug = "aaf-malformed-value",
      .severity = Severity::error,
      .summary = {.fr = "valeur AAF séparée par $ avec un mauvais nombre de champs : ignorée sans le dire",
                  .en = "$-separated AAF value with the wrong number of fields: silently ignored"},
      // {0} value, {1} attribute, {2} fields found, {3} fields expected
      .message = {.fr = "valeur « {0} » de {1} en {2} champ(s) séparés par $ au lieu de {3} : le chargeur de l'ENT "
                        "l'ignore sans le dire",
                  .en = "value \"{0}\" of {1} has {2} $-separated field(s) instead of {3}: the ENT feeder silently "
                        "ignores it"},
      .variants = variants,
      .hint = {.fr = "signalez-le à l'académie (annuaire fédérateur) : la valeur est produite par l'AAF à partir de "
                     "SIECLE ou STS-Web",
               .en = "report it to the academy (directory team): the AAF builds the value from SIECLE or STS-Web"},
  };
};

}  // namespace

SCOLINT_RULE(A002, AafMalformedValue)

}  // namespace scolint::rules
