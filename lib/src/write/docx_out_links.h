// Keeping the package's links whole while parts and elements go (internal).
//
// The sanitiser removes parts (comments, thumbnails, embedded objects ...) and elements
// (an OLE object, a tracked deletion holding a picture or a hyperlink). What pointed at
// them must go too, and what they alone pointed at: a picture's relationship whose
// drawing was deleted still names a file in word/media, and a hyperlink's relationship
// still holds its target. settle() repeats until nothing changes:
//   - a relationship whose target part was removed is removed, with the elements of its
//     source part that refer to it (a w:hyperlink is unwrapped: its text stays);
//   - in a part the writer changed, a relationship of an explicit kind (image, hyperlink,
//     OLE object, package, control, alternative chunk, template, mail merge source) that
//     no attribute of the part names any more is removed;
//   - a part that some relationship targeted in the source and none targets now is removed;
// and finally drops the content-type overrides of removed parts.
#pragma once

#include <set>
#include <string>
#include <unordered_set>

namespace dhr::write::docx {

class OutPackage;
struct XmlPart;

class PackageLinks {
 public:
  // Notes which parts the source's relationships target (call before removing anything).
  explicit PackageLinks(OutPackage& pkg);

  // Removes relationship `id` of `source_part` and the elements that refer to it.
  void remove_relationship(const std::string& source_part, const std::string& id);

  // See above. Returns the number of parts removed because nothing targets them any more.
  std::size_t settle();

 private:
  std::unordered_set<std::string> targeted_parts();

  OutPackage& pkg_;
  std::unordered_set<std::string> targeted_at_start_;  // lower-cased entry names
};

// Removes (or, for w:hyperlink, unwraps) every element of `part` with an attribute that
// names one of `ids` as a relationship (r:id, r:embed, r:link, o:relid ...). Returns how
// many elements were changed.
std::size_t drop_references(XmlPart& part, const std::set<std::string>& ids);

}  // namespace dhr::write::docx
