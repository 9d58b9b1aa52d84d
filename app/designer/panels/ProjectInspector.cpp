// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ProjectInspector.h"

#include "ComponentText.h"
#include "ScrollWheelGuard.h"
#include "document/DocumentEdits.h"

#include "pricing/PriceBookFile.h"

#include "model/core/TextLimits.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace headroom::designer {

ProjectInspector::ProjectInspector(ProjectDocument *document, QWidget *parent)
    : ProjectInspector(document, bundledPriceBook().regions(), parent)
{
}

ProjectInspector::ProjectInspector(ProjectDocument *document, std::vector<std::string> priceRegions, QWidget *parent)
    : QWidget(parent), m_document(document), m_form(nullptr), m_purchase(new QComboBox(this)),
      m_stages(new QTableWidget(0, 2, this)), m_regions(new QTableWidget(0, 4, this)),
      m_priceRegions(std::move(priceRegions)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("projectInspector"));
    auto *layout = new QVBoxLayout(this);
    m_error->setObjectName(QStringLiteral("designError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    layout->addWidget(m_error);
    addIdentityGroup(layout);

    auto *workload = new QGroupBox(tr("Workload"), this);
    m_form = new QFormLayout(workload);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // a narrow dock puts labels above their fields
    addWorkloadField("requestsPerUser", tr("Requests per user per day"), 0, 1e9, 1, QString(),
                     tr("How many requests one user makes in a day (an assumption: measure yours)."),
                     [](Workload &w) -> double & { return w.requestsPerUserPerDay; });
    addWorkloadField("peakToAverage", tr("Peak ÷ average"), 1, 1e6, 2, QStringLiteral("×"),
                     tr("Peak-hour rate over the daily average. Capacity is sized for the peak; cost uses the average."),
                     [](Workload &w) -> double & { return w.peakToAverage; });
    addWorkloadField("readFraction", tr("Reads"), 0, 100, 1, QStringLiteral(" %"),
                     tr("Share of requests that only read (caches and replicas serve reads)."),
                     [](Workload &w) -> double & { return w.readFraction; }, 100.0);
    addWorkloadField("responseKb", tr("Mean response size"), 0, 1e9, 1, QStringLiteral(" KiB"),
                     tr("Bytes sent back per request: data transfer out, NAT and load balancer processing."),
                     [](Workload &w) -> double & { return w.responseKb; });
    addWorkloadField("zoneOutagesPerYear", tr("Zone outages"), 0, 1e4, 2, tr(" per zone-year"),
                     tr("How often one availability zone fails, taking everything in it down at once (an "
                        "assumption: AWS publishes incident reports, not rates)."),
                     [](Workload &w) -> double & { return w.zoneOutagesPerYear; });
    addWorkloadField("zoneOutageMinutes", tr("Zone outage length"), 0, 525600, 0, tr(" min"),
                     tr("How long a zone outage lasts (an assumption)."),
                     [](Workload &w) -> double & { return w.zoneOutageMinutes; });
    m_purchase->setObjectName(QStringLiteral("purchaseOption"));
    m_purchase->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_purchase->setMinimumContentsLength(10);
    ScrollWheelGuard::install(m_purchase);
    m_purchase->addItem(tr("On demand"), static_cast<int>(PurchaseOption::OnDemand));
    m_purchase->addItem(tr("1-year commitment"), static_cast<int>(PurchaseOption::OneYear));
    m_purchase->addItem(tr("3-year commitment"), static_cast<int>(PurchaseOption::ThreeYear));
    m_purchase->setToolTip(tr("How instance-hours are bought: at a commitment, each instance or node line costs its committed price where the price books have one; the rest stay on demand, and say so."));
    m_form->addRow(tr("Purchase option"), m_purchase);
    connect(m_purchase, &QComboBox::activated, this, [this](int row) {
        edits::setPurchaseOption(*m_document, static_cast<PurchaseOption>(m_purchase->itemData(row).toInt()));
    });
    layout->addWidget(workload);

    auto *stages = new QGroupBox(tr("Stages"), this);
    auto *stagesLayout = new QVBoxLayout(stages);
    m_stages->setObjectName(QStringLiteral("stagesTable"));
    m_stages->setHorizontalHeaderLabels({tr("Stage"), tr("Users")});
    m_stages->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_stages->verticalHeader()->hide();
    stagesLayout->addWidget(m_stages);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add stage"), stages);
    auto *remove = new QPushButton(tr("Remove stage"), stages);
    add->setToolTip(tr("Adds a stage (a user count the charts, the slider and the report mark) after the last one."));
    remove->setToolTip(tr("Removes the selected stage."));
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    stagesLayout->addLayout(buttons);
    layout->addWidget(stages);

    auto *regions = new QGroupBox(tr("Regions"), this);
    auto *regionsLayout = new QVBoxLayout(regions);
    auto *regionsHelp = new QLabel(tr("Several active regions share the traffic your DNS sends them; a standby region "
                                      "takes over when an active one fails. Place components in a region from their "
                                      "inspector."), regions);
    regionsHelp->setWordWrap(true);
    regionsHelp->setStyleSheet(QStringLiteral("color: #4b5563"));
    regionsLayout->addWidget(regionsHelp);
    m_regions->setObjectName(QStringLiteral("regionsTable"));
    m_regions->setHorizontalHeaderLabels({tr("Id"), tr("AWS region"), tr("Role"), tr("Zones")});
    m_regions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_regions->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_regions->verticalHeader()->hide();
    m_regions->setToolTip(tr("Role: active or standby. Zones: names separated by commas, e.g. a, b."));
    regionsLayout->addWidget(m_regions);
    m_fallbackForm = new QFormLayout;
    m_fallbackForm->setRowWrapPolicy(QFormLayout::WrapAllRows);  // the choice gets the full width
    regionsLayout->addLayout(m_fallbackForm);
    auto *regionButtons = new QHBoxLayout;
    auto *addRegion = new QPushButton(tr("Add region"), regions);
    auto *removeRegion = new QPushButton(tr("Remove region"), regions);
    addRegion->setToolTip(tr("Adds a region with its zones; components are placed in it from their inspector."));
    removeRegion->setToolTip(tr("Removes the selected region; its components become global."));
    regionButtons->addWidget(addRegion);
    regionButtons->addWidget(removeRegion);
    regionButtons->addStretch(1);
    regionsLayout->addLayout(regionButtons);
    layout->addWidget(regions);
    layout->addStretch(1);
    connect(m_regions, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            commitRegions();
    });
    connect(addRegion, &QPushButton::clicked, this, [this] {
        std::vector<Region> after = m_document->project().regions;
        static const char *const kNames[] = {"us-east-1", "us-west-2", "eu-west-1", "ap-southeast-1"};
        const std::string name = kNames[after.size() % 4];
        std::string id = std::string(1, static_cast<char>('a' + after.size() % 26));
        after.push_back({id, name, RegionRole::Active, {"a", "b"}});
        edits::changeRegions(*m_document, after);
    });
    connect(removeRegion, &QPushButton::clicked, this, [this] {
        std::vector<Region> after = m_document->project().regions;
        if (after.empty())
            return;
        const int row = m_regions->currentRow();
        after.erase(after.begin() + (row >= 0 && row < static_cast<int>(after.size()) ? row : static_cast<int>(after.size()) - 1));
        edits::changeRegions(*m_document, after);
    });

    connect(m_stages, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            commitStages();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        std::vector<Stage> after = m_document->project().stages;
        const double users = after.empty() ? 1000.0 : after.back().users * 10.0;
        after.push_back({formatStageName(users).toStdString(), users});
        edits::changeStages(*m_document, after);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        std::vector<Stage> after = m_document->project().stages;
        const int row = m_stages->currentRow();
        if (after.empty())
            return;
        after.erase(after.begin() + (row >= 0 && row < static_cast<int>(after.size()) ? row : static_cast<int>(after.size()) - 1));
        edits::changeStages(*m_document, after);
    });
    refresh();
}

