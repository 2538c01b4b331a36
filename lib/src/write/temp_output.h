// An output file that only appears under its final name once it has passed verification
// (internal). The writer writes to path(), the caller verifies it, then commit() renames
// it into place; if commit() is never called the temporary file is removed.
#pragma once

#include <string>

namespace dhr::write {

class TempOutput {
 public:
  // A new, empty temporary file in final_path's folder, with final_path's extension (so
  // readers that go by extension read it as the final file would be read). Throws
  // dhr::Error (io) when the folder is not writable, (usage) when final_path is input.
  TempOutput(std::string final_path, const std::string& input_path);
  ~TempOutput();
  TempOutput(const TempOutput&) = delete;
  TempOutput& operator=(const TempOutput&) = delete;

  const std::string& path() const { return temp_; }
  const std::string& final_path() const { return final_; }

  // Renames the temporary file to the final path.
  void commit();

 private:
  std::string final_;
  std::string temp_;
  bool committed_ = false;
};

}  // namespace dhr::write
