// Whole parts of a DOCX that the published copy does without (internal).
//
//  - the comments and everything about their authors: comments.xml, commentsExtended,
//    commentsIds, commentsExtensible (found through the main document's relationships)
//    and people.xml;
//  - docProps/custom.xml (custom properties: case numbers, "Victim" fields of templates);
//  - customXml/ (data stores of content controls and SharePoint metadata);
//  - the thumbnail (docProps/thumbnail.*, a picture of the first page as it was saved);
//  - embedded objects (word/embeddings/: OLE objects, workbooks behind charts, packages),
//    ActiveX controls (word/activeX/) and printer settings (word/printerSettings/, which
//    can name a user's printer or server).
// The parts are only marked removed here; PackageLinks::settle() then removes the
// relationships and content types that named them and whatever only they referred to.
#pragma once

#include <string>
#include <vector>

namespace dhr::write::docx {

class OutPackage;

// Appends one report line per kind of part removed (embedded objects one line each, by
// part name). `main` is the main document part.
void remove_hidden_parts(OutPackage& pkg, const std::string& main, std::vector<std::string>& actions);

}  // namespace dhr::write::docx