void ProjectInspector::addIdentityGroup(QVBoxLayout *layout)
{
    auto *group = new QGroupBox(tr("Project"), this);
    auto *form = new QFormLayout(group);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_name = new QLineEdit(group);
    m_name->setObjectName(QStringLiteral("projectName"));
    m_name->setMaxLength(static_cast<int>(kMaxNameLength));
    m_name->setPlaceholderText(tr("Untitled design"));
    m_name->setToolTip(tr("The project's name: the window title of an unsaved project, the report's cover and header."));
    form->addRow(tr("Name"), m_name);
    m_description = new QPlainTextEdit(group);
    m_description->setObjectName(QStringLiteral("projectDescription"));
    m_description->setPlaceholderText(tr("What the design is for"));
    m_description->setToolTip(tr("What the design is for; the report's cover shows it."));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Description"), m_description);
    m_target = new QDoubleSpinBox(group);
    m_target->setObjectName(QStringLiteral("availabilityTarget"));
    m_target->setRange(50.0, 99.999);
    m_target->setDecimals(3);  // 99.995 %: the finest target the templates use
    m_target->setSuffix(QStringLiteral(" %"));
    m_target->setKeyboardTracking(false);
    m_target->setMinimumWidth(96);
    m_target->setToolTip(tr("The availability the advisor checks the design against and the right-sizer aims at."));
    ScrollWheelGuard::install(m_target);
    form->addRow(tr("Availability target"), m_target);
    layout->addWidget(group);

    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating)
            commitIdentity(m_name, tr("Rename project"));
    });
    // The description is committed when the field is left (a QPlainTextEdit has no
    // editingFinished): one undo step per visit, not one per keystroke.
    m_description->installEventFilter(this);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            commitIdentity(m_target, tr("Set availability target"), QStringLiteral("target/%1").arg(m_gesture));
    });
    connect(m_target, &QDoubleSpinBox::editingFinished, this, [this] { ++m_gesture; });
}

