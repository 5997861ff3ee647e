// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Chipwatch developers
#pragma once

#include <QFont>
#include <QPalette>

class QChart;
class QChartView;

namespace Chipwatch::Ui {

// True when the palette draws light text on a dark window.
bool isDarkPalette(const QPalette &palette);

// Styles a chart from the widget palette and font, so charts read in light and dark palettes alike and
// an exported chart has a title that reads as one.
void applyChartPalette(QChart *chart, QChartView *view, const QPalette &palette, const QFont &font);

} // namespace Chipwatch::Ui
