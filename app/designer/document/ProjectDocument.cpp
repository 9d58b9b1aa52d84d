// SPDX-FileCopyrightText: 2026 The Headroom authors
// SPDX-License-Identifier: Apache-2.0

#include "ProjectDocument.h"

#include "WholeFile.h"

#include "model/io/ProjectFile.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace headroom::designer {

ProjectDocument::ProjectDocument(Project project, QString filePath, QObject *parent)
    : QObject(parent), m_project(std::move(project)), m_filePath(std::move(filePath))
{
    m_undoStack.setUndoLimit(kUndoLimit);
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

QString ProjectDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    if (!m_project.name.empty())
        return QString::fromStdString(m_project.name);
    return tr("Untitled");
}

namespace {

QByteArray digestOf(std::string_view bytes)
{
    return QCryptographicHash::hash(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())),
                                    QCryptographicHash::Sha256);
}

} // namespace

std::unique_ptr<ProjectDocument> ProjectDocument::open(const QString &path, QString *error)
{
    const Expected<std::string> content = readWholeFile(path, kMaxProjectBytes);
    if (!content) {
        if (error)
            *error = QString::fromStdString(content.error().toString());
        return nullptr;
    }
    auto project = parseProject(*content, path.toStdString());
    if (!project) {
        if (error)
            *error = QString::fromStdString(project.error().toString());
        return nullptr;
    }
    auto document = std::make_unique<ProjectDocument>(std::move(project).value(), path);
    document->m_diskDigest = digestOf(*content);
    return document;
}

bool ProjectDocument::saveAs(const QString &path, QString *error)
{
    const std::string text = serializeProject(m_project);
    if (const auto failure = writeWholeFile(path, text)) {
        if (error)
            *error = *failure;
        return false;
    }
    m_diskDigest = digestOf(text);
    if (m_filePath != path) {
        m_filePath = path;
        emit filePathChanged(path);
    }
    m_undoStack.setClean();
    return true;
}

bool ProjectDocument::changedOnDisk() const
{
    if (m_filePath.isEmpty() || m_diskDigest.isEmpty() || !QFileInfo::exists(m_filePath))
        return false;
    const Expected<std::string> content = readWholeFile(m_filePath, kMaxProjectBytes);
    return !content || digestOf(*content) != m_diskDigest;
}

const Component *ProjectDocument::component(const std::string &id) const
{
    const int index = componentIndex(id);
    return index < 0 ? nullptr : &m_project.components[static_cast<size_t>(index)];
}

int ProjectDocument::componentIndex(const std::string &id) const
{
    for (size_t i = 0; i < m_project.components.size(); ++i)
        if (m_project.components[i].id == id)
            return static_cast<int>(i);
    return -1;
}

std::string ProjectDocument::uniqueId(const std::string &base) const
{
    if (componentIndex(base) < 0)
        return base;
    for (int n = 2;; ++n) {
        const std::string candidate = base + "-" + std::to_string(n);
        if (componentIndex(candidate) < 0)
            return candidate;
    }
}

ProjectDocument::ChangeBatch::ChangeBatch(ProjectDocument &document) : m_document(document)
{
    ++m_document.m_batchDepth;
}

ProjectDocument::ChangeBatch::~ChangeBatch()
{
    if (--m_document.m_batchDepth > 0 || !m_document.m_pending)
        return;
    DocumentChange change = std::move(*m_document.m_pending);
    m_document.m_pending.reset();
    emit m_document.changed(change);
}

void ProjectDocument::notify(DocumentChange change)
{
    if (m_batchDepth == 0) {
        emit changed(change);
        return;
    }
    if (m_pending)
        m_pending->merge(change);
    else
        m_pending = std::move(change);
}

namespace {

DocumentChange structural()
{
    DocumentChange change;
    change.structure = true;
    return change;
}

DocumentChange ofComponent(const std::string &id, ChangeKind kind)
{
    DocumentChange change;
    change.kind = kind;
    change.componentIds.push_back(id);
    return change;
}

DocumentChange ofKind(ChangeKind kind)
{
    DocumentChange change;
    change.kind = kind;
    return change;
}

} // namespace

void ProjectDocument::setUsers(double users)
{
    if (m_project.workload.users == users)
        return;
    m_project.workload.users = users;
    notify(ofKind(ChangeKind::Users));
}

void ProjectDocument::undo()
{
    ChangeBatch batch(*this);
    m_undoStack.undo();
}

void ProjectDocument::redo()
{
    ChangeBatch batch(*this);
    m_undoStack.redo();
}

void ProjectDocument::insertComponent(int index, Component component)
{
    m_project.components.insert(m_project.components.begin() + index, std::move(component));
    notify(structural());
}

void ProjectDocument::removeComponent(int index)
{
    m_project.components.erase(m_project.components.begin() + index);
    notify(structural());
}

void ProjectDocument::replaceComponent(int index, Component component, ChangeKind kind)
{
    const std::string id = component.id;
    m_project.components[static_cast<size_t>(index)] = std::move(component);
    notify(ofComponent(id, kind));
}

void ProjectDocument::insertConnection(int index, Connection connection)
{
    m_project.connections.insert(m_project.connections.begin() + index, std::move(connection));
    notify(structural());
}

void ProjectDocument::removeConnection(int index)
{
    m_project.connections.erase(m_project.connections.begin() + index);
    notify(structural());
}

void ProjectDocument::replaceConnection(int index, Connection connection)
{
    m_project.connections[static_cast<size_t>(index)] = std::move(connection);
    DocumentChange change;
    change.connectionsEdited = true;
    notify(change);
}

void ProjectDocument::setWorkload(const Workload &workload, ChangeKind kind)
{
    m_project.workload = workload;
    notify(ofKind(kind));
}

void ProjectDocument::setStages(std::vector<Stage> stages)
{
    m_project.stages = std::move(stages);
    notify(ofKind(ChangeKind::Design));
}

void ProjectDocument::setRegions(std::vector<Region> regions)
{
    m_project.regions = std::move(regions);
    notify(structural());  // region frames are re-drawn
}

void ProjectDocument::setPurchaseOption(PurchaseOption option)
{
    m_project.purchaseOption = option;
    notify(ofKind(ChangeKind::Design));
}

void ProjectDocument::replaceProject(Project project)
{
    m_project = std::move(project);
    notify(structural());
}

void ProjectDocument::setIdentity(std::string name, std::string description, double availabilityTarget)
{
    m_project.name = std::move(name);
    m_project.description = std::move(description);
    m_project.availabilityTarget = availabilityTarget;
    notify(ofKind(ChangeKind::Design));
}

} // namespace headroom::designer
