#pragma once

#include "http/router.hpp"

namespace mssops::http {

// Each adds the components/schemas entries describing the JSON answers of one area's routes; the
// route file that adds the routes calls it. Record kinds and Problem come from the kind catalog.

/// StrengthFigure, StrengthEvidence, SourceConflict, MandateStatus, RecordedVote... the parts the force
/// and council schemas share; added before them.
void add_shared_view_schemas(Router& router);
/// MissionSummary, MissionsInForce, MissionStrength, MissionForecast, MissionMandate, MissionAlerts.
void add_force_schemas(Router& router);
/// CouncilMembers, CouncilSimulation.
void add_council_schemas(Router& router);
/// Health, OpenApiDocument, MessageParams.
void add_meta_schemas(Router& router);
/// FundingAmounts, ImportRowError, FundingSummary, AssessedContributions, FundingImportReport,
/// FundingFlowHistory.
void add_funding_schemas(Router& router);
/// IncidentImportReport, IncidentAggregate, IncidentCitations, IncidentPoints (needs ImportRowError).
void add_incident_schemas(Router& router);
/// RaisedAlert, AlertList, AlertSubscriptions, FeedToken, Webhook, Webhooks, WebhookDeliveries.
void add_alert_schemas(Router& router);
/// ExtractionHeader, ExtractionCandidate, Extraction, ExtractionPage.
void add_extraction_schemas(Router& router);
/// UserAccount, SignedInUser, Me, Users, ApiToken, NewApiToken, ApiTokens, AuditPage.
void add_auth_schemas(Router& router);

}  // namespace mssops::http
