#include <catch2/catch.hpp>

#include "support.hpp"

using namespace scolint::test;

namespace {
std::string address(const std::string& id, const std::string& line, const std::string& cp = "99000",
                    const std::string& city = "VILLE-TEST") {
  return "<ADRESSE ADRESSE_ID=\"" + id + "\"><LIGNE1_ADRESSE>" + line + "</LIGNE1_ADRESSE><CODE_POSTAL>" + cp +
         "</CODE_POSTAL><LIBELLE_POSTAL>" + city + "</LIBELLE_POSTAL></ADRESSE>";
}
}  // namespace

TEST_CASE("R001 fires on a parent typed twice with the same phone", "[rules][R001]") {
  const auto found = findings("R001", {{"r.xml", responsables(person("1", "MARTINEZ", "Sophie", "<TEL_PORTABLE>06 00 00 00 05</TEL_PORTABLE>") + "\n" +
                                                              person("2", "Martinez", "SOPHIE", "<TEL_PORTABLE>+33600000005</TEL_PORTABLE>"))}});
  REQUIRE(found.size() == 2);
  CHECK(found[0].related.size() == 1);
}

TEST_CASE("R001 fires on the same address written differently, and on the same e-mail", "[rules][R001]") {
  CHECK(fires("R001", {{"r.xml", responsables(person("3", "LÉGER", "Noël", "<ADRESSE_ID>73</ADRESSE_ID>") +
                                                  person("4", "LEGER", "Noel", "<ADRESSE_ID>74</ADRESSE_ID>"),
                                              address("73", "3 rue de l'Église") + address("74", "3 RUE DE L EGLISE"))}}));
  CHECK(fires("R001", {{"r.xml", responsables(person("5", "BLANC", "Eva", "<MEL>Eva.Blanc@example.invalid</MEL>") +
                                                  person("6", "BLANC", "Eva", "<MEL>eva.blanc@example.invalid</MEL>"))}}));
}

TEST_CASE("R001 ignores homonyms with nothing in common and one record linked twice", "[rules][R001]") {
  CHECK_FALSE(fires("R001", {{"r.xml", responsables(person("7", "LE GALL", "Yann", "<TEL_PORTABLE>0600000008</TEL_PORTABLE><ADRESSE_ID>75</ADRESSE_ID>") +
                                                        person("8", "LE GALL", "Yann", "<TEL_PORTABLE>0600000009</TEL_PORTABLE><ADRESSE_ID>76</ADRESSE_ID>"),
                                                    address("75", "2 RUE DU PORT") + address("76", "40 ROUTE DES CHAMPS"))}}));
  CHECK_FALSE(fires("R001", {{"a.xml", responsables(person("9", "FICTIF", "Nathalie", "<TEL_PORTABLE>0600000010</TEL_PORTABLE>"))},
                             {"b.xml", responsables(person("9", "FICTIF", "Nathalie", "<TEL_PORTABLE>0600000010</TEL_PORTABLE>"))}}));
  // Short or blank phone numbers prove nothing.
  CHECK_FALSE(fires("R001", {{"r.xml", responsables(person("1", "X", "Y", "<TEL_PORTABLE>0</TEL_PORTABLE>") +
                                                        person("2", "X", "Y", "<TEL_PORTABLE>0</TEL_PORTABLE>"))}}));
}
