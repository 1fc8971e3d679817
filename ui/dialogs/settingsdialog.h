// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#pragma once

#include "capture/livesession.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace pfs {

// Console settings, kept with QSettings. Of `listen`, the address and the
// ports are kept; an allow-list and a recording come from the command line.
struct ConsoleSettings {
    ListenOptions listen;
    qint64 wanBitsPerSecond = 2'000'000;
    QString catalogueFile;

    static ConsoleSettings load();
    void save() const;
};

// Capture ▸ Settings: where to listen (the ports, or an interface to
// capture on with its filter), the WAN rate for the time estimates, and the
// firmware catalogue file.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(const ConsoleSettings &current, QWidget *parent = nullptr);

    // The settings as edited; what the dialog does not show is kept as it was.
    ConsoleSettings chosen() const;

private:
    QSpinBox *portBox(int value);
    QComboBox *interfaceBox(const QString &current);

    ConsoleSettings m_current;
    QLineEdit *m_bind;
    QSpinBox *m_pfsPort;
    QSpinBox *m_syslogUdpPort;
    QSpinBox *m_syslogTcpPort;
    QComboBox *m_interface;
    QLineEdit *m_captureFilter;
    QSpinBox *m_wanRate;
    QLineEdit *m_catalogue;
};

} // namespace pfs
