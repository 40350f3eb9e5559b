#ifndef VISITDESK_CPANGOCAIRO_SHIM_H
#define VISITDESK_CPANGOCAIRO_SHIM_H

// Pango laid out on Cairo's PDF surface, fonts by fontconfig; libqrencode for the QR code.
// Only the RecordPDF target imports this module.
#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <qrencode.h>

#endif
