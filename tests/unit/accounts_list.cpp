// `scolint accounts`: who gets an account, which login, which findings.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>

#include <catch2/catch.hpp>

#include <scolint/accounts.hpp>

#include "support.hpp"

namespace {

using namespace scolint::test;
namespace fs = std::filesystem;

// The files in a fresh directory, listed: accounts() reads paths, as the CLI does.
scolint::AccountList list_of(const Files& files, scolint::Options options = {}) {
  // ctest runs test cases as processes side by side: the pid keeps their directories apart.
  static std::atomic<int> serial{0};
  const fs::path dir =
      fs::temp_directory_path() / ("scolint-accounts-" + std::to_string(getpid()) + "-" + std::to_string(serial++));
  fs::create_directories(dir);
  for (const auto& [name, bytes] : files) std::ofstream(dir / name, std::ios::binary) << bytes;
  options.language = scolint::Language::en;
  auto listed = scolint::accounts(options, {dir.string()});
  fs::remove_all(dir);
  REQUIRE(listed.ok());
  return std::move(listed.value());
}

std::string responsables_with(const std::string& persons, const std::string& links) {
  return R"(<?xml version="1.0" encoding="UTF-8"?><BEE_RESPONSABLES><DONNEES><PERSONNES>)" + persons +
         "</PERSONNES><RESPONSABLES>" + links + "</RESPONSABLES></DONNEES></BEE_RESPONSABLES>";
}

std::string link(const std::string& eleve, const std::string& personne, const std::string& legal) {
  return "<RESPONSABLE_ELEVE><ELEVE_ID>" + eleve + "</ELEVE_ID><PERSONNE_ID>" + personne +
         "</PERSONNE_ID><RESP_LEGAL>" + legal + "</RESP_LEGAL></RESPONSABLE_ELEVE>";
}

}  // namespace

TEST_CASE("accounts: current pupils and their legal responsables, not those who left nor contacts") {
  const Files files{{"e.xml", eleves(pupil("1", "MARTIN", "Léa", "01/01/2014", "0101010101A") +
                                         pupil("2", "DURAND", "Ivo", "02/02/2014", "0101010102A",
                                               "<DATE_SORTIE>01/07/2026</DATE_SORTIE>"),
                                     in_division("1", "6A") + in_division("2", "6A"))},
                    {"r.xml", responsables_with(person("10", "MARTIN", "Anne") + person("11", "DURAND", "Paul") +
                                                    person("12", "MARTIN", "Tante"),
                                                link("1", "10", "1") + link("2", "11", "1") + link("1", "12", "0"))}};
  const scolint::AccountList list = list_of(files);
  REQUIRE(list.accounts.size() == 2);
  CHECK(list.accounts[0].profile == "pupil");
  CHECK(list.accounts[0].name == "MARTIN Léa");
  CHECK(list.accounts[0].division == "6A");
  CHECK(list.accounts[1].profile == "responsable");
  CHECK(list.accounts[1].name == "MARTIN Anne");
  CHECK(list.accounts[1].division == "6A");
  CHECK(list.pupils == 1);
  CHECK(list.responsables == 1);
  CHECK(list.not_legal == 2);  // the parent of the pupil who left, and the aunt (a contact)
}

TEST_CASE("accounts: namesakes get the suffixes of their order in the import, with the findings beside") {
  const Files files{{"e.xml", eleves(pupil("1", "MARTIN", "Léa", "01/01/2014", "0101010101A") +
                                         pupil("2", "MARTIN", "Léa", "03/03/2013", ""),
                                     in_division("1", "6A") + in_division("2", "5B"))}};
  const scolint::AccountList list = list_of(files);
  REQUIRE(list.accounts.size() == 2);
  // Ordered by division: 5B's Léa is listed first, but was created second.
  CHECK(list.accounts[0].division == "5B");
  CHECK(list.accounts[0].login == "lea.martin2");
  CHECK(list.accounts[1].login == "lea.martin");
  const auto& codes = list.accounts[0].codes;
  CHECK(std::find(codes.begin(), codes.end(), "P001") != codes.end());  // no INE
  CHECK(std::find(codes.begin(), codes.end(), "L001") != codes.end());  // the shared login
  CHECK(list.accounts[0].worst == scolint::Severity::error);
}

TEST_CASE("accounts: --redact hides names and logins") {
  scolint::Options options;
  options.redact = true;
  const Files files{
      {"e.xml", eleves(pupil("1", "MARTIN", "Léa", "01/01/2014", "0101010101A"), in_division("1", "6A"))}};
  const scolint::AccountList list = list_of(files, options);
  REQUIRE(list.accounts.size() == 1);
  CHECK(list.accounts[0].name.find("MARTIN") == std::string::npos);
  CHECK(list.accounts[0].login.find("martin") == std::string::npos);
  const std::string csv = scolint::render_accounts_csv(list);
  CHECK(csv.find("MARTIN") == std::string::npos);
  CHECK(csv.find("6A") != std::string::npos);
}

TEST_CASE("accounts: CSV rows known by their line are told apart by file, a repeated row is one account",
          "[accounts]") {
  const std::string header = "Prénom;Nom;Date de naissance;Classes\r\n";
  const Files files{{"a-eleves.csv", header + "Léa;MARTIN;13/08/2016;CP A\r\n"},
                    {"b-eleves.csv", header + "Ivo;DURAND;14/09/2016;CP B\r\nEva;PETIT;15/10/2016;CP B\r\n" +
                                         "Eva;PETIT;15/10/2016;CP B\r\n"}};
  const scolint::AccountList list = list_of(files);
  REQUIRE(list.accounts.size() == 3);  // L2 of a-eleves.csv and L2 of b-eleves.csv are two pupils; Eva once
  CHECK(list.accounts[0].name == "MARTIN Léa");
  CHECK(list.accounts[0].division == "CP A");
  CHECK(list.accounts[2].login == "eva.petit");
}
