// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ConnectionInspector.h"

#include "ComponentText.h"
#include "ScrollWheelGuard.h"
#include "document/DocumentEdits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace headroom::designer {

ConnectionInspector::ConnectionInspector(ProjectDocument *document, int index, QWidget *parent)
    : QWidget(parent), m_document(document), m_index(index), m_calls(new QDoubleSpinBox(this)),
      m_class(new QComboBox(this)), m_async(new QCheckBox(tr("asynchronous (off the request path)"), this)),
      m_soft(new QCheckBox(tr("soft (the caller copes when it fails)"), this)), m_rate(new QLabel(this))
{
    setObjectName(QStringLiteral("connectionInspector"));
    const Connection &connection = document->project().connections[static_cast<size_t>(index)];
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(headingText(connection), this);
    m_heading->setObjectName(QStringLiteral("connectionHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_calls->setObjectName(QStringLiteral("callsPerRequest"));
    m_calls->setRange(0.0, 1e6);
    m_calls->setDecimals(3);
    m_calls->setSingleStep(0.5);
    m_calls->setKeyboardTracking(false);
    m_calls->setToolTip(tr("Calls the target receives per request this component handles. In a loop (retries), "
                           "keep the loop's gain below 1."));
    m_class->setObjectName(QStringLiteral("trafficClass"));
    m_class->addItem(tr("all requests"), QStringLiteral("all"));
    m_class->addItem(tr("reads only"), QStringLiteral("read"));
    m_class->addItem(tr("writes only"), QStringLiteral("write"));
    m_class->setToolTip(tr("Which of the caller's requests make this call: all of them, only reads or only writes."));
    m_async->setObjectName(QStringLiteral("async"));
    m_async->setToolTip(tr("The caller does not wait for the answer (a queue, a fire-and-forget call): the call "
                           "adds load to the target but no time and no failures to the request."));
    m_soft->setObjectName(QStringLiteral("soft"));
    m_soft->setToolTip(tr("A fallback or a cached default answers when the target is down: the call still "
                          "takes its time, but its failures never take a request down."));
    ScrollWheelGuard::install(m_calls);
    ScrollWheelGuard::install(m_class);
    m_rate->setObjectName(QStringLiteral("connectionRate"));
    m_rate->setWordWrap(true);
    form->addRow(tr("Calls per request"), m_calls);
    form->addRow(tr("Carries"), m_class);
    form->addRow(m_async);  // the whole row: the texts are long for a narrow dock
    form->addRow(m_soft);
    form->addRow(tr("Rate at peak"), m_rate);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_calls, &QDoubleSpinBox::valueChanged, this, [this](double calls) {
        apply([calls](Connection &c) { c.callsPerRequest = calls; }, tr("Set calls per request"),
              QStringLiteral("calls/%1").arg(m_gesture));
    });
    connect(m_calls, &QDoubleSpinBox::editingFinished, this, [this] { ++m_gesture; });
    connect(m_class, &QComboBox::activated, this, [this](int row) {
        const QString key = m_class->itemData(row).toString();
        const TrafficClass value = key == QStringLiteral("read")    ? TrafficClass::Read
                                   : key == QStringLiteral("write") ? TrafficClass::Write
                                                                    : TrafficClass::All;
        apply([value](Connection &c) { c.trafficClass = value; }, tr("Set traffic class"));
    });
    connect(m_async, &QCheckBox::toggled, this, [this](bool on) {
        apply([on](Connection &c) { c.async = on; }, on ? tr("Make asynchronous") : tr("Make synchronous"));
    });
    connect(m_soft, &QCheckBox::toggled, this, [this](bool on) {
        apply([on](Connection &c) { c.soft = on; }, on ? tr("Make soft") : tr("Make hard"));
    });
    refresh();
}

void ConnectionInspector::apply(const std::function<void(Connection &)> &change, const QString &text, const QString &mergeKey)
{
    if (m_updating || m_index >= static_cast<int>(m_document->project().connections.size()))
        return;
    Connection after = m_document->project().connections[static_cast<size_t>(m_index)];
    change(after);
    edits::changeConnection(*m_document, m_index, after, text, mergeKey);
}

QString ConnectionInspector::headingText(const Connection &connection) const
{
    const auto name = [this](const std::string &id) {
        const Component *component = m_document->component(id);
        return QString::fromStdString(component ? displayName(*component) : id).toHtmlEscaped();
    };
    return tr("<b>Connection</b> %1 → %2").arg(name(connection.from), name(connection.to));
}

void ConnectionInspector::refresh()
{
    if (m_index >= static_cast<int>(m_document->project().connections.size()))
        return;
    const Connection &connection = m_document->project().connections[static_cast<size_t>(m_index)];
    m_updating = true;
    m_heading->setText(headingText(connection));  // an end may have been renamed
    m_calls->setValue(connection.callsPerRequest);
    m_class->setCurrentIndex(m_class->findData(QString::fromUtf8(trafficClassKey(connection.trafficClass))));
    m_async->setChecked(connection.async);
    m_soft->setChecked(connection.soft);
    m_updating = false;
}

void ConnectionInspector::setResults(const DesignResultsPtr &results)
{
    const bool known = results && !results->compileError
                       && m_index < static_cast<int>(results->evaluation.connections.size());
    m_rate->setText(known ? formatRate(results->evaluation.connections[static_cast<size_t>(m_index)].ratePerSecond)
                          : QStringLiteral("—"));
}

} // namespace headroom::designer
