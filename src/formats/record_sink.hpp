#pragma once
// Where format adapters send what they read. The engine implements it: it
// runs the record rules on each record, then keeps it for the dataset rules.

#include <string_view>

#include "model/records.hpp"

namespace scolint::formats {

class RecordSink {
 public:
  virtual ~RecordSink() = default;
  /// A record value, stored for as long as the records are kept.
  virtual model::Text text(std::string_view value) = 0;
  virtual void parameters(const model::ExportParameters& parameters) = 0;
  virtual void pupil(model::Pupil&& pupil) = 0;
  virtual void membership(model::Membership&& membership) = 0;
  virtual void person(model::Person&& person) = 0;
  virtual void address(model::Address&& address) = 0;
  virtual void link(model::ResponsableLink&& link) = 0;
  virtual void division(model::Division&& division) = 0;
  virtual void group(model::Group&& group) = 0;
  virtual void service(model::Service&& service) = 0;
  virtual void staff(model::Staff&& staff) = 0;
  virtual void subject(model::Subject&& subject) = 0;
  virtual void mef(model::Mef&& mef) = 0;
  /// An AAF structure record (EtabEducNat): what class and group values refer to.
  virtual void aaf_structure(model::AafStructure&& structure) = 0;
  /// A child an ENT parents' row names by name and class.
  virtual void child_mention(model::ChildMention&& mention) = 0;
  /// A class a teacher's row names.
  virtual void class_mention(model::ClassMention&& mention) = 0;
  /// A pupils' option (each distinct one once per file).
  virtual void option_use(model::OptionUse&& option) = 0;
  /// An election modality of a nomenclature.
  virtual void modality(model::Modality&& modality) = 0;
  /// The file has none of `column` (a CSV header without it, an AAF file
  /// none of whose records carries the attribute): the rules that read it
  /// are not checked there. Said at any time, once is enough.
  virtual void lacks(model::Column column) = 0;
  /// Said once, before any value, by a reader that calls between_records():
  /// a sink may then keep values in a scratch arena and only some records
  /// (low-memory reading). A reader that does not say it is read whole.
  virtual void records_apart() {}
  /// The reader holds no Text it made before this call, except in records it
  /// has already passed on: a sink may then free the values of the records it
  /// did not keep.
  virtual void between_records() {}
};

}  // namespace scolint::formats
