#include "write/docx_image_metadata.h"

#include <cstdint>
#include <string_view>
#include <utility>

namespace dhr::write::docx {
namespace {

std::uint8_t at(std::string_view s, std::size_t i) { return static_cast<std::uint8_t>(s[i]); }

std::uint32_t be16(std::string_view s, std::size_t i) { return (std::uint32_t{at(s, i)} << 8) | at(s, i + 1); }

std::uint32_t be32(std::string_view s, std::size_t i) { return (be16(s, i) << 16) | be16(s, i + 2); }

constexpr std::string_view kPngSignature{"\x89PNG\r\n\x1a\n", 8};

// Copies the entropy-coded data after a start-of-scan header: it runs until a marker
// other than a restart marker (FFD0-FFD7) or a stuffed zero (FF00). Returns the position
// of that marker's first FF byte (or the end of the data, for a truncated file).
std::size_t skip_scan_data(std::string_view in, std::size_t pos) {
  while (pos < in.size()) {
    if (at(in, pos) != 0xFF) {
      ++pos;
      continue;
    }
    if (pos + 1 >= in.size()) return in.size();
    const std::uint8_t next = at(in, pos + 1);
    if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) pos += 2;
    else return pos;
  }
  return pos;
}

ImageScrub strip_jpeg(std::string& bytes) {
  const std::string_view in = bytes;
  std::string out("\xFF\xD8", 2);
  out.reserve(in.size());
  bool dropped = false;
  std::size_t pos = 2;
  for (;;) {
    if (pos >= in.size()) {  // ran out without an end marker: a truncated file, kept as far as it goes
      break;
    }
    if (at(in, pos) != 0xFF) return ImageScrub::malformed;
    while (pos < in.size() && at(in, pos) == 0xFF) ++pos;  // fill bytes before a marker
    if (pos >= in.size()) return ImageScrub::malformed;
    const std::uint8_t marker = at(in, pos++);
    if (marker == 0xD9) {  // end of image: whatever follows is not this picture
      out += "\xFF\xD9";
      dropped = dropped || pos < in.size();
      break;
    }
    if (marker == 0x00) return ImageScrub::malformed;
    if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {  // markers without a length
      out += '\xFF';
      out += static_cast<char>(marker);
      continue;
    }
    if (pos + 2 > in.size()) return ImageScrub::malformed;
    const std::uint32_t length = be16(in, pos);  // counts its own two bytes
    if (length < 2 || pos + length > in.size()) return ImageScrub::malformed;
    const std::string_view body = in.substr(pos + 2, length - 2);
    const bool metadata = marker == 0xE1 /* APP1: EXIF, XMP */ || marker == 0xED /* APP13: IPTC */ ||
                          marker == 0xFE /* COM */ || (marker == 0xE2 && body.starts_with(std::string_view("MPF\0", 4)));
    if (metadata) {
      dropped = true;
    } else {
      out += '\xFF';
      out += static_cast<char>(marker);
      out.append(in.substr(pos, length));
    }
    pos += length;
    if (marker == 0xDA) {  // start of scan: the compressed pixels follow
      const std::size_t end = skip_scan_data(in, pos);
      out.append(in.substr(pos, end - pos));
      pos = end;
    }
  }
  if (!dropped) return ImageScrub::clean;
  bytes = std::move(out);
  return ImageScrub::stripped;
}

ImageScrub strip_png(std::string& bytes) {
  const std::string_view in = bytes;
  std::string out(kPngSignature);
  out.reserve(in.size());
  bool dropped = false;
  std::size_t pos = kPngSignature.size();
  for (;;) {
    if (pos + 12 > in.size()) return ImageScrub::malformed;  // no IEND
    const std::uint32_t length = be32(in, pos);
    if (length > in.size() - pos - 12) return ImageScrub::malformed;
    const std::string_view type = in.substr(pos + 4, 4);
    const std::size_t chunk = 12 + std::size_t{length};
    if (type == "tEXt" || type == "zTXt" || type == "iTXt" || type == "eXIf") dropped = true;
    else out.append(in.substr(pos, chunk));
    pos += chunk;
    if (type == "IEND") {
      dropped = dropped || pos < in.size();
      break;
    }
  }
  if (!dropped) return ImageScrub::clean;
  bytes = std::move(out);
  return ImageScrub::stripped;
}

}  // namespace

ImageScrub strip_image_metadata(std::string& bytes) {
  const std::string_view s = bytes;
  if (s.size() >= 3 && at(s, 0) == 0xFF && at(s, 1) == 0xD8 && at(s, 2) == 0xFF) return strip_jpeg(bytes);
  if (s.starts_with(kPngSignature)) return strip_png(bytes);
  return ImageScrub::not_image;
}

}  // namespace dhr::write::docx
