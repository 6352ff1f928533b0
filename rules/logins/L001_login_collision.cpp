#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rules/duplicate_keys.hpp"
#include "rules/logins/login_index.hpp"
#include "rules/pupils/repeated_rows.hpp"
#include "rules/rule_kit.hpp"
#include "rules/scope.hpp"

namespace scolint::rules {
namespace {

struct LoginCollision {
  static constexpr std::size_t named_in_message = 3;
  static constexpr OptionSpec options[]{{"max_related", 10, 1, 1000}};
  // Every other holder named (most collisions: two or three people).
  static constexpr rules::Phrase all_named[]{{.fr = "{0} et {4} auront le login « {1} » ; la première personne nommée "
                                                    "recevrait probablement « {3} », source de confusion "
                                                    "entre comptes",
                                              .en = "{0} and {4} predict the login \"{1}\"; the first one named would "
                                                    "probably get \"{3}\", a source of mixed-up "
                                                    "accounts"},
                                             // 2: the login belongs to an existing account (--existing-logins)
                                             {.fr = "le login « {1} » de {0} est déjà pris par un compte existant{4} ; "
                                                    "le nouveau compte recevrait probablement « {3} », source de "
                                                    "confusion entre comptes",
                                              .en = "the login \"{1}\" of {0} is already held by an existing "
                                                    "account{4}; the new account would probably get \"{3}\", a "
                                                    "source of mixed-up accounts"}};
  static constexpr RuleInfo info{
      .code = "L001",
      .slug = "login-collision",
      .severity = Severity::warning,
      .summary = {.fr = "deux personnes auront le même login ENT : l'une recevra un suffixe numérique",
                  .en = "two people predict the same ENT login: one gets a numeric suffix"},
      // {0} who ("l'élève « DAVID Léa »"), {1} predicted login, {2} count, {3} login this one would get,
      // {4} who the others are (the first max_related)
      .message =
          {.fr = "{0} et {2} autre(s) personne(s) ({4}) auront le login « {1} » ; celle-ci recevrait "
                 "probablement « {3} », source de confusion entre comptes",
           .en = "{0} and {2} other person(s) ({4}) predict the login \"{1}\"; the first one named would probably get "
                 "\"{3}\", a source of mixed-up accounts"},
      .variants = all_named,
      .hint = {.fr = "vérifiez qu'il ne s'agit pas d'un doublon ; sinon prévenez les personnes concernées de "
                     "leur identifiant exact lors de la distribution des comptes",
               .en = "check it is not a duplicate; otherwise tell the people concerned their exact login when "
                     "handing out accounts"},
      .tally = {.fr = "{0} personne(s) partagent leur identifiant ENT prévu seulement avec des personnes d'autres "
                      "établissements, ou d'un établissement que les fichiers ne disent pas (parents d'élèves absents "
                      "des fichiers) : l'ENT leur ajoutera un suffixe, sans confusion possible dans un établissement "
                      "(non listées une par une)",
                .en = "{0} person(s) share their predicted ENT login only with people of other establishments, or "
                      "of one the files do not tell (relatives of pupils absent from the files): the ENT will add a "
                      "suffix, with no mix-up possible within one establishment (not listed one by one)"},
      .options = options,
      .uses_logins = true,
  };

  static void check(const model::Dataset& dataset, Reporter& out) {
    const auto profile = out.login_profile();
    const auto owners = login_owners(dataset);
    const auto cap = static_cast<std::size_t>(out.option("max_related"));
    auto login_of = [](const LoginOwner& owner) {
      const model::Text login = owner.login();
      return login == "." ? std::string_view() : login.view();
    };
    // The collisions first: the responsables among their holders are the
    // only ones whose establishment (their children's) is looked up.
    std::vector<std::pair<std::string_view, std::vector<const LoginOwner*>>> collisions;  // views: the records' logins
    std::vector<std::string_view> persons;
    // Grouped by sorting, not in a map of a million vectors; holders stay in export order.
    const RepeatedRows rows(dataset);  // a pupil's row written twice is one account (P015)
    for_each_shared_key(owners, login_of, [&](const std::string& /*login*/, const std::vector<const LoginOwner*>& all) {
      // One person in two files (ElevesSansAdresses and ElevesAvecAdresses) is one account.
      std::vector<const LoginOwner*> holders;
      for (const LoginOwner* owner : all) {
        if (owner->pupil() != nullptr && rows.repeats(owner->pupil())) continue;
        const bool repeat = std::any_of(holders.begin(), holders.end(), [&](const LoginOwner* kept) {
          return kept->kind() == owner->kind() && kept->id() == owner->id();
        });
        if (!repeat) holders.push_back(owner);
      }
      if (holders.size() < 2) return;
      for (const LoginOwner* owner : holders) {
        if (owner->kind() == OwnerKind::person) persons.push_back(owner->id().view());
      }
      collisions.emplace_back(holders.front()->login().view(), std::move(holders));
    });
    const model::ExistingLogins* existing = out.existing_logins();
    if (existing != nullptr) taken_by_existing(owners, collisions, *existing, out);
    const PersonScopes scopes(dataset, std::move(persons));
    auto scopes_of = [&](const LoginOwner& owner) -> std::vector<std::string_view> {
      if (owner.kind() == OwnerKind::person) return scopes.of(owner.id().view(), owner.location().file);
      return {scope_of(owner.structure())};
    };
    for (const auto& [login_view, holders] : collisions) {
      const std::string login(login_view);
      std::vector<std::string> keys;
      keys.reserve(holders.size());
      for (const LoginOwner* holder : holders) keys.push_back(existing != nullptr ? holder->name_key() : std::string());
      const std::vector<Assigned> assigned = assign_logins(profile, login, keys, existing);
      // Mixed-up accounts happen within one establishment; a namesake in
      // another school of the drop only changes the suffix (a tally).
      std::vector<std::vector<std::string_view>> where(holders.size());
      for (std::size_t i = 0; i < holders.size(); ++i) where[i] = scopes_of(*holders[i]);
      auto share = [&](std::size_t a, std::size_t b) {
        return std::any_of(where[a].begin(), where[a].end(), [&](std::string_view scope) {
          return std::find(where[b].begin(), where[b].end(), scope) != where[b].end();
        });
      };
      for (std::size_t i = 0; i < holders.size(); ++i) {
        std::size_t near = 0;
        for (std::size_t j = 0; j < holders.size(); ++j) near += j != i && share(i, j) ? 1U : 0U;
        if (assigned[i].own) continue;  // their account exists: the newcomers are the ones to tell
        if (near == 0) {
          out.tally(1);
          continue;
        }
        // The suffix follows the whole platform's order: entcore counts every holder.
        Finding finding{.location = holders[i]->location(),
                        .args = {holders[i]->who(out.language()), personal(PersonalKind::login, login),
                                 std::to_string(near), personal(PersonalKind::login, assigned[i].login)},
                        .record = holders[i]->ref(),
                        .predicted_login = assigned[i].login};
        std::vector<std::string> others;
        for (std::size_t j = 0; j < holders.size() && finding.related.size() < cap; ++j) {
          if (j == i || !share(i, j)) continue;
          finding.related.push_back(holders[j]->location());
          // A sentence names a few; the related places give them all (a large family of homonyms).
          if (others.size() < named_in_message) others.push_back(holders[j]->who(out.language()));
        }
        if (others.size() == near) {
          finding.variant = 1;
          finding.args.push_back(join_words(others, out.language()));
        } else {
          std::string listed;
          for (const std::string& other : others) listed += other + ", ";
          finding.args.push_back(listed + "…");
        }
        out.report(std::move(finding));
      }
    }
  }

