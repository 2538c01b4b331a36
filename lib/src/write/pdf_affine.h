// Affine transforms as PDF writes them (internal): [a b c d e f] maps a row vector
// [x y 1] to [x*a + y*c + e, x*b + y*d + f]. `m.then(n)` applies m first, then n — which
// is the PDF product m × n, so `cm` makes CTM' = M.then(CTM).
#pragma once

#include <cmath>

namespace dhr::write::pdf {

struct Affine {
  double a = 1, b = 0, c = 0, d = 1, e = 0, f = 0;

  static Affine translate(double tx, double ty) { return {1, 0, 0, 1, tx, ty}; }

  Affine then(const Affine& n) const {
    return {a * n.a + b * n.c,       a * n.b + b * n.d,       c * n.a + d * n.c,
            c * n.b + d * n.d,       e * n.a + f * n.c + n.e, e * n.b + f * n.d + n.f};
  }

  void apply(double x, double y, double& ox, double& oy) const {
    ox = x * a + y * c + e;
    oy = x * b + y * d + f;
  }

  // Length of the unit x vector after the transform: how long one unit of advance is.
  double x_scale() const { return std::hypot(a, b); }
  double y_scale() const { return std::hypot(c, d); }

  // True when x stays horizontal (and y vertical) after the transform, in either
  // direction: text set left to right on an unrotated page.
  bool upright() const { return std::abs(b) < 1e-6 * std::abs(a) && std::abs(c) < 1e-6 * std::abs(d); }

  double determinant() const { return a * d - b * c; }
};

}  // namespace dhr::write::pdf
