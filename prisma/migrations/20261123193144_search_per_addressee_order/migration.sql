-- CreateIndex
CREATE INDEX "Communication_addresseeStateId_publicFrom_id_idx" ON "Communication"("addresseeStateId", "publicFrom" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Communication_addresseeOtherActorId_publicFrom_id_idx" ON "Communication"("addresseeOtherActorId", "publicFrom" DESC, "id" DESC);
