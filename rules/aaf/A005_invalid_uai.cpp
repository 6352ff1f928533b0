#include "model/uai.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

// The shape and the check letter of formats/AAF.md §5 (SACoche's tester_UAI()).
std::string uai_problem(const std::string& uai, Language language) {
  static constexpr Phrase shape{"n'a pas la forme 7 chiffres + 1 lettre majuscule",
                                "is not 7 digits + 1 capital letter"};
  static constexpr Phrase letter{"a une lettre de contrôle fausse (attendue : {0})",
                                 "has a wrong check letter (expected: {0})"};
  const auto expected = model::uai_expected_letter(uai);
  if (!expected) return say(language, shape);
  if (uai[7] == *expected) return {};
  return say(language, letter, {std::string(1, *expected)});
}

struct InvalidUai {
  static constexpr RuleInfo info{
      .code = "A005",
      .slug = "invalid-uai",
      .severity = Severity::error,
      .summary = {.fr = "UAI (UAJ, RNE) mal formé ou à la lettre de contrôle fausse",
                  .en = "malformed UAI (UAJ, RNE) or wrong check letter"},
      // {0} UAI, {1} what is wrong
      .message = {.fr = "l'UAI « {0} » de l'export {1}", .en = "UAI \"{0}\" of the export {1}"},
      .hint = {.fr = "vérifiez le paramétrage de l'établissement (UAJ) dans SIECLE ou STS-Web et refaites l'export",
               .en = "check the establishment's settings (UAJ) in SIECLE or STS-Web and export again"},
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    for (std::size_t i = 0; i < dataset.files.size(); ++i) {
      const std::string uai(model::trim(dataset.files[i].parameters.uaj));
      if (uai.empty()) continue;
      const std::string problem = uai_problem(uai, out.language());
      if (problem.empty()) continue;
      out.report({.location = {static_cast<model::FileId>(i), 1, 1},
                  .args = {uai, problem},
                  .record = model::RecordRef::establishment(uai),
                  .key = dataset.files[i].path});
    }
  }

  static constexpr low_memory::Needs records_needed = low_memory::no_pupils;
};

}  // namespace

SCOLINT_RULE(A005, InvalidUai)

}  // namespace scolint::rules
