#include "batch/progress.h"

#include <cstdio>

#include <fmt/format.h>

namespace dhr::batch {
namespace {

std::string clock_time(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

Progress::Progress(ProgressStyle style, int total) : style_(style), total_(total) {}

void Progress::finished(const std::string& path, const std::string& status, double seconds,
                        const std::string& error) {
  ++done_;
  if (status != "ok") ++failed_;
  if (style_ == ProgressStyle::lines) {
    const int width = static_cast<int>(std::to_string(total_).size());
    if (status == "ok")
      fmt::print(stderr, "[{:>{}}/{}] ok      {:.2f}s {}\n", done_, width, total_, seconds, path);
    else
      fmt::print(stderr, "[{:>{}}/{}] {:<7} {:.2f}s {}\n", done_, width, total_, status, seconds,
                 error.empty() ? path : error);
    std::fflush(stderr);
  } else if (style_ == ProgressStyle::bar) {
    draw();
  }
}

void Progress::tick() {
  if (style_ != ProgressStyle::bar) return;
  if (Clock::now() - last_draw_ < std::chrono::milliseconds(200)) return;
  draw();
}

void Progress::draw() {
  last_draw_ = Clock::now();
  const double elapsed = std::chrono::duration<double>(last_draw_ - start_).count();
  const double rate = elapsed > 0 ? done_ / elapsed : 0;
  const int width = 30;
  const int filled = total_ > 0 ? done_ * width / total_ : width;
  const std::string eta = rate > 0 && done_ < total_ ? clock_time((total_ - done_) / rate) : "-";
  fmt::print(stderr, "\r[{}{}] {}/{} files  {:.1f}/s  ETA {}  failed {}\x1b[K", std::string(filled, '#'),
             std::string(width - filled, '.'), done_, total_, rate, eta, failed_);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::close() {
  if (style_ == ProgressStyle::bar && total_ > 0) {
    draw();
    fmt::print(stderr, "\n");
  }
}

}  // namespace dhr::batch
