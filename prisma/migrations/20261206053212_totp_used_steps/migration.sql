-- CreateTable
CREATE TABLE "TotpUsedStep" (
    "userId" UUID NOT NULL,
    "step" INTEGER NOT NULL,
    "usedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TotpUsedStep_pkey" PRIMARY KEY ("userId","step")
);

-- AddForeignKey
ALTER TABLE "TotpUsedStep" ADD CONSTRAINT "TotpUsedStep_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
