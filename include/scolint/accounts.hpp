#pragma once
/// @file
/// `scolint accounts`: the accounts an ENT import would create from the
/// exports, one row each, with the login the profile predicts and the
/// findings that concern the person — the dry run a secretariat prints for
/// the distribution of accounts (docs/accounts.md).

#include <cstdint>
#include <string>
#include <vector>

#include <scolint/export.h>
#include <scolint/diagnostic.hpp>
#include <scolint/linter.hpp>
#include <scolint/result.hpp>

namespace scolint {

/// One account the import would create.
struct Account {
  std::string profile{};   ///< "pupil", "responsable" or "staff"
  std::string id{};        ///< ELEVE_ID, PERSONNE_ID or INDIVIDU_ID
  std::string name{};      ///< "DAVID Léa" (pseudonymised with `redact`)
  std::string division{};  ///< a pupil's division; a responsable's children's, comma-separated; empty for staff
  /// Predicted, with the collision suffix its place in the import gives; empty without both names.
  std::string login{};
  /// The person has an account already (Options::existing_logins lists one of
  /// their login and name): `login` is that account's, kept by the import.
  bool existing = false;
  /// The findings of the lint that concern this person: rule codes, worst first.
  std::vector<std::string> codes{};
  Severity worst = Severity::info;  ///< the worst of those findings (meaningless when `codes` is empty)
  Location location{};              ///< the record
};

/// The accounts, ordered by division (staff last), then profile (pupils
/// first), then name; with the lint the findings come from.
struct AccountList {
  Language language = Language::fr;
  std::string login_profile{};
  std::vector<Account> accounts{};
  Report report{};  ///< the lint of the same files (its exit code is the command's)
  std::uint64_t pupils = 0;
  std::uint64_t responsables = 0;
  std::uint64_t staff = 0;
  /// Responsables left out: no legal link to a current pupil (contacts, people in charge).
  std::uint64_t not_legal = 0;
};

/// Lints `paths` with `options` and lists the accounts an import would create:
/// current pupils, legal responsables of a current pupil, staff.
[[nodiscard]] SCOLINT_API Result<AccountList> accounts(const Options& options, const std::vector<std::string>& paths);

/// For a terminal: a block per division, one line per account (profile, name,
/// predicted login, findings), then the counts.
[[nodiscard]] SCOLINT_API std::string render_accounts_text(const AccountList& list);
/// One row per account, `;`-separated, UTF-8 with a BOM (a spreadsheet opens it
/// with the accents right); headers in the list's language.
[[nodiscard]] SCOLINT_API std::string render_accounts_csv(const AccountList& list);
/// One printable page: a section per division (its pupils, then their
/// responsables), then the staff; each row with its login and findings.
[[nodiscard]] SCOLINT_API std::string render_accounts_html(const AccountList& list);
/// The same as JSON: {"schema_version": 1, "login_profile", "accounts": [...], "summary"}.
[[nodiscard]] SCOLINT_API std::string render_accounts_json(const AccountList& list);

}  // namespace scolint
