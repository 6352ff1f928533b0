#pragma once
// Accounts that exist already (`--existing-logins FILE`): an ENT counts them
// when it picks a new account's suffix, and an existing account of the same
// person is theirs, not a collision (L001, `scolint accounts`).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace scolint::model {

class ExistingLogins {
 public:
  /// Reads a list of accounts: a CSV with a header naming a login column
  /// ("login", "identifiant", "uid", "identifiant ENT"; `;`, `,` or tab) and,
  /// optionally, name and first-name columns; or one login per line. Nothing
  /// (and `error` set) when no login can be found in it.
  static std::optional<ExistingLogins> parse(std::string_view text, std::string& error);

  [[nodiscard]] bool contains(std::string_view login) const;
  /// Whether the account `login` is the person's whose identity key
  /// (`name_key`) is `key`; false when the file gives no names.
  [[nodiscard]] bool belongs_to(std::string_view login, std::string_view key) const;
  /// "NOM Prénom" of the account `login` when the file says, else empty.
  [[nodiscard]] std::string name_of(std::string_view login) const;
  [[nodiscard]] std::size_t size() const { return accounts_.size(); }
  /// Calls `f` with every login (lower case), in no particular order.
  template <typename F>
  void for_each_login(F&& f) const {
    for (const auto& [login, holder] : accounts_) f(std::string_view(login));
  }

  /// A person's identity key: folded name and first name.
  static std::string name_key(std::string_view nom, std::string_view prenom);

 private:
  struct Holder {
    std::string nom;
    std::string prenom;
    std::string key;  // name_key, empty without names
  };
  std::unordered_map<std::string, Holder> accounts_;  // lower-case login → holder
};

}  // namespace scolint::model
