#include "batch/worker.h"

#include <chrono>
#include <new>
#include <optional>

#include "dhr/anonymise.h"
#include "dhr/case_file.h"
#include "dhr/error.h"
#include "dhr/scan_report.h"

namespace dhr::batch {
namespace {

using Clock = std::chrono::steady_clock;
using json = nlohmann::json;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

json findings_json(const Document& doc, const std::vector<Finding>& findings, bool store_text) {
  json out = json::array();
  for (const Finding& f : findings) {
    const Block* b = f.block < doc.blocks.size() ? &doc.blocks[f.block] : nullptr;
    json j = {{"category", to_string(f.category)},
              {"page", b ? b->page : 0},
              {"number", b ? b->number : ""},
              {"block", f.block},
              {"confidence", f.confidence},
              {"rule", f.rule},
              {"subject", f.subject},
              {"needs_action", needs_action(f)}};
    if (store_text) j["text"] = f.text;
    out.push_back(std::move(j));
  }
  return out;
}

json sections_json(const SectionReport& report, bool store_text) {
  json out = json::array();
  for (const SectionResult& s : report.sections) {
    json j = {{"id", s.id},
              {"name", s.name},
              {"requirement", to_string(s.requirement)},
              {"status", to_string(s.status)},
              {"page", s.page},
              {"number", s.number}};
    if (store_text) j["heading"] = s.heading;
    out.push_back(std::move(j));
  }
  return out;
}

// The text for the full-text index: a chunk per PDF page, or per section (a heading and
// what follows it) where the format has no pages, so a hit can say where it is.
json text_chunks(const Document& doc) {
  json out = json::array();
  std::string text;
  int page = -1;
  std::string location;
  auto flush = [&] {
    if (!text.empty()) out.push_back({{"page", std::max(page, 0)}, {"location", location}, {"text", std::move(text)}});
    text.clear();
  };
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    if (repeats_other_text(b.kind) || b.text.empty()) continue;
    const bool new_chunk = doc.pages > 0 ? b.page != page : (b.kind == BlockKind::heading || page < 0);
    if (new_chunk) {
      flush();
      page = doc.pages > 0 ? b.page : 0;
      location = doc.pages > 0 ? (b.page > 0 ? "page " + std::to_string(b.page) : "document properties")
                               : (b.kind == BlockKind::heading
                                      ? (b.number.empty() ? "block " + std::to_string(i) : "section " + b.number)
                                      : "start");
    }
    if (!text.empty()) text += '\n';
    if (!b.number.empty()) text += b.number + ' ';
    text += b.text;
  }
  flush();
  return out;
}

const SectionProfile& profile_for(const Document& doc, const WorkerContext& ctx, json& result) {
  const DocumentType type = detect_document_type(doc);
  result["doc_type"] = type == DocumentType::summary ? "summary" : "overview";
  return type == DocumentType::summary ? ctx.summary : ctx.overview;
}

void describe(json& result, const Document& doc, const std::vector<Finding>& findings, const SectionReport& sections,
              bool store_text) {
  result["format"] = to_string(doc.format);
  result["pages"] = doc.pages;
  result["findings"] = findings_json(doc, findings, store_text);
  result["sections"] = sections_json(sections, store_text);
  result["chunks"] = text_chunks(doc);
}

// Anonymises job.path into job.out_path; fills result as a plain run would (the document is
// read once). Returns false when no copy was made (the caller then runs the plain path).
bool anonymise_into(const Job& job, const WorkerContext& ctx, json& result) {
  const auto start = Clock::now();
  json& anon = result["anonymised"];
  anon = {{"path", job.out_path}};
  try {
    const CaseFile case_file = load_case_file(job.case_path);
    AnonymiseOptions options;
    options.read = ctx.read;
    options.section_profile = "";  // checked below with the preloaded profiles
    const AnonymiseResult r = anonymise(job.path, job.out_path, case_file, *ctx.detector, options);
    result["timings"]["anonymise_ms"] = ms_since(start);
    const auto s0 = Clock::now();
    const SectionReport sections = check_sections(r.source, profile_for(r.source, ctx, result));
    result["timings"]["sections_ms"] = ms_since(s0);
    describe(result, r.source, r.findings, sections, ctx.store_text);
    anon["status"] = "written";
    return true;
  } catch (const Error& e) {
    // The message names what survived where, never the identifier (dhr/anonymise.h).
    anon["status"] = e.kind() == ErrorKind::verification ? "refused" : "error";
    anon["error"] = e.what();
  }
  result["timings"]["anonymise_ms"] = ms_since(start);
  return false;
}

// Some parsers turn an allocation failure into a format error (pugixml: "Could not allocate
// memory"); under the worker's memory limit that is the limit speaking, not the file's form.
bool ran_out_of_memory(const Error& e) {
  const std::string& m = e.message();
  return m.find("allocate memory") != std::string::npos || m.find("out of memory") != std::string::npos;
}

}  // namespace

json process_document(const Job& job, const WorkerContext& ctx) {
  json result = {{"status", "ok"}, {"timings", json::object()}};
  try {
    if (!job.case_path.empty() && anonymise_into(job, ctx, result)) return result;
    auto t = Clock::now();
    const Document doc = read_document(job.path, ctx.read);
    result["timings"]["read_ms"] = ms_since(t);
    t = Clock::now();
    std::optional<CaseFile> case_file;
    if (!job.case_path.empty()) {
      try {
        case_file = load_case_file(job.case_path);
      } catch (const Error&) {  // already recorded under "anonymised"
      }
    }
    const std::vector<Finding> findings = ctx.detector->scan(doc, case_file ? &*case_file : nullptr);
    result["timings"]["scan_ms"] = ms_since(t);
    t = Clock::now();
    const SectionReport sections = check_sections(doc, profile_for(doc, ctx, result));
    result["timings"]["sections_ms"] = ms_since(t);
    describe(result, doc, findings, sections, ctx.store_text);
  } catch (const Error& e) {
    if (ran_out_of_memory(e)) {
      result = {{"status", "memory"}, {"error_kind", "limit"}, {"error", e.what()}};
      return result;
    }
    result = {{"status", "failed"}, {"error_kind", to_string(e.kind())}, {"error", e.what()},
              {"anonymised", result.value("anonymised", json())}};
  } catch (const std::bad_alloc&) {
    result = {{"status", "memory"}, {"error_kind", "limit"}, {"error", job.path + ": out of memory (--memory-limit)"}};
  } catch (const std::exception& e) {
    result = {{"status", "failed"}, {"error_kind", "internal"}, {"error", job.path + ": internal error: " + e.what()}};
  }
  return result;
}

}  // namespace dhr::batch
