// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The pfsmon authors
#include "ui/dialogs/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>

namespace pfs {

ConsoleSettings ConsoleSettings::load()
{
    QSettings s;
    ConsoleSettings c;
    c.listen.bind = s.value(QStringLiteral("capture/bind"), c.listen.bind).toString();
    c.listen.pfsPort = s.value(QStringLiteral("capture/pfsPort"), c.listen.pfsPort).toInt();
    c.listen.syslogUdpPort = s.value(QStringLiteral("capture/syslogUdpPort"), c.listen.syslogUdpPort).toInt();
    c.listen.syslogTcpPort = s.value(QStringLiteral("capture/syslogTcpPort"), c.listen.syslogTcpPort).toInt();
    c.listen.capture.interface = s.value(QStringLiteral("capture/interface")).toString();
    c.listen.capture.filter = s.value(QStringLiteral("capture/filter"), c.listen.capture.filter).toString();
    c.wanBitsPerSecond = s.value(QStringLiteral("bandwidth/wanBitsPerSecond"), c.wanBitsPerSecond).toLongLong();
    c.catalogueFile = s.value(QStringLiteral("firmware/catalogueFile")).toString();
    return c;
}

void ConsoleSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("capture/bind"), listen.bind);
    s.setValue(QStringLiteral("capture/pfsPort"), listen.pfsPort);
    s.setValue(QStringLiteral("capture/syslogUdpPort"), listen.syslogUdpPort);
    s.setValue(QStringLiteral("capture/syslogTcpPort"), listen.syslogTcpPort);
    s.setValue(QStringLiteral("capture/interface"), listen.capture.interface);
    s.setValue(QStringLiteral("capture/filter"), listen.capture.filter);
    s.setValue(QStringLiteral("bandwidth/wanBitsPerSecond"), wanBitsPerSecond);
    s.setValue(QStringLiteral("firmware/catalogueFile"), catalogueFile);
}

SettingsDialog::SettingsDialog(const ConsoleSettings &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_bind(new QLineEdit(current.listen.bind, this))
    , m_pfsPort(portBox(current.listen.pfsPort))
    , m_syslogUdpPort(portBox(current.listen.syslogUdpPort))
    , m_syslogTcpPort(portBox(current.listen.syslogTcpPort))
    , m_interface(interfaceBox(current.listen.capture.interface))
    , m_captureFilter(new QLineEdit(current.listen.capture.filter, this))
    , m_wanRate(new QSpinBox(this))
    , m_catalogue(new QLineEdit(current.catalogueFile, this))
{
    setWindowTitle(tr("Settings"));
    m_wanRate->setRange(1, 10'000'000);
    m_wanRate->setSuffix(tr(" kbit/s"));
    m_wanRate->setValue(int(current.wanBitsPerSecond / 1000));
    m_catalogue->setPlaceholderText(tr("built-in"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Listen on address"), m_bind);
    form->addRow(tr("PFS broadcasts, UDP port"), m_pfsPort);
    form->addRow(tr("Syslog, UDP port (0: off)"), m_syslogUdpPort);
    form->addRow(tr("Syslog, TCP port (0: off)"), m_syslogTcpPort);
    m_captureFilter->setPlaceholderText(QLatin1String(kDefaultCaptureFilter));
    m_captureFilter->setToolTip(tr("Capture filter (BPF), as in tcpdump or Wireshark"));
    form->addRow(tr("Capture on interface"), m_interface);
    form->addRow(tr("Capture filter"), m_captureFilter);
    form->addRow(tr("WAN rate"), m_wanRate);
    form->addRow(tr("Firmware catalogue file"), m_catalogue);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QSpinBox *SettingsDialog::portBox(int value)
{
    auto *box = new QSpinBox(this);
    box->setRange(0, 65535);
    box->setValue(value);
    return box;
}

// libpcap's devices; "none" listens on the ports instead. An interface
// chosen before but absent now stays listed, so it is not lost unseen.
QComboBox *SettingsDialog::interfaceBox(const QString &current)
{
    auto *box = new QComboBox(this);
    box->addItem(tr("none: listen on the ports"), QString());
    QString error;
    for (const CaptureInterface &device : CaptureFeed::interfaces(&error)) {
        const QString label = device.description.isEmpty()
            ? device.name
            : QStringLiteral("%1 (%2)").arg(device.name, device.description);
        box->addItem(label, device.name);
    }
    if (!current.isEmpty() && box->findData(current) < 0)
        box->addItem(current, current);
    box->setCurrentIndex(qMax(0, box->findData(current)));
    if (!error.isEmpty())
        box->setToolTip(error);
    return box;
}

ConsoleSettings SettingsDialog::chosen() const
{
    ConsoleSettings chosen = m_current; // what the dialog does not show (--allow, --record) stays
    chosen.listen.bind = m_bind->text().trimmed();
    chosen.listen.pfsPort = m_pfsPort->value();
    chosen.listen.syslogUdpPort = m_syslogUdpPort->value();
    chosen.listen.syslogTcpPort = m_syslogTcpPort->value();
    chosen.listen.capture.interface = m_interface->currentData().toString();
    const QString filter = m_captureFilter->text().trimmed();
    chosen.listen.capture.filter = filter.isEmpty() ? QLatin1String(kDefaultCaptureFilter) : filter;
    chosen.wanBitsPerSecond = qint64(m_wanRate->value()) * 1000;
    chosen.catalogueFile = m_catalogue->text().trimmed();
    return chosen;
}

} // namespace pfs
