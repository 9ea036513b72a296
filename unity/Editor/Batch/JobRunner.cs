// The batch entry point: assetsmith starts the editor as
//   Unity -batchmode -nographics -projectPath <P> -executeMethod Assetsmith.Batch.JobRunner.Run
//         --config <absolute path> -quit -logFile <log>
// and maps the exit code and the "[assetsmith]" log lines back to its own errors.
using System;
using System.IO;
using UnityEditor;
using UnityEditor.SceneManagement;
using UnityEngine;

namespace Assetsmith.Batch
{
    public static class JobRunner
    {
        public static void Run()
        {
            int code;
            try
            {
                code = Execute(Environment.GetCommandLineArgs());
            }
            catch (Exception e)
            {
                code = JobLog.Error(JobLog.ExitExportFailed, "export_failed", "$.output", e.GetType().Name + ": " + e.Message);
            }
            // Exit explicitly: -quit alone would report 0 even after a failure.
            EditorApplication.Exit(code);
        }

        static string ArgAfter(string[] args, string name)
        {
            for (int i = 0; i < args.Length - 1; i++)
            {
                if (args[i] == name)
                    return args[i + 1];
            }
            return null;
        }

        public static int Execute(string[] args)
        {
            string configPath = ArgAfter(args, "--config");
            if (string.IsNullOrEmpty(configPath) || !File.Exists(configPath))
                return JobLog.Error(JobLog.ExitInvalidConfig, "invalid_config", "$", "no readable --config <path> argument");

            JobConfigFile file;
            try
            {
                file = JsonUtility.FromJson<JobConfigFile>(File.ReadAllText(configPath));
            }
            catch (Exception e)
            {
                return JobLog.Error(JobLog.ExitInvalidConfig, "invalid_config", "$", "the config is not valid JSON: " + e.Message);
            }
            UnityJob job = file != null && file.resolved != null ? file.resolved.unity : null;
            if (job == null || string.IsNullOrEmpty(job.scene) || string.IsNullOrEmpty(job.format))
                return JobLog.Error(JobLog.ExitInvalidConfig, "invalid_config", "$.resolved",
                    "the config has no resolved block: run it with `assetsmith job run <config>`");

            string projectRoot = Directory.GetParent(Application.dataPath).FullName;
            if (!job.scene.EndsWith(".unity", StringComparison.OrdinalIgnoreCase) || !File.Exists(Path.Combine(projectRoot, job.scene)))
                return JobLog.Error(JobLog.ExitSceneNotFound, "scene_not_found", "$.scene",
                    "'" + job.scene + "' is not a scene in this project");
            EditorSceneManager.OpenScene(job.scene, OpenSceneMode.Single);

            string cameraError;
            Camera camera = SceneCameras.Resolve(job, out cameraError);
            if (camera == null)
                return JobLog.Error(JobLog.ExitCameraNotFound, "camera_not_found", "$.camera", cameraError);

            switch (job.format)
            {
                case "USD":
                    if (UsdExportBridge.Export == null)
                        return JobLog.Error(JobLog.ExitMissingPackage, "missing_package", "$.format",
                            "USD export needs com.unity.formats.usd (3.0.0-exp.1 or newer) in the project");
                    UsdExportBridge.Export(job.output, camera, job.frames, f => SceneCameras.Pose(job, camera, f), job.fps);
                    JobLog.Info("done 1 files");
                    return JobLog.ExitOk;
                case "EXR":
                case "PNG":
                    int written = FrameRenderer.RenderSequence(job, camera);
                    JobLog.Info("done " + written + " files");
                    return JobLog.ExitOk;
                default:
                    return JobLog.Error(JobLog.ExitInvalidConfig, "unknown_format", "$.format",
                        "'" + job.format + "' is not exported through Unity (USD, EXR or PNG); use engine \"native\"");
            }
        }
    }
}
