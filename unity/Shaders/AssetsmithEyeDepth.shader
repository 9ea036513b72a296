// View-space distance along the camera axis, for the batch runner's depth (Z) pass. The pass has
// no LightMode tag, so URP draws it as SRPDefaultUnlit and the built-in pipeline as a plain pass.
Shader "Hidden/Assetsmith/EyeDepth"
{
    SubShader
    {
        Tags { "RenderType" = "Opaque" }
        Pass
        {
            ZWrite On
            ZTest LEqual
            Cull Back

            CGPROGRAM
            #pragma vertex vert
            #pragma fragment frag
            #include "UnityCG.cginc"

            struct v2f
            {
                float4 pos : SV_POSITION;
                float depth : TEXCOORD0;
            };

            v2f vert (appdata_base v)
            {
                v2f o;
                o.pos = UnityObjectToClipPos(v.vertex);
                o.depth = -UnityObjectToViewPos(v.vertex).z;
                return o;
            }

            float4 frag (v2f i) : SV_Target
            {
                return float4(i.depth, 0, 0, 1);
            }
            ENDCG
        }
    }
}
