// Metadata inside pictures (internal): a photograph pasted into a report can carry the
// camera owner's name, GPS position, dates and a thumbnail of the uncropped original.
//
// JPEG: the segments before the image data are copied except APP1 (EXIF, XMP), APP13
// (Photoshop/IPTC), APP2 holding MPF (the index of extra images appended after the
// picture) and COM (comments); APP0 (JFIF), APP2 ICC profiles and APP14 (Adobe colour
// transform) stay, as decoders need them. Everything after the first image's end marker
// goes too: that is where MPF puts second images and where other tools append data.
// PNG: tEXt, zTXt, iTXt and eXIf chunks are dropped, and anything after IEND.
//
// Small byte filters on purpose: both formats are plain sequences of length-prefixed
// segments, Debian has no library that rewrites them without re-encoding the pixels, and
// the pixels must not change. Lengths are checked against the buffer before every step;
// a file that does not parse is left as it is and reported.
#pragma once

#include <string>

namespace dhr::write::docx {

enum class ImageScrub {
  not_image,  // neither JPEG nor PNG
  clean,      // nothing to remove
  stripped,   // metadata removed
  malformed,  // looked like a JPEG or PNG but did not parse: left unchanged
};

ImageScrub strip_image_metadata(std::string& bytes);

}  // namespace dhr::write::docx