bool ProjectInspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut && !m_updating)
        commitIdentity(m_description, tr("Edit project description"));
    return QWidget::eventFilter(watched, event);
}

void ProjectInspector::commitIdentity(QWidget *field, const QString &text, const QString &mergeKey)
{
    // Only the field being committed is read back: the others keep the document's values
    // (a target finer than the spin box's three decimals is not rounded by a rename).
    edits::ProjectIdentity after = edits::ProjectIdentity::of(m_document->project());
    if (field == m_name)
        after.name = m_name->text().trimmed().toStdString();
    else if (field == m_target)
        after.availabilityTarget = m_target->value() / 100.0;
    else
        after.description = m_description->toPlainText().trimmed().toStdString();
    m_name->setModified(false);  // committed (or unchanged): the document speaks for it again
    m_description->document()->setModified(false);
    if (after == edits::ProjectIdentity::of(m_document->project()))
        return;
    edits::changeIdentity(*m_document, std::move(after), text, mergeKey);
}

QDoubleSpinBox *ProjectInspector::addWorkloadField(const char *objectName, const QString &label, double minimum,
                                                   double maximum, int decimals, const QString &suffix,
                                                   const QString &toolTip, std::function<double &(Workload &)> field,
                                                   double scale)
{
    auto *spin = new QDoubleSpinBox(this);
    spin->setObjectName(QString::fromLatin1(objectName));
    spin->setRange(minimum, maximum);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setToolTip(toolTip);
    spin->setKeyboardTracking(false);
    spin->setMinimumWidth(96);  // the hint is sized for the maximum; values are short
    ScrollWheelGuard::install(spin);
    m_form->addRow(label, spin);
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field, scale, objectName](double value) {
        if (m_updating)
            return;
        Workload after = m_document->project().workload;
        field(after) = value / scale;
        edits::changeWorkload(*m_document, after, tr("Edit workload"),
                              QStringLiteral("%1/%2").arg(QString::fromLatin1(objectName)).arg(m_gesture));
    });
    connect(spin, &QDoubleSpinBox::editingFinished, this, [this] { ++m_gesture; });
    m_workloadFields.emplace_back(spin, [field, scale](const Workload &w) {
        Workload copy = w;
        return field(copy) * scale;
    });
    return spin;
}

void ProjectInspector::commitStages()
{
    std::vector<Stage> after;
    for (int row = 0; row < m_stages->rowCount(); ++row) {
        const QString name = m_stages->item(row, 0) ? m_stages->item(row, 0)->text() : QString();
        const auto users = parseDisplayedNumber(m_stages->item(row, 1) ? m_stages->item(row, 1)->text() : QString());
        if (!users || *users < 0.0) {
            refresh();  // not a user count: show the stages as they are
            return;
        }
        after.push_back({name.toStdString(), *users});
    }
    edits::changeStages(*m_document, after);
}

void ProjectInspector::commitRegions()
{
    std::vector<Region> after;
    for (int row = 0; row < m_regions->rowCount(); ++row) {
        auto text = [&](int column) { return m_regions->item(row, column) ? m_regions->item(row, column)->text().trimmed() : QString(); };
        Region region;
        region.id = text(0).toStdString();
        region.name = text(1).toStdString();
        region.role = text(2).compare(QStringLiteral("standby"), Qt::CaseInsensitive) == 0 ? RegionRole::Standby : RegionRole::Active;
        for (const QString &zone : text(3).split(u',', Qt::SkipEmptyParts))
            region.zones.push_back(zone.trimmed().toStdString());
        // The table does not show the fallback: a row keeps the one its region had.
        if (row < static_cast<int>(m_document->project().regions.size()))
            region.fallbackPrices = m_document->project().regions[static_cast<size_t>(row)].fallbackPrices;
        if (region.id.empty()) {
            refresh();  // an id is required: show the regions as they are
            return;
        }
        after.push_back(std::move(region));
    }
    edits::changeRegions(*m_document, after);
}