  // With the accounts that exist (--existing-logins): each person, not among
  // `collisions`, whose login an account of someone else holds already.
  static void taken_by_existing(
      const std::vector<LoginOwner>& owners,
      const std::vector<std::pair<std::string_view, std::vector<const LoginOwner*>>>& collisions,
      const model::ExistingLogins& existing, Reporter& out) {
    std::unordered_set<const LoginOwner*> in_collision;
    for (const auto& [login, holders] : collisions) in_collision.insert(holders.begin(), holders.end());
    std::unordered_set<std::string> said;  // a person in two files is one account
    for (const LoginOwner& owner : owners) {
      const model::Text login = owner.login();
      if (login.empty() || login == "." || in_collision.contains(&owner) || !existing.contains(login)) continue;
      if (!said.insert(std::string(owner.id_name()).append(owner.id().view())).second) continue;
      const std::string base(login.view());
      const Assigned assigned = assign_logins(out.login_profile(), base, {owner.name_key()}, &existing).front();
      if (assigned.own) continue;  // their own account: the import keeps it
      const std::string holder = existing.name_of(base);
      Finding finding{
          .location = owner.location(),
          .args = {owner.who(out.language()), personal(PersonalKind::login, base), "0",
                   personal(PersonalKind::login, assigned.login),
                   holder.empty() ? std::string()
                                  : " (" + quoted(out.language(), personal(PersonalKind::name, holder)) + ")"},
          .record = owner.ref(),
          .variant = 2,
          .predicted_login = assigned.login};
      out.report(std::move(finding));
    }
  }

  // Low-memory mode: the pupils whose login another pupil, responsable or
  // staff member predicts (those are kept whole), as login_owners() lists them.
  static bool owns(model::Text login) { return !login.empty() && login != "."; }
  static std::uint64_t login_key(const model::Pupil& pupil) {
    return !pupil.left && owns(pupil.login) ? low_memory::key_of(pupil.login) : 0;
  }
  static void select(const low_memory::FirstRead& first, const Reporter& rule, low_memory::Keep& keep) {
    std::vector<std::uint64_t> others;
    for (const auto& p : first.rest->persons) {
      if (owns(p.login)) others.push_back(low_memory::key_of(p.login));
    }
    for (const auto& s : first.rest->staff) {
      if (owns(s.login)) others.push_back(low_memory::key_of(s.login));
    }
    // The responsables whose login anyone else predicts: their links (and so
    // their pupils) tell an AAF relative's establishment.
    std::unordered_map<std::uint64_t, std::size_t> holders;
    for (const std::uint64_t key : others) ++holders[key];
    for (std::size_t i = 0; i < first.pupil_count; ++i) {
      if (const std::uint64_t key = first.pupil(0, i); key != 0) ++holders[key];
    }
    std::vector<std::uint64_t> persons;
    for (const auto& p : first.rest->persons) {
      if (owns(p.login) && holders[low_memory::key_of(p.login)] > 1)
        persons.push_back(low_memory::key_of(p.personne_id));
    }
    // And those whose login an existing account holds.
    if (const model::ExistingLogins* existing = rule.existing_logins()) {
      existing->for_each_login([&](std::string_view login) { others.push_back(low_memory::key_of(login)); });
    }
    low_memory::keep_shared_pupils(first, 0, std::move(others), keep);
    low_memory::keep_links_of(first, 0, std::move(persons), keep);
  }
  static constexpr low_memory::Needs records_needed{
      .declared = true, .pupil_keys = {&login_key}, .link_keys = {&low_memory::link_person_id}, .select = &select};
};

}  // namespace

SCOLINT_RULE(L001, LoginCollision)

}  // namespace scolint::rules
