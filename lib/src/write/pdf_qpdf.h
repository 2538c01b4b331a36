// The qpdf headers the PDF writer uses (internal), included in one place so that qpdf's
// PointerHolder transition switch is set before any of them: 4 = none of the deprecated
// PointerHolder API (dhrkit uses std::shared_ptr only). Without it qpdf 11 emits a
// #warning, which -Werror turns into an error.
#pragma once

#ifndef POINTERHOLDER_TRANSITION
#define POINTERHOLDER_TRANSITION 4
#endif
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
