#include "rules/logins/login_index.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct LoginTooLong {
  static constexpr OptionSpec options[]{{"max_length", 40, 8, 255}};
  static constexpr RuleInfo info{
      .code = "L002",
      .slug = "login-too-long",
      .severity = Severity::warning,
      .summary = {.fr = "login ENT prévu de plus de 40 caractères", .en = "predicted ENT login longer than 40 characters"},
      // {0} record, {1} login, {2} length, {3} limit
      .message = {.fr = "{0} aurait le login « {1} » ({2} caractères, plus de {3}) : difficile à saisir, parfois "
                        "tronqué",
                  .en = "{0} would get the login \"{1}\" ({2} characters, more than {3}): hard to type, sometimes "
                        "truncated"},
      .hint = {.fr = "vérifiez les prénoms et noms de la fiche dans SIECLE-BEE ou STS-Web (prénoms secondaires ou "
                     "nom composé saisis dans le mauvais champ ?)",
               .en = "check the names of the record in SIECLE-BEE or STS-Web (second first names or a compound "
                     "name in the wrong field?)"},
      .options = options,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const auto limit = static_cast<std::size_t>(out.option("max_length"));
    for (const auto& owner : login_owners(dataset, out.login_profile())) {
      if (owner.login.size() <= limit) continue;
      out.report({.location = owner.location,
                  .args = {owner.record(), personal(PersonalKind::login, owner.login), std::to_string(owner.login.size()),
                           std::to_string(limit)},
                  .record = owner.record(),
                  .predicted_login = owner.login});
    }
  }
};

}  // namespace

SCOLINT_RULE(L002, LoginTooLong)

}  // namespace scolint::rules
