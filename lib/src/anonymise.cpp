// anonymise(): read, find, plan, write to a temporary file, verify, keep or refuse.
#include "dhr/anonymise.h"

#include <filesystem>

#include <fmt/format.h>

#include "dhr/docx_writer.h"
#include "dhr/error.h"
#include "dhr/export.h"
#include "dhr/output.h"
#include "dhr/pdf_writer.h"
#include "verify/verify_output.h"
#include "write/review_report.h"
#include "write/temp_output.h"

namespace dhr {
namespace {

std::string extension(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "htm") ext = "html";
  if (ext == "markdown") ext = "md";
  if (ext == "text") ext = "txt";
  return ext;
}

// The anonymised document as published: edits applied, hidden parts (comments, tracked
// deletions, field codes, alt text, metadata, outline, annotations) left out.
Document published_view(const Document& source, const std::vector<Edit>& edits) {
  Document out = apply_edits(source, edits);
  std::erase_if(out.blocks, [](const Block& b) { return !is_visible(b.kind); });
  out.metadata.clear();
  return out;
}

// Writes the anonymised copy to temp_path; records what the writer removed in r.sanitised.
void write_output(const std::string& format, const std::string& temp_path, AnonymiseResult& r,
                  const std::string& password) {
  if (format == "docx") {
    SanitiseReport report;
    write_anonymised_docx(r.input, r.source, r.plan.edits, temp_path, report);
    r.sanitised = std::move(report.actions);
    return;
  }
  if (format == "pdf") {
    PdfWriteReport report;
    write_anonymised_pdf(r.input, r.source, r.plan.edits, temp_path, report, password);
    r.sanitised = std::move(report.actions);
    return;
  }
  if (format == "txt" || format == "md" || format == "html") {
    const Document view = published_view(r.source, r.plan.edits);
    std::string content;
    if (format == "txt") content = to_text(view);
    else if (format == "md") content = to_markdown(view);
    else content = to_html(view, std::filesystem::path(r.output).stem().string());
    write_file_atomically(temp_path, content);
    return;
  }
  throw Error(ErrorKind::usage, r.output, fmt::format("cannot write .{} output from this input", format));
}

// One line, no identifiers: what survived where, and the words around it with every
// name masked (the first few; the report lists all).
std::string survivors_message(const Verification& v) {
  std::string msg = fmt::format("verification failed, output not kept: {} survived", v.survivors.size());
  for (std::size_t i = 0; i < v.survivors.size() && i < 3; ++i) {
    const Survivor& s = v.survivors[i];
    msg += fmt::format("{} {} in {} ({})", i == 0 ? ":" : ";", s.what, s.where, s.check);
    if (!s.context.empty()) msg += fmt::format(": \"{}\"", s.context);
  }
  if (v.survivors.size() > 3) msg += "; ...";
  return msg;
}

void write_reports(const AnonymiseResult& r, const CaseFile& effective, const Detector& detector,
                   const AnonymiseOptions& options) {
  if (!options.report_path.empty()) {
    const std::string ext = extension(options.report_path);
    std::string content;
    if (ext == "json") content = write::review_report_json(r);
    else if (ext == "html") content = write::review_report_html(r, options.report_with_names, verify::name_forms(effective, detector));
    else throw Error(ErrorKind::usage, options.report_path, "the report must end in .json or .html");
    write_file_atomically(options.report_path, content, r.input);
  }
  if (!options.key_path.empty()) write_file_atomically(options.key_path, write::key_csv(r.plan), r.input, 0600);
}

}  // namespace

std::vector<std::string> output_formats_for(Format from) {
  std::vector<std::string> out;
  if (from == Format::docx) out.push_back("docx");
  if (from == Format::pdf) out.push_back("pdf");
  for (const char* f : {"html", "md", "txt"}) out.emplace_back(f);
  return out;
}

AnonymiseResult anonymise(const std::string& input, const std::string& output, const CaseFile& case_file,
                          const Detector& detector, const AnonymiseOptions& options) {
  // Fail closed: with no subjects and names only flagged, the "anonymised" copy would be
  // the draft with its names in place.
  if (case_file.subjects.empty() && case_file.policy.unknown_names == Policy::UnknownNames::flag)
    throw Error(ErrorKind::case_file, case_file.path,
                "lists no subjects, so nothing would be pseudonymised (add [[subject]] tables, or set "
                "unknown_names = \"pseudonymise\" under [policy])");
  AnonymiseResult r;
  r.input = input;
  r.output = output;
  const std::string format = extension(output);
  r.source = read_document(input, options.read);
  const auto allowed = output_formats_for(r.source.format);
  if (std::find(allowed.begin(), allowed.end(), format) == allowed.end()) {
    std::string list;
    for (const auto& f : allowed) list += (list.empty() ? "." : ", .") + f;
    throw Error(ErrorKind::usage, output, fmt::format("cannot write .{} from a {} input: choose {}", format,
                                                      to_string(r.source.format), list));
  }

  const CaseFile effective = effective_case(case_file, r.source);
  r.findings = detector.scan(r.source, &effective);
  r.plan = plan_edits(r.source, r.findings, case_file,
                      [&detector](std::string_view name) { return detector.place(name); });
  if (!options.section_profile.empty()) {
    const std::string profile = options.section_profile == "auto"
                                    ? (detect_document_type(r.source) == DocumentType::summary ? "summary" : "overview")
                                    : options.section_profile;
    r.sections = check_sections(r.source, load_section_profile(profile));
  }

  write::TempOutput out(output, input);
  write_output(format, out.path(), r, options.read.password);
  r.verification = verify::verify_output(out.path(), effective, r.plan, detector);
  write_reports(r, effective, detector, options);
  if (!r.verification.clean()) throw Error(ErrorKind::verification, output, survivors_message(r.verification));
  out.commit();
  return r;
}

}  // namespace dhr
