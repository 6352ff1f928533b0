#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "rules/duplicate_keys.hpp"

using scolint::rules::for_each_shared_key;

namespace {

// key → the records sharing it, as the values they hold
std::map<std::string, std::vector<std::string>> shared(const std::vector<std::string>& records, bool collide) {
  std::map<std::string, std::vector<std::string>> found;
  auto key_of = [](const std::string& record) { return record.substr(0, record.find(':')); };
  auto on_group = [&](const std::string& key, const std::vector<const std::string*>& members) {
    for (const std::string* member : members) found[key].push_back(*member);
  };
  if (collide) {
    for_each_shared_key(records, key_of, on_group, [](std::string_view) { return std::uint64_t{42}; });
  } else {
    for_each_shared_key(records, key_of, on_group);
  }
  return found;
}

}  // namespace

TEST_CASE("records sharing a key are grouped in input order, singletons and empty keys left out", "[duplicates]") {
  const std::vector<std::string> records{"A:1", "B:1", "A:2", ":no key", ":no key either", "C:1", "A:3", "B:2"};
  for (const bool collide : {false, true}) {
    INFO("every hash equal: " << collide);
    const auto found = shared(records, collide);
    REQUIRE(found.size() == 2);
    CHECK(found.at("A") == std::vector<std::string>{"A:1", "A:2", "A:3"});
    CHECK(found.at("B") == std::vector<std::string>{"B:1", "B:2"});
  }
}

TEST_CASE("no shared key, no group", "[duplicates]") {
  CHECK(shared({"A:1", "B:1", "C:1"}, false).empty());
  CHECK(shared({"A:1", "B:1", "C:1"}, true).empty());
  CHECK(shared({}, false).empty());
}