void ProjectInspector::refresh()
{
    m_updating = true;
    const Project &project = m_document->project();
    // A field shows the document unless it holds typing not yet committed (an undo made
    // while the field has the focus still shows in it).
    if (!m_name->isModified() && m_name->text() != QString::fromStdString(project.name)) {
        m_name->setText(QString::fromStdString(project.name));
        if (!m_name->hasFocus())
            m_name->setCursorPosition(0);  // a long name reads from its start
    }
    if (!m_description->document()->isModified())
        m_description->setPlainText(QString::fromStdString(project.description));
    if (m_target->value() != std::round(project.availabilityTarget * 1e5) / 1e3)
        m_target->setValue(project.availabilityTarget * 100.0);
    for (auto &[spin, value] : m_workloadFields)
        if (!spin->hasFocus())
            spin->setValue(value(project.workload));
    m_purchase->setCurrentIndex(m_purchase->findData(static_cast<int>(project.purchaseOption)));
    m_stages->setRowCount(static_cast<int>(project.stages.size()));
    for (int row = 0; row < static_cast<int>(project.stages.size()); ++row) {
        const Stage &stage = project.stages[static_cast<size_t>(row)];
        m_stages->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(stage.name)));
        auto *users = new QTableWidgetItem(formatCount(stage.users));
        users->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_stages->setItem(row, 1, users);
    }
    m_regions->setRowCount(static_cast<int>(project.regions.size()));
    for (int row = 0; row < static_cast<int>(project.regions.size()); ++row) {
        const Region &region = project.regions[static_cast<size_t>(row)];
        QStringList zones;
        for (const std::string &zone : region.zones)
            zones << QString::fromStdString(zone);
        m_regions->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(region.id)));
        m_regions->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(region.name)));
        m_regions->setItem(row, 2, new QTableWidgetItem(QString::fromUtf8(regionRoleKey(region.role))));
        m_regions->setItem(row, 3, new QTableWidgetItem(zones.join(QStringLiteral(", "))));
    }
    refreshFallbackChoices();
    m_updating = false;
}

void ProjectInspector::refreshFallbackChoices()
{
    const std::vector<Region> &regions = m_document->project().regions;
    if (m_fallbacks.size() != regions.size()) {
        while (m_fallbackForm->rowCount() > 0)
            m_fallbackForm->removeRow(0);  // deletes the label and the combo box
        m_fallbacks.clear();
        for (size_t i = 0; i < regions.size(); ++i) {
            auto *choice = new QComboBox(this);
            choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            choice->setMinimumContentsLength(12);
            ScrollWheelGuard::install(choice);
            choice->setToolTip(tr("What a cost line in this region gets when the region's price book has no "
                                  "price for it: missing (the region's cost is incomplete and says so) or "
                                  "another region's rate, the line marked with the region it came from."));
            connect(choice, &QComboBox::activated, this, [this, i](int index) {
                if (m_updating || i >= m_document->project().regions.size())
                    return;
                edits::setRegionFallbackPrices(*m_document, m_document->project().regions[i].id,
                                               m_fallbacks[i]->itemData(index).toString().toStdString());
            });
            m_fallbackForm->addRow(new QLabel(this), choice);
            m_fallbacks.push_back(choice);
        }
    }
    for (size_t i = 0; i < regions.size(); ++i) {
        const Region &region = regions[i];
        QComboBox *choice = m_fallbacks[i];
        const QSignalBlocker block(choice);
        choice->setObjectName(QStringLiteral("fallbackPrices:%1").arg(QString::fromStdString(region.id)));
        auto *label = qobject_cast<QLabel *>(m_fallbackForm->labelForField(choice));
        if (label)
            label->setText(tr("Prices missing in %1:").arg(QString::fromStdString(region.id)));
        choice->clear();
        choice->addItem(tr("missing (cost incomplete)"), QString());
        std::vector<std::string> others;
        for (const std::string &name : m_priceRegions)
            if (name != region.name)
                others.push_back(name);
        // A fallback the price book does not carry (read from a file) is still shown as set.
        if (!region.fallbackPrices.empty() && std::find(others.begin(), others.end(), region.fallbackPrices) == others.end())
            others.push_back(region.fallbackPrices);
        for (const std::string &name : others)
            choice->addItem(tr("at %1 rates").arg(QString::fromStdString(name)), QString::fromStdString(name));
        choice->setCurrentIndex(std::max(0, choice->findData(QString::fromStdString(region.fallbackPrices))));
    }
}

void ProjectInspector::setResults(const DesignResultsPtr &results)
{
    m_error->setText(results && results->compileError
                         ? tr("The model cannot evaluate this design: %1").arg(QString::fromStdString(*results->compileError))
                         : QString());
    m_error->setVisible(!m_error->text().isEmpty());
}

} // namespace headroom::designer
