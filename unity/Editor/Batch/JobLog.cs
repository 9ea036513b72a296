// Lines assetsmith reads back from the -logFile: "[assetsmith] progress 3/10",
// "[assetsmith] error <code> <json path>: <message>", "[assetsmith] done <n> files".
using UnityEngine;

namespace Assetsmith.Batch
{
    public static class JobLog
    {
        public const int ExitOk = 0;
        public const int ExitInvalidConfig = 2;
        public const int ExitSceneNotFound = 3;
        public const int ExitCameraNotFound = 4;
        public const int ExitExportFailed = 5;
        public const int ExitMissingPackage = 6;

        public static void Info(string message)
        {
            Debug.LogFormat(LogType.Log, LogOption.NoStacktrace, null, "[assetsmith] {0}", message);
        }

        public static void Progress(int done, int total)
        {
            Info("progress " + done + "/" + total);
        }

        // Returns `exitCode`, so callers can write `return JobLog.Error(...)`.
        public static int Error(int exitCode, string code, string jsonPath, string message)
        {
            string line = message.Replace('\n', ' ').Replace('\r', ' ');
            Debug.LogFormat(LogType.Error, LogOption.NoStacktrace, null, "[assetsmith] error {0} {1}: {2}",
                code, jsonPath, line);
            return exitCode;
        }
    }
}
