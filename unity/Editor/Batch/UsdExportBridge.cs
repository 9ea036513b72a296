// USD export lives in the optional Assetsmith.Unity.Editor.Usd assembly, compiled only when
// com.unity.formats.usd is installed; it registers itself here on load. Null: no USD package.
using System;
using System.Collections.Generic;
using UnityEngine;

namespace Assetsmith.Batch
{
    public static class UsdExportBridge
    {
        // (output path, camera, frames, pose the camera for a frame, frames per second)
        public delegate void ExportFunction(string outputPath, Camera camera, IList<int> frames, Action<int> poseFrame,
            float fps);

        public static ExportFunction Export;
    }
}
