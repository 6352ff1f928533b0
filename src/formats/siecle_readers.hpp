#pragma once
// One adapter per export kind; each is a streaming expat handler.

#include <memory>

#include "formats/record_sink.hpp"
#include "formats/xml_reader.hpp"
#include "model/records.hpp"

namespace scolint::formats {

std::unique_ptr<XmlHandler> make_siecle_eleves_reader(model::FileId file, RecordSink& sink);
std::unique_ptr<XmlHandler> make_siecle_responsables_reader(model::FileId file, RecordSink& sink);
std::unique_ptr<XmlHandler> make_siecle_nomenclatures_reader(model::FileId file, RecordSink& sink);
std::unique_ptr<XmlHandler> make_siecle_structures_reader(model::FileId file, RecordSink& sink);
std::unique_ptr<XmlHandler> make_sts_emp_reader(model::FileId file, RecordSink& sink);

}  // namespace scolint::formats
