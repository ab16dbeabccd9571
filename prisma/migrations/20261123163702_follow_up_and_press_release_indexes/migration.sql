-- CreateIndex
CREATE INDEX "Communication_status_replyDueAt_idx" ON "Communication"("status", "replyDueAt");

-- CreateIndex
CREATE INDEX "PressRelease_mandateId_createdAt_idx" ON "PressRelease"("mandateId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_kind_createdAt_idx" ON "OutboxMessage"("kind", "createdAt");
