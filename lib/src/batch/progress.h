// Progress of a batch on stderr (internal): a bar redrawn in place on a terminal, a plain
// line per document in a log, or nothing. Lines name files and statuses, never anything
// found in them.
#pragma once

#include <string>

#include "dhr/batch.h"
#include "batch/isolated_child.h"

namespace dhr::batch {

class Progress {
 public:
  Progress(ProgressStyle style, int total);
  // A document finished; `error` is its one-line error when it failed.
  void finished(const std::string& path, const std::string& status, double seconds, const std::string& error);
  // Redraws the bar now and then (call often: it throttles itself).
  void tick();
  // Ends the bar's line.
  void close();

 private:
  void draw();
  ProgressStyle style_;
  int total_;
  int done_ = 0;
  int failed_ = 0;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
  bool drawn_ = false;
};

}  // namespace dhr::batch
