#include <algorithm>
#include <string_view>
#include <vector>

#include "rules/duplicate_keys.hpp"
#include "rules/logins/login_index.hpp"
#include "rules/rule_kit.hpp"

namespace scolint::rules {
namespace {

struct LoginCollision {
  static constexpr OptionSpec options[]{{"max_related", 10, 1, 1000}};
  static constexpr RuleInfo info{
      .code = "L001",
      .slug = "login-collision",
      .severity = Severity::warning,
      .summary = {.fr = "deux personnes auront le même login ENT : l'une recevra un suffixe numérique",
                  .en = "two people predict the same ENT login: one gets a numeric suffix"},
      // {0} record, {1} predicted login, {2} count, {3} login this one would get
      .message = {.fr = "{0} et {2} autre(s) personne(s) auront le login « {1} » ; celle-ci recevrait "
                        "probablement « {3} », source de confusion entre comptes",
                  .en = "{0} and {2} other person(s) predict the login \"{1}\"; this one would probably get "
                        "\"{3}\", a source of mixed-up accounts"},
      .hint = {.fr = "vérifiez qu'il ne s'agit pas d'un doublon ; sinon prévenez les personnes concernées de "
                     "leur identifiant exact lors de la distribution des comptes",
               .en = "check it is not a duplicate; otherwise tell the people concerned their exact login when "
                     "handing out accounts"},
      .options = options,
      .uses_logins = true,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const auto profile = out.login_profile();
    const auto owners = login_owners(dataset);
    const auto cap = static_cast<std::size_t>(out.option("max_related"));
    auto login_of = [](const LoginOwner& owner) {
      return owner.login == "." ? std::string_view() : owner.login.view();
    };
    // Grouped by sorting, not in a map of a million vectors; holders stay in export order.
    for_each_shared_key(owners, login_of, [&](const std::string& login, const std::vector<const LoginOwner*>& all) {
      // One person in two files (ElevesSansAdresses and ElevesAvecAdresses) is one account.
      std::vector<const LoginOwner*> holders;
      for (const LoginOwner* owner : all) {
        const bool repeat = std::any_of(holders.begin(), holders.end(), [&](const LoginOwner* kept) {
          return kept->kind == owner->kind && kept->id == owner->id;
        });
        if (!repeat) holders.push_back(owner);
      }
      for (std::size_t i = 0; holders.size() >= 2 && i < holders.size(); ++i) {
        Finding finding{
            .location = holders[i]->location,
            .args = {holders[i]->record(), personal(PersonalKind::login, login), std::to_string(holders.size() - 1),
                     personal(PersonalKind::login, login_with_suffix(profile, login, i))},
            .record = holders[i]->record(),
            .predicted_login = login_with_suffix(profile, login, i)};
        for (std::size_t j = 0; j < holders.size() && finding.related.size() < cap; ++j) {
          if (j != i) finding.related.push_back(holders[j]->location);
        }
        out.report(std::move(finding));
      }
    });
  }

  // Low-memory mode: the pupils whose login another pupil, responsable or
  // staff member predicts (those are kept whole), as login_owners() lists them.
  static bool owns(model::Text login) { return !login.empty() && login != "."; }
  static std::uint64_t login_key(const model::Pupil& pupil) {
    return !pupil.left && owns(pupil.login) ? low_memory::key_of(pupil.login) : 0;
  }
  static void select(const low_memory::FirstRead& first, const Reporter& /*rule*/, low_memory::Keep& keep) {
    std::vector<std::uint64_t> others;
    for (const auto& p : first.rest->persons) {
      if (owns(p.login)) others.push_back(low_memory::key_of(p.login));
    }
    for (const auto& s : first.rest->staff) {
      if (owns(s.login)) others.push_back(low_memory::key_of(s.login));
    }
    low_memory::keep_shared_pupils(first, 0, std::move(others), keep);
  }
  static constexpr low_memory::Needs records_needed{.declared = true, .pupil_keys = {&login_key}, .select = &select};
};

}  // namespace

SCOLINT_RULE(L001, LoginCollision)

}  // namespace scolint::rules
